// LinkToken: the signed tokens in every link and bounce address of a mail (contract in DESIGN): HMAC-SHA256 with the
// installation's secret over (purpose, contact, campaign[, url]), base64url. A forged or altered token never parses.
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

class LinkToken
{
public:
    enum class Purpose : quint8 {
        Unsubscribe = 1, // /u/TOKEN and mailto:unsubscribe+TOKEN
        Preferences = 2, // /p/TOKEN
        Open = 3,        // the open pixel
        Click = 4,       // the click redirect; the URL is bound into the MAC
        Bounce = 5,      // the VERP Return-Path bounce+TOKEN@domain
    };

    struct Claims
    {
        Purpose purpose = Purpose::Unsubscribe;
        qint64 contactId = 0;
        qint64 campaignId = 0;
    };

    // secret: at least 32 random bytes (InstallationSecret).
    explicit LinkToken(QByteArray secret);

    // base64url without padding: version, purpose, the two ids as varints, then the first 16 bytes of the MAC.
    // About 30 characters: short enough for a VERP local part (≤ 64).
    QByteArray issue(Purpose purpose, qint64 contactId, qint64 campaignId, const QByteArray& url = {}) const;
    // The claims when the token is authentic for `purpose` (and `url`, for clicks); nothing otherwise.
    std::optional<Claims> verify(const QByteArray& token, Purpose purpose, const QByteArray& url = {}) const;

private:
    QByteArray mac(const QByteArray& payload, const QByteArray& url) const;
    QByteArray m_secret;
};

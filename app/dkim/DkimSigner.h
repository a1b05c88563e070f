// DkimSigner: DKIM signatures (RFC 6376) for outgoing messages, on OpenSSL 3 — one or two keys (rsa-sha256,
// ed25519-sha256), relaxed/relaxed by default. Made once per campaign, then used from every worker thread.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "common/Result.h"
#include "dkim/DkimKey.h"

struct DkimSignerOptions
{
    enum class Canonicalization {
        Relaxed,
        Simple,
    };

    QString domain;      // d=
    QString selector;    // s=
    QList<DkimKey> keys; // one signature per key: rsa, ed25519, or both
    // s= per key, in the order of `keys`, where it differs from `selector`: one DNS name publishes one key, so
    // two keys (rsa + ed25519) need two selectors. An empty entry or a missing one means `selector`.
    QList<QString> keySelectors;
    Canonicalization headerCanonicalization = Canonicalization::Relaxed;
    Canonicalization bodyCanonicalization = Canonicalization::Relaxed;
    // h=: the headers signed when present, lower case. Empty: defaultSignedHeaders().
    QList<QByteArray> signedHeaders;
    // A d= that does not align with the author (From) domain is refused unless this is set (a third-party
    // signature, shown to the user as a warning: it does not help DMARC).
    bool allowThirdPartyDomain = false;
};

class DkimSigner
{
    Q_DECLARE_TR_FUNCTIONS(DkimSigner)

public:
    // From (over-signed: listed once more than it appears, so no From can be added later), To, Cc, Reply-To,
    // Subject, Date, Message-ID, MIME-Version, Content-Type, Content-Transfer-Encoding, List-Id,
    // List-Unsubscribe, List-Unsubscribe-Post, Feedback-ID.
    static QList<QByteArray> defaultSignedHeaders();

    // Relaxed DMARC alignment: the signing domain equals the author domain, or one is a subdomain of the other
    // below the same registrable domain. Case-insensitive; IDNs compared in their ACE form. An approximation
    // without the Public Suffix List: the shared part must not be a single label ("jp") or one of a built-in list
    // of second-level suffixes (co.jp, ne.jp, co.uk, com.au, …); siblings (a.example.com, b.example.com), which
    // DMARC would accept, are refused — stricter, never looser.
    static bool isAligned(const QString& authorDomain, const QString& signingDomain);

    // The d= form of `domain` (lower case, IDN in ACE form, hostname syntax checked) or why it cannot be one.
    static Result<QString> checkDomain(const QString& domain);
    // Whether `selector` has RFC 6376 selector syntax (dot-separated letter/digit/hyphen labels).
    static Status checkSelector(const QString& selector);

    // Checks the options (domain, selector syntax, at least one key, one selector per key) and alignment with
    // `authorDomain`. Signatures come out rsa-sha256 first whatever the order of `keys`: a verifier that looks
    // only at the topmost signature (some older filters do) then sees the one every receiver understands.
    static Result<DkimSigner> create(DkimSignerOptions options, const QString& authorDomain);

    // The DKIM-Signature header field(s), CRLF-terminated and folded, to put in front of `message`
    // (CRLF line ends). Thread-safe; keys are not re-parsed.
    Result<QByteArray> signatureHeaders(const QByteArray& message) const;
    // signatureHeaders(message) + message.
    Result<QByteArray> sign(const QByteArray& message) const;

    const DkimSignerOptions& options() const { return m_options; }

private:
    struct Signing
    {
        DkimKey key;
        QByteArray selector;
    };
    explicit DkimSigner(DkimSignerOptions options);
    DkimSignerOptions m_options;
    QList<Signing> m_signings;         // rsa first
    QList<QByteArray> m_signedHeaders; // lower case, From first
};

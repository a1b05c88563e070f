// LinkToken: HMAC-SHA256 tokens for links and bounce addresses.
#include "web/LinkToken.h"

#include <QMessageAuthenticationCode>

namespace {
constexpr quint8 tokenVersion = 1;
constexpr int macBytes = 16; // 128 bits of HMAC-SHA256: RFC 2104 allows truncation to at least half the output

void appendVarint(QByteArray& out, quint64 value)
{
    do {
        quint8 byte = value & 0x7f;
        value >>= 7;
        if (value != 0) {
            byte |= 0x80;
        }
        out.append(static_cast<char>(byte));
    } while (value != 0);
}

std::optional<quint64> readVarint(const QByteArray& in, int& pos)
{
    quint64 value = 0;
    for (int shift = 0; shift < 64 && pos < in.size(); shift += 7) {
        const auto byte = static_cast<quint8>(in.at(pos++));
        value |= quint64(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0) {
            return value;
        }
    }
    return std::nullopt;
}

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

LinkToken::LinkToken(QByteArray secret)
    : m_secret(std::move(secret))
{
}

QByteArray LinkToken::mac(const QByteArray& payload, const QByteArray& url) const
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, m_secret);
    code.addData(payload);
    // The URL is bound by length and bytes, so payload/url boundaries cannot be shifted.
    QByteArray length;
    appendVarint(length, quint64(url.size()));
    code.addData(length);
    code.addData(url);
    return code.result().left(macBytes);
}

QByteArray LinkToken::issue(Purpose purpose, qint64 contactId, qint64 campaignId, const QByteArray& url) const
{
    QByteArray payload;
    payload.reserve(24 + macBytes);
    payload.append(static_cast<char>(tokenVersion));
    payload.append(static_cast<char>(purpose));
    appendVarint(payload, quint64(contactId));
    appendVarint(payload, quint64(campaignId));
    payload.append(mac(payload, url));
    return payload.toBase64(base64url);
}

std::optional<LinkToken::Claims>
LinkToken::verify(const QByteArray& token, Purpose purpose, const QByteArray& url) const
{
    if (token.size() > 64) {
        return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(token, base64url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < 4 + macBytes) {
        return std::nullopt;
    }
    const QByteArray& bytes = decoded.decoded;
    // Re-encoding must give the same text: no second spelling of one token is accepted.
    if (bytes.toBase64(base64url) != token) {
        return std::nullopt;
    }
    const QByteArray payload = bytes.left(bytes.size() - macBytes);
    const QByteArray expected = mac(payload, url);
    // Constant-time comparison: the time taken says nothing about how much of a forged MAC was right.
    const QByteArray given = bytes.right(macBytes);
    quint8 difference = 0;
    for (int i = 0; i < macBytes; ++i) {
        difference |= static_cast<quint8>(given.at(i) ^ expected.at(i));
    }
    if (difference != 0) {
        return std::nullopt;
    }
    if (static_cast<quint8>(payload.at(0)) != tokenVersion || static_cast<quint8>(payload.at(1)) != quint8(purpose)) {
        return std::nullopt;
    }
    int pos = 2;
    const auto contact = readVarint(payload, pos);
    const auto campaign = readVarint(payload, pos);
    if (!contact || !campaign || pos != payload.size()) {
        return std::nullopt;
    }
    return Claims {purpose, qint64(*contact), qint64(*campaign)};
}

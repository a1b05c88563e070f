// DkimKey: a DKIM private key (RSA or Ed25519), parsed once and shared read-only by every signing thread.
#pragma once

#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "common/Result.h"

struct evp_pkey_st;

class DkimKey
{
    Q_DECLARE_TR_FUNCTIONS(DkimKey)

public:
    enum class Algorithm {
        Rsa,     // rsa-sha256
        Ed25519, // ed25519-sha256 (RFC 8463)
    };

    // PEM (PKCS#8 or traditional RSA). Errors say what the file holds instead (a public key, an encrypted key, …).
    static Result<DkimKey> fromPem(const QByteArray& pem);
    static Result<DkimKey> fromFile(const QString& path);
    // A fresh key: RSA (bits ≥ 1024, 2048 recommended) or Ed25519.
    static Result<DkimKey> generate(Algorithm algorithm, int rsaBits = 2048);

    Algorithm algorithm() const { return m_algorithm; }
    // "rsa-sha256" / "ed25519-sha256" (the a= tag), "rsa" / "ed25519" (the k= tag).
    QByteArray signatureAlgorithmTag() const;
    QByteArray keyTypeTag() const;
    int bits() const;
    // PKCS#8 PEM of the private key.
    QByteArray privateKeyPem() const;
    // The p= value: base64 of the SubjectPublicKeyInfo for RSA, of the raw 32-byte key for Ed25519.
    QByteArray publicKeyBase64() const;
    // The TXT record to publish at SELECTOR._domainkey.DOMAIN: "v=DKIM1; k=rsa; p=…".
    QByteArray dnsTxtRecord() const;
    // Writes privateKeyPem() to `path`, readable by the owner only (0600; on Windows the file's ACL).
    Status writePrivateKey(const QString& path) const;

    evp_pkey_st* handle() const { return m_key.get(); }

private:
    DkimKey(std::shared_ptr<evp_pkey_st> key, Algorithm algorithm);
    std::shared_ptr<evp_pkey_st> m_key;
    Algorithm m_algorithm = Algorithm::Rsa;
};

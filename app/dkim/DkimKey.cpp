// DkimKey: a DKIM private key (RSA or Ed25519), parsed once and shared read-only by every signing thread.
#include "DkimKey.h"

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QFile>
#include <QFileInfo>

namespace {
constexpr int minimumRsaBits = 1024;
constexpr int maximumRsaBits = 8192;
constexpr qint64 maximumPemSize = 1024 * 1024;

std::shared_ptr<evp_pkey_st> adopt(EVP_PKEY* key)
{
    return std::shared_ptr<evp_pkey_st>(key, EVP_PKEY_free);
}

// Never prompt for a passphrase: an encrypted key is reported, not unlocked on a terminal nobody watches.
int refusePassphrase(char*, int, int, void*)
{
    return -1;
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}
} // namespace

DkimKey::DkimKey(std::shared_ptr<evp_pkey_st> key, Algorithm algorithm)
    : m_key(std::move(key))
    , m_algorithm(algorithm)
{
}

Result<DkimKey> DkimKey::fromPem(const QByteArray& pem)
{
    // Recognise what the text is before OpenSSL tries, so the message can say what to do instead.
    if (!pem.contains("-----BEGIN ")) {
        return Result<DkimKey>::failure(
            tr("This is not a PEM private key (no \"-----BEGIN\" line): use the PEM file of the DKIM private key."));
    }
    if (pem.contains("-----BEGIN PUBLIC KEY-----") || pem.contains("-----BEGIN RSA PUBLIC KEY-----")) {
        if (!pem.contains("PRIVATE KEY-----")) {
            return Result<DkimKey>::failure(tr("This is a public key; signing needs the private key of the pair."));
        }
    }
    if (pem.contains("-----BEGIN CERTIFICATE-----") && !pem.contains("PRIVATE KEY-----")) {
        return Result<DkimKey>::failure(tr("This is a certificate, not a private key: use the DKIM private key file."));
    }
    if (pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || pem.contains("Proc-Type: 4,ENCRYPTED")) {
        return Result<DkimKey>::failure(
            tr("This private key is encrypted with a passphrase; remove the passphrase (openssl pkey -in KEY -out "
               "PLAIN.pem) and use the plain key."));
    }

    BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    EVP_PKEY* raw = bio ? PEM_read_bio_PrivateKey(bio, nullptr, refusePassphrase, nullptr) : nullptr;
    BIO_free(bio);
    ERR_clear_error(); // the error queue is per thread: leave nothing behind for unrelated code to find
    if (!raw) {
        return Result<DkimKey>::failure(
            tr("The private key could not be read (damaged or not a PEM private key); export it again as PEM."));
    }
    std::shared_ptr<evp_pkey_st> key = adopt(raw);
    if (EVP_PKEY_is_a(raw, "RSA")) {
        const int bits = EVP_PKEY_get_bits(raw);
        if (bits < minimumRsaBits) {
            return Result<DkimKey>::failure(
                tr("This RSA key has %1 bits; receivers reject DKIM keys under 1024 bits. Generate a 2048-bit key.")
                    .arg(bits));
        }
        return DkimKey(std::move(key), Algorithm::Rsa);
    }
    if (EVP_PKEY_is_a(raw, "ED25519")) {
        return DkimKey(std::move(key), Algorithm::Ed25519);
    }
    return Result<DkimKey>::failure(tr("This is a %1 key; DKIM signs with RSA or Ed25519 keys. Generate one of those.")
                                        .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(raw))));
}

Result<DkimKey> DkimKey::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<DkimKey>::failure(
            tr("Cannot read the DKIM key file %1: %2.").arg(QFileInfo(path).filePath(), file.errorString()));
    }
    if (file.size() > maximumPemSize) {
        return Result<DkimKey>::failure(tr("%1 is too large to be a DKIM key file; choose the PEM file of the key.")
                                            .arg(QFileInfo(path).filePath()));
    }
    QByteArray pem = file.readAll();
    Result<DkimKey> key = fromPem(pem);
    OPENSSL_cleanse(pem.data(), static_cast<size_t>(pem.size()));
    if (!key) {
        return Result<DkimKey>::failure(tr("%1: %2").arg(QFileInfo(path).filePath(), key.error()));
    }
    return key;
}

Result<DkimKey> DkimKey::generate(Algorithm algorithm, int rsaBits)
{
    EVP_PKEY* raw = nullptr;
    if (algorithm == Algorithm::Rsa) {
        if (rsaBits < minimumRsaBits || rsaBits > maximumRsaBits) {
            return Result<DkimKey>::failure(
                tr("An RSA key for DKIM needs 1024 to 8192 bits (2048 is recommended), not %1.").arg(rsaBits));
        }
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(rsaBits));
    } else {
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    }
    ERR_clear_error();
    if (!raw) {
        return Result<DkimKey>::failure(tr("OpenSSL could not generate the key; check the OpenSSL installation."));
    }
    return DkimKey(adopt(raw), algorithm);
}

QByteArray DkimKey::signatureAlgorithmTag() const
{
    return m_algorithm == Algorithm::Rsa ? QByteArrayLiteral("rsa-sha256") : QByteArrayLiteral("ed25519-sha256");
}

QByteArray DkimKey::keyTypeTag() const
{
    return m_algorithm == Algorithm::Rsa ? QByteArrayLiteral("rsa") : QByteArrayLiteral("ed25519");
}

int DkimKey::bits() const
{
    return EVP_PKEY_get_bits(m_key.get());
}

QByteArray DkimKey::privateKeyPem() const
{
    BIO* bio = BIO_new(BIO_s_mem());
    QByteArray pem;
    if (bio && PEM_write_bio_PrivateKey(bio, m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1) {
        pem = bioContents(bio);
    }
    BIO_free(bio); // a memory BIO's buffer is cleared on free
    ERR_clear_error();
    return pem;
}

QByteArray DkimKey::publicKeyBase64() const
{
    if (m_algorithm == Algorithm::Ed25519) {
        // RFC 8463 3: the raw 32-byte public key, not a SubjectPublicKeyInfo.
        unsigned char raw[32];
        size_t size = sizeof raw;
        if (EVP_PKEY_get_raw_public_key(m_key.get(), raw, &size) != 1) {
            ERR_clear_error();
            return {};
        }
        return QByteArray(reinterpret_cast<const char*>(raw), static_cast<qsizetype>(size)).toBase64();
    }
    const int size = i2d_PUBKEY(m_key.get(), nullptr);
    if (size <= 0) {
        ERR_clear_error();
        return {};
    }
    QByteArray der(size, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_PUBKEY(m_key.get(), &out);
    return der.toBase64();
}

QByteArray DkimKey::dnsTxtRecord() const
{
    return "v=DKIM1; k=" + keyTypeTag() + "; p=" + publicKeyBase64();
}

Status DkimKey::writePrivateKey(const QString& path) const
{
    const QString shown = QFileInfo(path).filePath();
    if (QFileInfo::exists(path)) {
        return Status::failure(
            tr("%1 already exists; a key file is never overwritten. Choose another file name or remove the old file.")
                .arg(shown));
    }
    QByteArray pem = privateKeyPem();
    if (pem.isEmpty()) {
        return Status::failure(tr("OpenSSL could not write the private key; check the OpenSSL installation."));
    }
    QFile file(path);
    // NewOnly + permissions: the file is created 0600 (an owner-only ACL on Windows) before a byte of the key is
    // in it, and an existing file (created since the check above) is not replaced.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        OPENSSL_cleanse(pem.data(), static_cast<size_t>(pem.size()));
        return Status::failure(tr("Cannot create %1: %2.").arg(shown, file.errorString()));
    }
    const bool written = file.write(pem) == pem.size() && file.flush();
    OPENSSL_cleanse(pem.data(), static_cast<size_t>(pem.size()));
    if (!written) {
        const QString reason = file.errorString();
        file.remove();
        return Status::failure(tr("Cannot write %1: %2.").arg(shown, reason));
    }
    file.close();
    return success();
}

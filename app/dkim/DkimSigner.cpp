// DkimSigner: DKIM signatures (RFC 6376) for outgoing messages, on OpenSSL 3 — one or two keys (rsa-sha256,
// ed25519-sha256), relaxed/relaxed by default. Made once per campaign, then used from every worker thread.
#include "DkimSigner.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <vector>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <QDateTime>
#include <QUrl>

#include "dkim/DkimCanonicalizer.h"

namespace {
using Canonicalization = DkimSignerOptions::Canonicalization;

constexpr qsizetype foldColumn = 78;
constexpr int sha256Size = 32;

// Registrable-domain suffixes alignment must not stop at. Not the Public Suffix List (not available here):
// every single label ("jp", "com") plus the second-level suffixes our users meet most. A suffix missing here
// only means two unrelated domains under it would be taken as aligned.
constexpr std::array publicSuffixes = {
    "co.jp",  "ne.jp",  "or.jp",  "ac.jp",  "ad.jp",  "ed.jp",  "go.jp",  "gr.jp",  "lg.jp",
    "co.uk",  "org.uk", "ac.uk",  "gov.uk", "ltd.uk", "plc.uk", "com.au", "net.au", "org.au",
    "edu.au", "gov.au", "co.nz",  "org.nz", "com.cn", "net.cn", "org.cn", "com.tw", "org.tw",
    "co.kr",  "or.kr",  "com.hk", "com.sg", "co.in",  "com.br", "co.za",
};

bool isPublicSuffixLike(const QString& domain)
{
    if (!domain.contains(QLatin1Char('.'))) {
        return true;
    }
    return std::any_of(publicSuffixes.begin(), publicSuffixes.end(), [&](const char* suffix) {
        return domain == QLatin1String(suffix);
    });
}

QString aceForm(const QString& domain)
{
    QString trimmed = domain.trimmed();
    if (trimmed.endsWith(QLatin1Char('.'))) {
        trimmed.chop(1);
    }
    return QString::fromLatin1(QUrl::toAce(trimmed)).toLower();
}

bool isLdhLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
        || label.endsWith(QLatin1Char('-'))) {
        return false;
    }
    return std::all_of(label.begin(), label.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
               || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
    });
}

inline bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

// One header field of the message: [begin, begin + size) without its final CRLF; the name is [begin, nameEnd).
struct HeaderField
{
    const char* begin;
    qsizetype size;
    qsizetype nameSize;
};

// Splits the header block into fields; returns the offset of the body, or -1 for a malformed header block.
qsizetype parseHeader(const QByteArray& message, std::vector<HeaderField>& fields)
{
    const char* const start = message.constData();
    const char* const end = start + message.size();
    const char* p = start;
    while (p < end) {
        if (end - p >= 2 && p[0] == '\r' && p[1] == '\n') {
            return p + 2 - start; // the blank line
        }
        if (isWsp(*p)) {
            return -1; // a continuation line with no field to continue
        }
        const char* fieldBegin = p;
        const char* fieldEnd = end;
        for (;;) {
            const char* lf = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
            if (!lf) {
                fieldEnd = end; // a message that ends inside its header: no body
                p = end;
                break;
            }
            if (lf == p || lf[-1] != '\r') {
                return -1;
            }
            p = lf + 1;
            if (p >= end || !isWsp(*p)) {
                fieldEnd = lf - 1;
                break;
            }
        }
        const char* colon
            = static_cast<const char*>(std::memchr(fieldBegin, ':', static_cast<size_t>(fieldEnd - fieldBegin)));
        if (!colon) {
            return -1;
        }
        const char* nameEnd = colon;
        while (nameEnd > fieldBegin && isWsp(nameEnd[-1])) {
            --nameEnd;
        }
        fields.push_back({fieldBegin, fieldEnd - fieldBegin, nameEnd - fieldBegin});
    }
    return message.size();
}

bool hasBareLineFeed(const char* p, const char* end)
{
    while (p < end) {
        const char* lf = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
        if (!lf) {
            return false;
        }
        if (lf == p || lf[-1] != '\r') {
            return true;
        }
        p = lf + 1;
    }
    return false;
}

QByteArray canonicalizationTag(Canonicalization method)
{
    return method == Canonicalization::Relaxed ? QByteArrayLiteral("relaxed") : QByteArrayLiteral("simple");
}

// Appends header text folded at 78 columns: pieces go on the current line when they fit, else on a new
// continuation line (CRLF + space). Folding only ever happens where RFC 6376's grammar allows FWS.
class Folder
{
public:
    Folder(QByteArray& out, qsizetype column)
        : m_out(out)
        , m_column(column)
    {
    }
    void add(const char* piece, qsizetype size, bool spaceBefore)
    {
        if (m_column > 1 && m_column + (spaceBefore ? 1 : 0) + size > foldColumn) {
            m_out.append("\r\n ", 3);
            m_column = 1;
        } else if (spaceBefore) {
            m_out.append(' ');
            ++m_column;
        }
        m_out.append(piece, size);
        m_column += size;
    }
    void add(const QByteArray& piece, bool spaceBefore) { add(piece.constData(), piece.size(), spaceBefore); }
    // Whether `size` more characters (after a space) still fit on the current line.
    bool fits(qsizetype size) const { return m_column + 1 + size <= foldColumn; }
    void newLine()
    {
        m_out.append("\r\n ", 3);
        m_column = 1;
    }
    qsizetype room() const { return foldColumn - m_column; }

private:
    QByteArray& m_out;
    qsizetype m_column;
};

struct MdContextDeleter
{
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
struct PkeyContextDeleter
{
    void operator()(EVP_PKEY_CTX* context) const { EVP_PKEY_CTX_free(context); }
};
using MdContext = std::unique_ptr<EVP_MD_CTX, MdContextDeleter>;
using PkeyContext = std::unique_ptr<EVP_PKEY_CTX, PkeyContextDeleter>;

bool sha256(const char* data, qsizetype size, unsigned char* digest)
{
    unsigned int length = 0;
    return EVP_Digest(data, static_cast<size_t>(size), digest, &length, EVP_sha256(), nullptr) == 1;
}

// The signature over the SHA-256 digest of the canonical header data. RSA: PKCS#1 v1.5 with the SHA-256
// DigestInfo (what EVP_DigestSign with SHA-256 would make, without hashing twice). Ed25519 (RFC 8463 3):
// PureEdDSA over the 32-byte digest itself.
QByteArray signDigest(const DkimKey& key, const unsigned char* digest)
{
    EVP_PKEY* pkey = key.handle();
    QByteArray signature(EVP_PKEY_get_size(pkey), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(signature.data());
    size_t length = static_cast<size_t>(signature.size());
    bool ok = false;
    if (key.algorithm() == DkimKey::Algorithm::Rsa) {
        const PkeyContext context(EVP_PKEY_CTX_new(pkey, nullptr));
        ok = context && EVP_PKEY_sign_init(context.get()) == 1
             && EVP_PKEY_CTX_set_rsa_padding(context.get(), RSA_PKCS1_PADDING) == 1
             && EVP_PKEY_CTX_set_signature_md(context.get(), EVP_sha256()) == 1
             && EVP_PKEY_sign(context.get(), out, &length, digest, sha256Size) == 1;
    } else {
        const MdContext context(EVP_MD_CTX_new());
        ok = context && EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, pkey) == 1
             && EVP_DigestSign(context.get(), out, &length, digest, sha256Size) == 1;
    }
    if (!ok) {
        ERR_clear_error();
        return {};
    }
    signature.resize(static_cast<qsizetype>(length));
    return signature;
}
} // namespace

QList<QByteArray> DkimSigner::defaultSignedHeaders()
{
    return {
        QByteArrayLiteral("from"),
        QByteArrayLiteral("to"),
        QByteArrayLiteral("cc"),
        QByteArrayLiteral("reply-to"),
        QByteArrayLiteral("subject"),
        QByteArrayLiteral("date"),
        QByteArrayLiteral("message-id"),
        QByteArrayLiteral("mime-version"),
        QByteArrayLiteral("content-type"),
        QByteArrayLiteral("content-transfer-encoding"),
        QByteArrayLiteral("list-id"),
        QByteArrayLiteral("list-unsubscribe"),
        QByteArrayLiteral("list-unsubscribe-post"),
        QByteArrayLiteral("feedback-id"),
    };
}

bool DkimSigner::isAligned(const QString& authorDomain, const QString& signingDomain)
{
    const QString author = aceForm(authorDomain);
    const QString signing = aceForm(signingDomain);
    if (author.isEmpty() || signing.isEmpty()) {
        return false;
    }
    if (author == signing) {
        return true;
    }
    // One is a subdomain of the other; the shorter is what they share, and it must be more than a public suffix
    // (d=co.jp must not align with example.co.jp).
    const QString& shorter = author.size() < signing.size() ? author : signing;
    const QString& longer = author.size() < signing.size() ? signing : author;
    if (!longer.endsWith(QLatin1Char('.') + shorter)) {
        return false;
    }
    return !isPublicSuffixLike(shorter);
}

Result<QString> DkimSigner::checkDomain(const QString& domain)
{
    if (domain.trimmed().isEmpty()) {
        return Result<QString>::failure(tr("Enter the DKIM signing domain (d=), e.g. example.co.jp."));
    }
    const QString ace = aceForm(domain);
    const QList<QStringView> labels = QStringView(ace).split(QLatin1Char('.'));
    const bool valid = !ace.isEmpty() && ace.size() <= 253 && labels.size() >= 2
                       && std::all_of(labels.begin(), labels.end(), isLdhLabel);
    if (!valid) {
        return Result<QString>::failure(tr("'%1' is not a valid domain name for the DKIM signature (d=); use the "
                                           "domain of the sender's address, e.g. example.co.jp.")
                                            .arg(domain.trimmed()));
    }
    return ace;
}

Status DkimSigner::checkSelector(const QString& selector)
{
    if (selector.isEmpty()) {
        return Status::failure(tr("Enter a DKIM selector (s=), e.g. tayori2026."));
    }
    const QList<QStringView> labels = QStringView(selector).split(QLatin1Char('.'));
    if (selector.size() > 200 || !std::all_of(labels.begin(), labels.end(), isLdhLabel)) {
        return Status::failure(tr("'%1' is not a valid DKIM selector; use letters, digits and hyphens (no spaces or "
                                  "underscores), e.g. tayori2026.")
                                   .arg(selector));
    }
    return success();
}

DkimSigner::DkimSigner(DkimSignerOptions options)
    : m_options(std::move(options))
{
}

Result<DkimSigner> DkimSigner::create(DkimSignerOptions options, const QString& authorDomain)
{
    const Result<QString> domain = checkDomain(options.domain);
    if (!domain) {
        return Result<DkimSigner>::failure(domain.error());
    }
    options.domain = *domain;
    const Status selector = checkSelector(options.selector);
    if (!selector) {
        return Result<DkimSigner>::failure(selector.error());
    }
    if (options.keys.isEmpty()) {
        return Result<DkimSigner>::failure(
            tr("DKIM signing needs a private key: generate one (tayori-cli dkim keygen) or import a PEM file."));
    }
    if (!options.allowThirdPartyDomain) {
        const Result<QString> author = checkDomain(authorDomain);
        if (!author) {
            return Result<DkimSigner>::failure(
                tr("The sender's address has no valid domain ('%1'), so the DKIM domain cannot be checked against "
                   "it; correct the sender's address.")
                    .arg(authorDomain));
        }
        if (!isAligned(*author, options.domain)) {
            return Result<DkimSigner>::failure(
                tr("The DKIM domain %1 does not match the sender's domain %2; DMARC needs them aligned. Use a key "
                   "for %2 or allow a third-party signature.")
                    .arg(options.domain, *author));
        }
    }

    QList<Signing> signings;
    for (qsizetype i = 0; i < options.keys.size(); ++i) {
        const QString keySelector = i < options.keySelectors.size() && !options.keySelectors.at(i).isEmpty()
                                        ? options.keySelectors.at(i)
                                        : options.selector;
        const Status valid = checkSelector(keySelector);
        if (!valid) {
            return Result<DkimSigner>::failure(valid.error());
        }
        const QByteArray selectorBytes = keySelector.toLatin1();
        for (const Signing& other : signings) {
            if (other.selector == selectorBytes) {
                return Result<DkimSigner>::failure(
                    tr("Two DKIM keys cannot share the selector %1: one DNS name publishes one key. Give each key its "
                       "own selector.")
                        .arg(keySelector));
            }
        }
        signings.append({options.keys.at(i), selectorBytes});
    }
    std::stable_partition(signings.begin(), signings.end(), [](const Signing& signing) {
        return signing.key.algorithm() == DkimKey::Algorithm::Rsa;
    });

    // From must be signed (RFC 6376 5.4) and comes first; names are compared in lower case, each listed once.
    QList<QByteArray> headers {QByteArrayLiteral("from")};
    for (const QByteArray& name : options.signedHeaders.isEmpty() ? defaultSignedHeaders() : options.signedHeaders) {
        const QByteArray lower = name.trimmed().toLower();
        if (!lower.isEmpty() && !headers.contains(lower)) {
            headers.append(lower);
        }
    }

    DkimSigner signer(std::move(options));
    signer.m_signings = std::move(signings);
    signer.m_signedHeaders = std::move(headers);
    return signer;
}

Result<QByteArray> DkimSigner::signatureHeaders(const QByteArray& message) const
{
    // Per-thread scratch space, reused from message to message: after the first few messages, signing allocates
    // nothing but its result.
    thread_local std::vector<HeaderField> fields;
    thread_local QByteArray canonicalBody;
    thread_local QByteArray headerData;
    thread_local std::vector<qsizetype> matches;
    fields.clear();

    const qsizetype bodyOffset = parseHeader(message, fields);
    if (bodyOffset < 0) {
        return Result<QByteArray>::failure(
            tr("The message to sign has a malformed header (a line without a colon or a bare line feed); this is "
               "a bug in the message builder, please report it."));
    }
    const char* const body = message.constData() + bodyOffset;
    const char* const end = message.constData() + message.size();
    if (hasBareLineFeed(body, end)) {
        return Result<QByteArray>::failure(tr("The message to sign has a line ending without CR; messages must use "
                                              "CRLF line ends. This is a bug in the message builder, please report "
                                              "it."));
    }

    // bh=: the same for every signature (same body canonicalisation, same hash).
    unsigned char bodyHash[sha256Size];
    bool hashed = false;
    if (m_options.bodyCanonicalization == Canonicalization::Simple) {
        // The canonical body is a prefix of the body plus CRLF: hash it in place.
        const MdContext context(EVP_MD_CTX_new());
        const qsizetype prefix = DkimCanonicalizer::simpleBodyPrefixLength(body, end - body);
        hashed = context && EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) == 1
                 && EVP_DigestUpdate(context.get(), body, static_cast<size_t>(prefix)) == 1
                 && EVP_DigestUpdate(context.get(), "\r\n", 2) == 1
                 && EVP_DigestFinal_ex(context.get(), bodyHash, nullptr) == 1;
    } else {
        canonicalBody.resize(0); // keeps the capacity
        DkimCanonicalizer::appendBody(canonicalBody, Canonicalization::Relaxed, body, end - body);
        hashed = sha256(canonicalBody.constData(), canonicalBody.size(), bodyHash);
    }
    if (!hashed) {
        ERR_clear_error();
        return Result<QByteArray>::failure(tr("OpenSSL could not hash the message; check the OpenSSL installation."));
    }
    const QByteArray bodyHashTag
        = "bh=" + QByteArray(reinterpret_cast<const char*>(bodyHash), sha256Size).toBase64() + ';';

    // The signed header fields, each instance of a repeated name taken from the bottom up (RFC 6376 5.4.2), and
    // h= naming each as often as it is used; From once more, so a From added later breaks the signature.
    headerData.resize(0);
    QList<QByteArray> hNames;
    bool hasFrom = false;
    for (const QByteArray& name : m_signedHeaders) {
        matches.clear();
        for (qsizetype i = 0; i < static_cast<qsizetype>(fields.size()); ++i) {
            const HeaderField& field = fields[static_cast<size_t>(i)];
            if (field.nameSize == name.size() && qstrnicmp(field.begin, name.constData(), name.size()) == 0) {
                matches.push_back(i);
            }
        }
        for (auto it = matches.rbegin(); it != matches.rend(); ++it) {
            const HeaderField& field = fields[static_cast<size_t>(*it)];
            DkimCanonicalizer::appendHeader(
                headerData, m_options.headerCanonicalization, field.begin, field.size, true);
            hNames.append(name);
        }
        if (name == "from") {
            hasFrom = !matches.empty();
            hNames.append(name);
        }
    }
    if (!hasFrom) {
        return Result<QByteArray>::failure(
            tr("The message to sign has no From header; DKIM signs the author's address, so add one."));
    }

    const QByteArray canonicalization = canonicalizationTag(m_options.headerCanonicalization) + '/'
                                        + canonicalizationTag(m_options.bodyCanonicalization) + ';';
    const QByteArray domainTag = "d=" + m_options.domain.toLatin1() + ';';
    const QByteArray timeTag = "t=" + QByteArray::number(QDateTime::currentSecsSinceEpoch()) + ';';

    QByteArray result;
    result.reserve(700 * m_signings.size());
    for (const Signing& signing : m_signings) {
        const qsizetype headerStart = result.size();
        result.append("DKIM-Signature:");
        Folder folder(result, result.size() - headerStart);
        folder.add("v=1;", 4, true);
        folder.add("a=" + signing.key.signatureAlgorithmTag() + ';', true);
        folder.add("c=" + canonicalization, true);
        folder.add(domainTag, true);
        folder.add("s=" + signing.selector + ';', true);
        folder.add(timeTag, true);
        for (qsizetype i = 0; i < hNames.size(); ++i) {
            const bool last = i + 1 == hNames.size();
            folder.add((i == 0 ? "h=" : "") + hNames.at(i) + (last ? ';' : ':'), i == 0);
        }
        folder.add(bodyHashTag, true);
        // b= stays on the line of its first characters (never "b=" alone at a line end, which verifiers treat
        // differently under simple canonicalisation).
        if (!folder.fits(2 + 8)) {
            folder.newLine();
            folder.add("b=", 2, false);
        } else {
            folder.add("b=", 2, true);
        }

        // The signed form of this header: as it stands so far, with b= empty and no CRLF (RFC 6376 3.7).
        const qsizetype headerDataSize = headerData.size();
        DkimCanonicalizer::appendHeader(headerData,
                                        m_options.headerCanonicalization,
                                        result.constData() + headerStart,
                                        result.size() - headerStart,
                                        false);
        unsigned char digest[sha256Size];
        const bool digested = sha256(headerData.constData(), headerData.size(), digest);
        headerData.resize(headerDataSize);
        const QByteArray signature = digested ? signDigest(signing.key, digest) : QByteArray();
        if (signature.isEmpty()) {
            ERR_clear_error();
            return Result<QByteArray>::failure(tr("OpenSSL could not make the DKIM signature with the %1 key; check "
                                                  "the key and the OpenSSL installation.")
                                                   .arg(QString::fromLatin1(signing.key.keyTypeTag())));
        }
        const QByteArray value = signature.toBase64();
        qsizetype done = 0;
        while (done < value.size()) {
            const qsizetype room = done == 0 ? folder.room() : foldColumn - 1;
            const qsizetype chunk = std::min(std::max<qsizetype>(room, 1), value.size() - done);
            folder.add(value.constData() + done, chunk, false);
            done += chunk;
        }
        result.append("\r\n", 2);
    }
    return result;
}

Result<QByteArray> DkimSigner::sign(const QByteArray& message) const
{
    Result<QByteArray> headers = signatureHeaders(message);
    if (!headers) {
        return headers;
    }
    QByteArray signedMessage;
    signedMessage.reserve(headers->size() + message.size());
    signedMessage.append(*headers).append(message);
    return signedMessage;
}

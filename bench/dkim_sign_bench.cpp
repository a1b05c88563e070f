// dkim_sign_bench: DkimSigner's throughput on a 24 KB newsletter-like message (rsa-sha256 2048, ed25519-sha256) on 1
// and 2 threads, next to the bare private-key operation on the same key — the ceiling a signer can approach.
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>

#include "dkim/DkimCanonicalizer.h"
#include "dkim/DkimKey.h"
#include "dkim/DkimSigner.h"
#include "mime/BodyEncoding.h"

namespace {
QByteArray message24k()
{
    QByteArray html = "<!DOCTYPE html><html><body><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">\r\n";
    for (int i = 0; html.size() < 14000; ++i) {
        html += "<tr><td style=\"padding: 8px 16px; font-family: sans-serif; color: #333333;\">"
                "\xe5\xb9\xb4\xe6\x9c\xab\xe5\xb9\xb4\xe5\xa7\x8b\xe3\x81\xae\xe3\x81\x8a\xe7\x9f\xa5\xe3\x82\x89\xe3"
                "\x81\x9b "
            + QByteArray::number(i) + " &nbsp; <a href=\"https://example.co.jp/c/abcdef" + QByteArray::number(i)
            + "\">link</a></td></tr>\r\n";
    }
    html += "</table></body></html>\r\n";
    const QByteArray qp = BodyEncoding::quotedPrintable(html);
    QByteArray message = "From: =?UTF-8?B?5qCq5byP5Lya56S+44K144Oz44OX44Or?= <news@example.co.jp>\r\n"
                         "To: =?UTF-8?B?5bGx55SwIOWkqumDjg==?= <taro@example.ne.jp>\r\n"
                         "Subject: =?UTF-8?B?44CQ6YeN6KaB44CR5bm05pyr5bm05aeL44Gu5Za25qWt5pmC6ZaT44Gu44GK?=\r\n"
                         " =?UTF-8?B?55+l44KJ44Gb?=\r\n"
                         "Date: Fri, 04 Dec 2026 10:00:00 +0900\r\n"
                         "Message-ID: <c42.r1234@example.co.jp>\r\n"
                         "MIME-Version: 1.0\r\n"
                         "List-Unsubscribe: <https://example.co.jp/u/TOKEN>, <mailto:u@example.co.jp>\r\n"
                         "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
                         "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"
                         "--b1\r\nContent-Type: text/html; charset=UTF-8\r\n"
                         "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
    message += qp;
    while (message.size() < 24 * 1024 - 10) {
        message += "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n";
        for (int i = 0; i < 40 && message.size() < 24 * 1024 - 10; ++i) {
            message += "Plain text line of the alternative part, with   some  spacing.  \r\n";
        }
    }
    return message + "--b1--\r\n";
}

template <typename Work>
double perSecond(int threads, int perThread, Work work)
{
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            for (int i = 0; i < perThread; ++i) {
                work();
            }
        });
    }
    for (std::thread& worker : workers) {
        worker.join();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return threads * perThread / seconds;
}

// The private-key operation alone on a precomputed digest: what `openssl speed` measures, per call.
void bareSign(const DkimKey& key, const unsigned char* digest)
{
    unsigned char signature[512];
    size_t length = sizeof signature;
    if (key.algorithm() == DkimKey::Algorithm::Rsa) {
        EVP_PKEY_CTX* context = EVP_PKEY_CTX_new(key.handle(), nullptr);
        EVP_PKEY_sign_init(context);
        EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_PADDING);
        EVP_PKEY_CTX_set_signature_md(context, EVP_sha256());
        EVP_PKEY_sign(context, signature, &length, digest, 32);
        EVP_PKEY_CTX_free(context);
    } else {
        EVP_MD_CTX* context = EVP_MD_CTX_new();
        EVP_DigestSignInit(context, nullptr, nullptr, nullptr, key.handle());
        EVP_DigestSign(context, signature, &length, digest, 32);
        EVP_MD_CTX_free(context);
    }
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 4000;
    if (count <= 0) {
        std::fprintf(stderr, "usage: dkim_sign_bench [SIGNATURES_PER_RUN]\n");
        return 2;
    }
    const QByteArray message = message24k();
    const QByteArray digest = QCryptographicHash::hash(message.left(1000), QCryptographicHash::Sha256);
    std::printf("message: %lld bytes; %d signatures per run (split across the threads)\n",
                static_cast<long long>(message.size()),
                count);
    {
        // Where the per-message time beside the key operation goes.
        QByteArray buffer;
        const double canonical = perSecond(1, count, [&] {
            buffer.resize(0);
            DkimCanonicalizer::appendBody(buffer, DkimCanonicalizer::Canonicalization::Relaxed, message.constData(),
                                          message.size());
        });
        const double hashes = perSecond(1, count, [&] {
            unsigned char md[32];
            unsigned int size = 0;
            EVP_Digest(message.constData(), static_cast<size_t>(message.size()), md, &size, EVP_sha256(), nullptr);
        });
        std::printf("relaxed body canonicalisation: %.1f us/message; SHA-256 of the message: %.1f us\n",
                    1e6 / canonical,
                    1e6 / hashes);
    }
    std::printf("%-16s %8s %14s %14s %10s\n", "algorithm", "threads", "DkimSigner/s", "bare sign/s", "ratio");
    for (const DkimKey::Algorithm algorithm : {DkimKey::Algorithm::Rsa, DkimKey::Algorithm::Ed25519}) {
        const DkimKey key = DkimKey::generate(algorithm, 2048).value();
        DkimSignerOptions options;
        options.domain = QStringLiteral("example.co.jp");
        options.selector = QStringLiteral("bench");
        options.keys = {key};
        const DkimSigner signer = DkimSigner::create(options, QStringLiteral("example.co.jp")).value();
        const QByteArray first = signer.sign(message).value(); // warm the per-thread buffers
        for (const int threads : {1, 2}) {
            const int perThread = count / threads;
            const double signs = perSecond(threads, perThread, [&] {
                const Result<QByteArray> signedMessage = signer.sign(message);
                if (!signedMessage) {
                    std::abort();
                }
            });
            const double bare = perSecond(threads, perThread, [&] {
                bareSign(key, reinterpret_cast<const unsigned char*>(digest.constData()));
            });
            std::printf("%-16s %8d %14.0f %14.0f %9.0f%%\n",
                        key.signatureAlgorithmTag().constData(),
                        threads,
                        signs,
                        bare,
                        100.0 * signs / bare);
        }
        Q_UNUSED(first);
    }
    return 0;
}

// DkimVerifier: checks DKIM signatures with libopendkim — the reference our signer is held to. Used by the DKIM
// self-test (against the key published in DNS, or a given public key when offline) and by the tests.
#include "DkimVerifier.h"

#include <cstring>
#include <memory>

// dkim.h is C and spells the boolean type _Bool, which C++ does not have; bool has the same ABI.
#define _Bool bool
#include <opendkim/dkim.h>
#undef _Bool

#include <QStringList>

namespace {
struct KeySource
{
    const QByteArray* everySignature = nullptr;                // verifyWithKey
    const QHash<QByteArray, QByteArray>* bySelector = nullptr; // verifyWithKeys
};

// libopendkim asks this instead of DNS when a key was given: the TXT record goes into its buffer.
DKIM_CBSTAT lookupKey(DKIM* dkim, DKIM_SIGINFO* signature, u_char* buffer, size_t bufferSize)
{
    const auto* source = static_cast<const KeySource*>(dkim_get_user_context(dkim));
    if (!source) {
        return DKIM_CBSTAT_ERROR;
    }
    QByteArray record;
    if (source->everySignature) {
        record = *source->everySignature;
    } else if (source->bySelector) {
        const auto* selector = reinterpret_cast<const char*>(dkim_sig_getselector(signature));
        record = source->bySelector->value(QByteArray(selector ? selector : ""));
    }
    if (record.isEmpty()) {
        return DKIM_CBSTAT_NOTFOUND;
    }
    if (static_cast<size_t>(record.size()) + 1 > bufferSize) {
        return DKIM_CBSTAT_ERROR;
    }
    std::memcpy(buffer, record.constData(), static_cast<size_t>(record.size()));
    buffer[record.size()] = '\0';
    return DKIM_CBSTAT_CONTINUE;
}

struct LibraryDeleter
{
    void operator()(DKIM_LIB* library) const { dkim_close(library); }
};
struct HandleDeleter
{
    void operator()(DKIM* handle) const { dkim_free(handle); }
};

QString fromLibrary(const unsigned char* text)
{
    return text ? QString::fromLatin1(reinterpret_cast<const char*>(text)) : QString();
}

Result<DkimVerification> verify(const QByteArray& message, const KeySource* keys)
{
    // A library handle per call: its key-lookup callback and options are per handle, and a call stays
    // independent of every other thread's.
    const std::unique_ptr<DKIM_LIB, LibraryDeleter> library(dkim_init(nullptr, nullptr));
    if (!library) {
        return Result<DkimVerification>::failure(
            DkimVerifier::tr("libopendkim could not start; check the opendkim library installation."));
    }
    if (keys) {
        dkim_set_key_lookup(library.get(), lookupKey);
    } else {
        unsigned int timeout = 10;
        dkim_options(library.get(), DKIM_OP_SETOPT, DKIM_OPTS_TIMEOUT, &timeout, sizeof timeout);
    }
    const bool ed25519Supported = dkim_libfeature(library.get(), DKIM_FEATURE_ED25519);

    DKIM_STAT status = DKIM_STAT_OK;
    const std::unique_ptr<DKIM, HandleDeleter> handle(
        dkim_verify(library.get(), reinterpret_cast<const unsigned char*>("tayori"), nullptr, &status));
    if (!handle) {
        return Result<DkimVerification>::failure(DkimVerifier::tr("libopendkim could not start a verification (%1).")
                                                     .arg(QString::fromLatin1(dkim_getresultstr(status))));
    }
    if (keys) {
        dkim_set_user_context(handle.get(), const_cast<KeySource*>(keys));
    }
    QByteArray data = message; // dkim_chunk takes a non-const buffer
    status = dkim_chunk(handle.get(), reinterpret_cast<unsigned char*>(data.data()), static_cast<size_t>(data.size()));
    if (status == DKIM_STAT_OK) {
        status = dkim_chunk(handle.get(), nullptr, 0);
    }
    if (status == DKIM_STAT_OK) {
        status = dkim_eom(handle.get(), nullptr);
    }

    DkimVerification result;
    DKIM_SIGINFO** signatures = nullptr;
    int count = 0;
    if (dkim_getsiglist(handle.get(), &signatures, &count) != DKIM_STAT_OK || count == 0) {
        result.detail = status == DKIM_STAT_NOSIG || count == 0
                            ? DkimVerifier::tr("The message has no DKIM signature.")
                            : DkimVerifier::tr("libopendkim could not read the message: %1.")
                                  .arg(QString::fromLatin1(dkim_getresultstr(status)));
        return result;
    }
    result.signatures = count;
    int failed = 0;
    QStringList details;
    for (int i = 0; i < count; ++i) {
        DKIM_SIGINFO* signature = signatures[i];
        const QString domain = fromLibrary(dkim_sig_getdomain(signature));
        const QString selector = fromLibrary(dkim_sig_getselector(signature));
        if (i == 0) {
            result.domain = domain;
            result.selector = selector;
        }
        dkim_alg_t algorithm = DKIM_SIGN_UNKNOWN;
        dkim_sig_getsignalg(signature, &algorithm);
        const QString name = QStringLiteral("d=%1 s=%2 %3")
                                 .arg(domain,
                                      selector,
                                      algorithm == DKIM_SIGN_ED25519SHA256 ? QStringLiteral("ed25519-sha256")
                                                                           : QStringLiteral("rsa-sha256"));
        if (algorithm == DKIM_SIGN_ED25519SHA256 && !ed25519Supported) {
            // Neither a pass nor a failure: this libopendkim cannot tell.
            details << DkimVerifier::tr("%1: not checked (this libopendkim has no Ed25519)").arg(name);
            continue;
        }
        const unsigned int flags = dkim_sig_getflags(signature);
        if ((flags & DKIM_SIGFLAG_PASSED) != 0 && dkim_sig_getbh(signature) == DKIM_SIGBH_MATCH) {
            ++result.verified;
            details << DkimVerifier::tr("%1: pass").arg(name);
        } else {
            ++failed;
            QString reason = QString::fromLatin1(dkim_sig_geterrorstr(dkim_sig_geterror(signature)));
            if (dkim_sig_getbh(signature) == DKIM_SIGBH_MISMATCH) {
                reason = DkimVerifier::tr("body hash mismatch (the body changed after signing)");
            } else if (dkim_sig_geterror(signature) == DKIM_SIGERROR_OK) {
                reason = (flags & DKIM_SIGFLAG_PROCESSED) != 0 ? DkimVerifier::tr("signature mismatch")
                                                               : DkimVerifier::tr("not processed");
            }
            details << DkimVerifier::tr("%1: fail (%2)").arg(name, reason);
        }
    }
    result.passed = result.verified > 0 && failed == 0;
    result.detail = details.join(QStringLiteral("; "));
    return result;
}
} // namespace

Result<DkimVerification> DkimVerifier::verifyWithKey(const QByteArray& message, const QByteArray& txtRecord)
{
    KeySource keys;
    keys.everySignature = &txtRecord;
    return verify(message, &keys);
}

Result<DkimVerification> DkimVerifier::verifyWithKeys(const QByteArray& message,
                                                      const QHash<QByteArray, QByteArray>& txtBySelector)
{
    KeySource keys;
    keys.bySelector = &txtBySelector;
    return verify(message, &keys);
}

Result<DkimVerification> DkimVerifier::verifyWithDns(const QByteArray& message)
{
    return verify(message, nullptr);
}

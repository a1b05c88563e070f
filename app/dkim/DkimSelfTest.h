// DkimSelfTest: signs a probe message with a campaign's signer and has libopendkim verify it — against the key
// published in DNS, or against the local public key when DNS has none (not published yet, or offline). Run before
// every campaign and from Settings and `tayori-cli dkim test`: a key that does not match its DNS record is found
// before 50,000 messages fail DKIM.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "common/Result.h"
#include "dkim/DkimSigner.h"

struct DkimSelfTestReport
{
    bool checkedAgainstDns = false; // false: only against the local public key
    QString dnsName;                // SELECTOR._domainkey.DOMAIN
    QString summary;                // for the user: what was checked and that it passed
    QString warning;                // non-empty when it passed only locally (publish the record)
    QString detail;                 // libopendkim's per-signature results
};

class DkimSelfTest
{
    Q_DECLARE_TR_FUNCTIONS(DkimSelfTest)

public:
    enum class KeySource {
        DnsThenLocal, // DNS; the local key only when DNS has no record for the selector
        DnsOnly,
        LocalOnly,
    };

    // A failure means the signatures would not verify: a record that does not match the key, a broken signer.
    static Result<DkimSelfTestReport> run(const DkimSigner& signer, KeySource source);
};

// DkimSelfTest: a signed probe verified by libopendkim.
#include "dkim/DkimSelfTest.h"

#include <QDateTime>
#include <QHash>
#include <QUuid>

#include "dkim/DkimVerifier.h"

Result<DkimSelfTestReport> DkimSelfTest::run(const DkimSigner& signer, KeySource source)
{
    using R = Result<DkimSelfTestReport>;
    const DkimSignerOptions& options = signer.options();
    const QByteArray domain = options.domain.toLatin1();
    const QByteArray probe = "From: Tayori DKIM self-test <dkim-test@" + domain + ">\r\nTo: <dkim-test@" + domain
                             + ">\r\nSubject: Tayori DKIM self-test\r\nDate: "
                             + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1()
                             + "\r\nMessage-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@"
                             + domain
                             + ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                               "This message checks that Tayori's DKIM signatures verify.\r\n";
    const Result<QByteArray> signedProbe = signer.sign(probe);
    if (!signedProbe) {
        return R::failure(signedProbe.error());
    }
    DkimSelfTestReport report;
    report.dnsName = options.selector + QStringLiteral("._domainkey.") + options.domain;

    if (source != KeySource::LocalOnly) {
        const auto dns = DkimVerifier::verifyWithDns(*signedProbe);
        if (!dns) {
            return R::failure(dns.error());
        }
        report.detail = dns->detail;
        if (dns->passed) {
            report.checkedAgainstDns = true;
            report.summary = tr("DKIM self-test passed against the key published at %1.").arg(report.dnsName);
            return report;
        }
        if (!dns->keyNotFound || source == KeySource::DnsOnly) {
            return R::failure(tr("DKIM self-test failed against the key published at %1 (%2). Publish the TXT "
                                 "record shown for this key in Settings, or choose the key that matches it.")
                                  .arg(report.dnsName, dns->detail));
        }
    }
    QHash<QByteArray, QByteArray> local;
    for (const DkimKey& key : options.keys) {
        local.insert(options.selector.toLatin1(), key.dnsTxtRecord());
    }
    const auto checked = DkimVerifier::verifyWithKeys(*signedProbe, local);
    if (!checked) {
        return R::failure(checked.error());
    }
    report.detail = checked->detail;
    if (!checked->passed) {
        return R::failure(
            tr("DKIM self-test failed: a probe signed with this key does not verify (%1).").arg(checked->detail));
    }
    report.summary = tr("DKIM self-test passed against the key's own public key.");
    if (source == KeySource::DnsThenLocal) {
        report.warning = tr("No DKIM key is published at %1 yet (or DNS cannot be reached): receivers cannot "
                            "verify the signatures until the TXT record is published.")
                             .arg(report.dnsName);
    }
    return report;
}

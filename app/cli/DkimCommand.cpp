// tayori-cli dkim keygen|test: make a DKIM key and the TXT record to publish; sign and verify a probe message.
#include "DkimCommand.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QUuid>

#include "dkim/DkimKey.h"
#include "dkim/DkimSigner.h"
#include "dkim/DkimVerifier.h"

namespace {
constexpr qsizetype maxTxtStringLength = 255; // one <character-string> in a TXT record (RFC 1035 3.3)

QCommandLineOption domainOption()
{
    return {QStringLiteral("domain"),
            DkimCommand::tr("The signing domain (d=), the sender's domain."),
            DkimCommand::tr("D")};
}

QCommandLineOption selectorOption()
{
    return {QStringLiteral("selector"), DkimCommand::tr("The selector (s=)."), DkimCommand::tr("S")};
}
} // namespace

QByteArray DkimCommand::zoneFileStrings(const QByteArray& record)
{
    QByteArray out;
    for (qsizetype i = 0; i < record.size(); i += maxTxtStringLength) {
        if (!out.isEmpty()) {
            out += ' ';
        }
        out += '"' + record.mid(i, maxTxtStringLength) + '"'; // a DKIM record holds no '"' or '\\'
    }
    return out;
}

int DkimCommand::run(const CliContext& context, const QStringList& arguments)
{
    const QString subcommand = arguments.value(0);
    if (subcommand == QLatin1String("keygen")) {
        return keygen(context, arguments.mid(1));
    }
    if (subcommand == QLatin1String("test")) {
        return test(context, arguments.mid(1));
    }
    return context.fail(tr("dkim takes the subcommand keygen or test."), CliContext::UsageError);
}

int DkimCommand::keygen(const CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption domain = domainOption();
    const QCommandLineOption selector = selectorOption();
    const QCommandLineOption type(
        QStringLiteral("type"), tr("rsa (the default) or ed25519."), tr("TYPE"), QStringLiteral("rsa"));
    const QCommandLineOption bits(
        QStringLiteral("bits"), tr("RSA key size (default 2048)."), tr("N"), QStringLiteral("2048"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Where to write the private key (a new file)."), tr("FILE"));
    parser.addOptions({domain, selector, type, bits, out});
    if (!parser.parse(QStringList {QStringLiteral("dkim keygen")} + arguments)) {
        return context.fail(parser.errorText(), CliContext::UsageError);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.fail(tr("dkim keygen takes no arguments, only options."), CliContext::UsageError);
    }
    if (!parser.isSet(domain) || !parser.isSet(selector) || !parser.isSet(out)) {
        return context.fail(tr("dkim keygen needs --domain, --selector and --out."), CliContext::UsageError);
    }
    const Result<QString> ace = DkimSigner::checkDomain(parser.value(domain));
    if (!ace) {
        return context.fail(ace.error(), CliContext::UsageError);
    }
    const QString selectorName = parser.value(selector);
    const Status validSelector = DkimSigner::checkSelector(selectorName);
    if (!validSelector) {
        return context.fail(validSelector.error(), CliContext::UsageError);
    }
    const QString typeName = parser.value(type).toLower();
    if (typeName != QLatin1String("rsa") && typeName != QLatin1String("ed25519")) {
        return context.fail(tr("--type takes rsa or ed25519."), CliContext::UsageError);
    }
    bool bitsOk = false;
    const int rsaBits = parser.value(bits).toInt(&bitsOk);
    if (!bitsOk) {
        return context.fail(tr("--bits takes a number, e.g. 2048."), CliContext::UsageError);
    }
    const Result<DkimKey> key = DkimKey::generate(
        typeName == QLatin1String("rsa") ? DkimKey::Algorithm::Rsa : DkimKey::Algorithm::Ed25519, rsaBits);
    if (!key) {
        return context.fail(key.error(),
                            typeName == QLatin1String("rsa") ? CliContext::UsageError : CliContext::Failure);
    }
    const QString path = parser.value(out);
    const Status written = key->writePrivateKey(path);
    if (!written) {
        return context.fail(written.error());
    }
    const QString name = selectorName + QStringLiteral("._domainkey.") + *ace;
    const QByteArray record = key->dnsTxtRecord();
    const QByteArray zone = zoneFileStrings(record);
    const QString keyDescription
        = key->algorithm() == DkimKey::Algorithm::Rsa ? tr("RSA %1-bit").arg(key->bits()) : QStringLiteral("Ed25519");
    const QString text = tr("%1 DKIM key written to %2 (readable by you only).\n"
                            "Publish this TXT record in DNS:\n"
                            "  Name:  %3\n"
                            "  Value: %4\n"
                            "In a zone file (strings of at most 255 characters):\n"
                            "  %3. IN TXT ( %5 )\n")
                             .arg(keyDescription,
                                  QDir::toNativeSeparators(path),
                                  name,
                                  QString::fromLatin1(record),
                                  QString::fromLatin1(zone));
    return context.succeed({{QStringLiteral("domain"), *ace},
                            {QStringLiteral("selector"), selectorName},
                            {QStringLiteral("type"), QString::fromLatin1(key->keyTypeTag())},
                            {QStringLiteral("file"), path},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("txt"), QString::fromLatin1(record)},
                            {QStringLiteral("zone"), QString::fromLatin1(zone)}},
                           text);
}

int DkimCommand::test(const CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption keyFile(QStringLiteral("key"), tr("The private key (PEM)."), tr("FILE"));
    const QCommandLineOption domain = domainOption();
    const QCommandLineOption selector = selectorOption();
    const QCommandLineOption dns(QStringLiteral("dns"),
                                 tr("Verify against the key published in DNS instead of the local public key."));
    parser.addOptions({keyFile, domain, selector, dns});
    if (!parser.parse(QStringList {QStringLiteral("dkim test")} + arguments)) {
        return context.fail(parser.errorText(), CliContext::UsageError);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.fail(tr("dkim test takes no arguments, only options."), CliContext::UsageError);
    }
    if (!parser.isSet(keyFile) || !parser.isSet(domain) || !parser.isSet(selector)) {
        return context.fail(tr("dkim test needs --key, --domain and --selector."), CliContext::UsageError);
    }
    const Result<DkimKey> key = DkimKey::fromFile(parser.value(keyFile));
    if (!key) {
        return context.fail(key.error());
    }
    DkimSignerOptions options;
    options.domain = parser.value(domain);
    options.selector = parser.value(selector);
    options.keys = {*key};
    const Result<DkimSigner> signer = DkimSigner::create(options, parser.value(domain));
    if (!signer) {
        return context.fail(signer.error(), CliContext::UsageError);
    }
    const QByteArray d = signer->options().domain.toLatin1();
    const QByteArray probe = "From: Tayori DKIM self-test <dkim-test@" + d + ">\r\n" + "To: <dkim-test@" + d + ">\r\n"
                             + "Subject: Tayori DKIM self-test\r\n"
                             + "Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() + "\r\n"
                             + "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@" + d
                             + ">\r\n" + "MIME-Version: 1.0\r\n" + "Content-Type: text/plain; charset=UTF-8\r\n"
                             + "\r\n" + "This message checks that Tayori's DKIM signatures verify.\r\n";
    const Result<QByteArray> signedProbe = signer->sign(probe);
    if (!signedProbe) {
        return context.fail(signedProbe.error());
    }
    const bool useDns = parser.isSet(dns);
    const Result<DkimVerification> verification = useDns
                                                      ? DkimVerifier::verifyWithDns(*signedProbe)
                                                      : DkimVerifier::verifyWithKey(*signedProbe, key->dnsTxtRecord());
    if (!verification) {
        return context.fail(verification.error());
    }
    const QString name = parser.value(selector) + QStringLiteral("._domainkey.") + signer->options().domain;
    if (!verification->passed) {
        return context.fail(
            useDns ? tr("DKIM self-test failed against the key published at %1: %2. Check that the "
                        "TXT record there is the one dkim keygen printed for this key.")
                         .arg(name, verification->detail)
                   : tr("DKIM self-test failed against the key's own public key: %1.").arg(verification->detail));
    }
    const QString text
        = useDns ? tr("DKIM self-test passed: a probe signed with %1 verifies against the key published at %2.\n")
                       .arg(QDir::toNativeSeparators(parser.value(keyFile)), name)
                 : tr("DKIM self-test passed: a probe signed with %1 verifies against its public key (DNS not checked; "
                      "add --dns to check %2).\n")
                       .arg(QDir::toNativeSeparators(parser.value(keyFile)), name);
    return context.succeed({{QStringLiteral("domain"), signer->options().domain},
                            {QStringLiteral("selector"), parser.value(selector)},
                            {QStringLiteral("type"), QString::fromLatin1(key->keyTypeTag())},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("source"), useDns ? QStringLiteral("dns") : QStringLiteral("local")},
                            {QStringLiteral("passed"), true},
                            {QStringLiteral("detail"), verification->detail}},
                           text);
}

// PasswordVault: relay passwords in the OS keychain through qtkeychain, blocking on a local event loop.
#include "PasswordVault.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {
// A keychain may ask the user to unlock it; past this the answer is an error rather than a hang.
constexpr int kKeychainTimeoutMs = 120000;

// Runs the job to its end on a local event loop (works on any thread with a QCoreApplication alive).
QKeychain::Error runJob(QKeychain::Job& job, QString* errorText)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file: no keychain is an error, not a fallback
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished) {
        loop.exec();
    }
    if (!finished) {
        *errorText = PasswordVault::tr("the keychain did not answer within two minutes");
        return QKeychain::OtherError;
    }
    *errorText = job.errorString();
    return job.error();
}

QString unavailable(QString detail)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // qtkeychain says "Unknown error" when there is no session bus at all; name the actual cause.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        detail = PasswordVault::tr("no D-Bus session, so no Secret Service or KWallet");
    }
#endif
    if (detail.isEmpty()) {
        detail = PasswordVault::tr("the keychain service did not answer");
    }
    return PasswordVault::tr("No system keychain is available (%1); set TAYORI_SMTP_PASSWORD instead.").arg(detail);
}

bool isUnavailable(QKeychain::Error error)
{
    // qtkeychain reports a missing D-Bus session or Secret Service as OtherError with the D-Bus message.
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
           || error == QKeychain::OtherError;
}
} // namespace

QString PasswordVault::serviceName()
{
    return QStringLiteral("Tayori");
}

QString PasswordVault::relayKey(const QString& relayUrl)
{
    return QStringLiteral("relay:") + relayUrl;
}

Result<QString> PasswordVault::readPassword(const QString& relayKey)
{
    QKeychain::ReadPasswordJob job(serviceName());
    job.setKey(relayKey);
    QString detail;
    const QKeychain::Error error = runJob(job, &detail);
    if (error == QKeychain::NoError) {
        return job.textData();
    }
    if (error == QKeychain::EntryNotFound) {
        return Result<QString>::failure(tr("No password is stored for this mail server; enter it in Settings → Mail "
                                           "servers, or set TAYORI_SMTP_PASSWORD."));
    }
    return Result<QString>::failure(isUnavailable(error) ? unavailable(detail)
                                                         : tr("The keychain refused: %1").arg(detail));
}

Status PasswordVault::writePassword(const QString& relayKey, const QString& password)
{
    QKeychain::WritePasswordJob job(serviceName());
    job.setKey(relayKey);
    job.setTextData(password);
    QString detail;
    const QKeychain::Error error = runJob(job, &detail);
    if (error == QKeychain::NoError) {
        return success();
    }
    return Status::failure(isUnavailable(error) ? unavailable(detail) : tr("The keychain refused: %1").arg(detail));
}

Status PasswordVault::deletePassword(const QString& relayKey)
{
    QKeychain::DeletePasswordJob job(serviceName());
    job.setKey(relayKey);
    QString detail;
    const QKeychain::Error error = runJob(job, &detail);
    if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
        return success();
    }
    return Status::failure(isUnavailable(error) ? unavailable(detail) : tr("The keychain refused: %1").arg(detail));
}

Result<QString> PasswordVault::passwordFor(const RelayConfig& relay)
{
    const QString fromEnvironment = qEnvironmentVariable("TAYORI_SMTP_PASSWORD");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return readPassword(relayKey(relay.toUrl()));
}

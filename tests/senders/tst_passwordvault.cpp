// PasswordVault against the real keychain of the machine the test runs on: without a D-Bus session (CI, this
// container) every call must say plainly that there is no keychain and name TAYORI_SMTP_PASSWORD; with one, a
// password makes the round trip. TAYORI_SMTP_PASSWORD comes first.
#include <QElapsedTimer>
#include <QTest>

#include "senders/PasswordVault.h"

class TestPasswordVault : public QObject
{
    Q_OBJECT

private slots:
    void keyNamesTheRelay();
    void keychainRoundTripOrClearError();
    void environmentComesFirst();

private:
    static bool expectKeychain();
};

// False where no keychain can exist (Linux without a D-Bus session); true where one may.
bool TestPasswordVault::expectKeychain()
{
#if defined(Q_OS_LINUX)
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return true;
#endif
}

void TestPasswordVault::keyNamesTheRelay()
{
    QCOMPARE(PasswordVault::serviceName(), QStringLiteral("Tayori"));
    QCOMPARE(PasswordVault::relayKey(QStringLiteral("smtp://news@mail.example.jp:587")),
             QStringLiteral("relay:smtp://news@mail.example.jp:587"));
}

void TestPasswordVault::keychainRoundTripOrClearError()
{
    const QString key = PasswordVault::relayKey(QStringLiteral("smtp://tst-passwordvault@127.0.0.1:2525?tls=none"));
    QElapsedTimer clock;
    clock.start();
    const Status written = PasswordVault::writePassword(key, QStringLiteral("パスワード s3cret"));
    // No D-Bus session: there can be no keychain, and saying so is the only right answer.
    QVERIFY2(expectKeychain() || !written.ok(), "a password was stored although there is no keychain");
    if (!written) {
        QVERIFY2(written.error().contains(QStringLiteral("No system keychain is available")),
                 qPrintable(written.error()));
        QVERIFY(written.error().contains(QStringLiteral("TAYORI_SMTP_PASSWORD")));
        QVERIFY(!written.error().contains(QLatin1Char('\n')));
        if (!expectKeychain()) {
            QVERIFY2(written.error().contains(QStringLiteral("no D-Bus session")), qPrintable(written.error()));
        }
        const Result<QString> read = PasswordVault::readPassword(key);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("TAYORI_SMTP_PASSWORD")), qPrintable(read.error()));
        QVERIFY(!PasswordVault::deletePassword(key).ok());
        QVERIFY2(clock.elapsed() < 10000, "an absent keychain must answer at once, not after a timeout");
        return;
    }
    const Result<QString> read = PasswordVault::readPassword(key);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(*read, QStringLiteral("パスワード s3cret"));
    QVERIFY(PasswordVault::deletePassword(key).ok());
    QVERIFY(!PasswordVault::readPassword(key).ok());
    QVERIFY(PasswordVault::deletePassword(key).ok()); // already gone: still fine
}

void TestPasswordVault::environmentComesFirst()
{
    RelayConfig relay;
    relay.host = QStringLiteral("127.0.0.1");
    relay.port = 2525;
    relay.security = RelayConfig::Security::None;
    relay.user = QStringLiteral("tst-passwordvault-env");
    qputenv("TAYORI_SMTP_PASSWORD", "from-the-environment");
    const Result<QString> password = PasswordVault::passwordFor(relay);
    qunsetenv("TAYORI_SMTP_PASSWORD");
    QVERIFY2(password.ok(), qPrintable(password.error()));
    QCOMPARE(*password, QStringLiteral("from-the-environment"));
    const Result<QString> without = PasswordVault::passwordFor(relay);
    QVERIFY(!without.ok()); // nothing stored for this relay, whether or not there is a keychain
    QVERIFY2(without.error().contains(QStringLiteral("TAYORI_SMTP_PASSWORD")), qPrintable(without.error()));
}

QTEST_GUILESS_MAIN(TestPasswordVault)
#include "tst_passwordvault.moc"

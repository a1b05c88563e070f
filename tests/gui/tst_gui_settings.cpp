// Settings on the offscreen platform: a relay added through its dialog and tested against a real SMTP server on
// loopback (faultsmtp.py), a sender identity, an Ed25519 DKIM key generated off the GUI thread with its TXT record
// shown — and the relay password in no file Tayori writes.
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "MainWindow.h"
#include "MessageBox.h"
#include "SettingsPage.h"
#include "senders/DkimKeyStore.h"
#include "senders/RelayStore.h"
#include "senders/SenderIdentityStore.h"
#include "settings/DkimKeyDialog.h"
#include "settings/DkimKeysSection.h"
#include "settings/IdentitiesSection.h"
#include "settings/IdentityDialog.h"
#include "settings/RelayDialog.h"
#include "settings/RelaysSection.h"
#include "web/PublicAddress.h"

namespace {
const QString kPassword = QStringLiteral("Kj8-unique-relay-passw0rd");
}

class TestGuiSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void relayIdentityAndDkimKey();
    void untrustedCertificateCanBeTrusted();
    void webAddress();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_server;
    quint16 m_port = 0;
};

void TestGuiSettings::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Keys, the outbox and QSettings land in the temporary folder, not the user's.
    qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("config")).toUtf8());

    const QString tool = qEnvironmentVariable("TAYORI_SOURCE_DIR") + QStringLiteral("/../shared/tools/faultsmtp.py");
    QVERIFY2(QFile::exists(tool), qPrintable(tool));
    const QString portFile = m_dir->filePath(QStringLiteral("port"));
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.start(QStringLiteral("/usr/bin/python3"),
                   {tool,
                    QStringLiteral("--port"),
                    QStringLiteral("0"),
                    QStringLiteral("--port-file"),
                    portFile,
                    QStringLiteral("--maildir"),
                    m_dir->filePath(QStringLiteral("maildir")),
                    QStringLiteral("--no-starttls"),
                    QStringLiteral("--auth-user"),
                    QStringLiteral("newsletter"),
                    QStringLiteral("--auth-password"),
                    kPassword,
                    QStringLiteral("--max-runtime"),
                    QStringLiteral("60")});
    QVERIFY(m_server.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile(portFile).size() > 0, 10000);
    QFile file(portFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_port = quint16(file.readAll().trimmed().toUInt());
    QVERIFY(m_port != 0);
}

void TestGuiSettings::cleanupTestCase()
{
    m_server.terminate();
    m_server.waitForFinished(5000);
}

void TestGuiSettings::relayIdentityAndDkimKey()
{
    const Result<Database> db = Database::open(m_dir->filePath(QStringLiteral("settings.sqlite")));
    QVERIFY(db.ok());
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::SettingsSection);
    SettingsPage* settings = window.settingsPage();
    QCOMPARE(settings->tabs()->count(), 4);

    // No relay yet: the page says where mail goes instead.
    RelaysSection* relays = settings->relaysSection();
    settings->tabs()->setCurrentWidget(relays);
    QVERIFY(relays->outboxNote()->isVisible());
    QVERIFY(relays->outboxNote()->text().contains(QStringLiteral("nothing leaves this computer")));
    QVERIFY(relays->outboxNote()->text().contains(QDir::toNativeSeparators(RelayStore::defaultOutboxPath())));
    QVERIFY(RelayStore::defaultOutboxPath().startsWith(m_dir->path()));

    // Add a relay through the dialog and test it against the real server, without blocking the window.
    QTest::mouseClick(relays->addButton(), Qt::LeftButton);
    RelayDialog* dialog = relays->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->nameEdit()->setText(QStringLiteral("ローカル中継"));
    dialog->hostEdit()->setText(QStringLiteral("127.0.0.1"));
    dialog->securityBox()->setCurrentIndex(dialog->securityBox()->findData(int(RelayConfig::Security::None)));
    dialog->portBox()->setValue(m_port);
    dialog->userEdit()->setText(QStringLiteral("newsletter"));
    QTest::keyClicks(dialog->passwordEdit(), kPassword);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QVERIFY(dialog->isBusy()); // started, not finished: the probe runs on the event loop
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
    const QString report = dialog->reportLabel()->text();
    QVERIFY2(report.contains(QStringLiteral("PIPELINING")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("The connection works")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("Login: accepted")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("Encryption: none")), qPrintable(report));
    QVERIFY(!dialog->trustButton()->isVisible());

    const bool expectKeychain = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
    MessageBox::setNextAnswer(QMessageBox::Ok); // "Password not saved" when there is no keychain
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(relays->dialog() == nullptr, 15000); // closed and deleted
    if (!expectKeychain) {
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("No system keychain is available")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("TAYORI_SMTP_PASSWORD")));
    }
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    QCOMPARE(relays->list()->count(), 1);
    QVERIFY(relays->list()->item(0)->text().contains(QStringLiteral("ローカル中継")));
    QVERIFY(!relays->outboxNote()->isVisible());
    const QList<Relay> stored = RelayStore(*db).list();
    QCOMPARE(stored.size(), 1);
    QVERIFY(stored.at(0).isDefault);
    const Result<RelayConfig> config = stored.at(0).config();
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->port, m_port);
    QCOMPARE(config->user, QStringLiteral("newsletter"));
    QCOMPARE(config->security, RelayConfig::Security::None);

    // A sender identity.
    IdentitiesSection* identities = settings->identitiesSection();
    settings->tabs()->setCurrentWidget(identities);
    QTest::mouseClick(identities->addButton(), Qt::LeftButton);
    IdentityDialog* identityDialog = identities->dialog();
    QVERIFY(identityDialog);
    identityDialog->displayNameEdit()->setText(QStringLiteral("便りショップ"));
    identityDialog->addressEdit()->setText(QStringLiteral("not-an-address"));
    identityDialog->accept();
    QVERIFY(identityDialog->isVisible()); // refused, stays open with the reason
    QVERIFY(!identityDialog->messageLabel()->text().isEmpty());
    identityDialog->addressEdit()->setText(QStringLiteral("news@example.jp"));
    identityDialog->bounceDomainEdit()->setText(QStringLiteral("bounce.example.jp"));
    identityDialog->accept();
    QTRY_VERIFY(identities->dialog() == nullptr);
    QCOMPARE(identities->list()->count(), 1);
    QVERIFY(identities->list()->item(0)->text().contains(QStringLiteral("便りショップ <news@example.jp>")));
    QCOMPARE(SenderIdentityStore(*db).list().at(0).bounceDomain, QStringLiteral("bounce.example.jp"));

    // An Ed25519 DKIM key, generated off the GUI thread; the TXT record shown is the stored one.
    DkimKeysSection* keys = settings->dkimKeysSection();
    settings->tabs()->setCurrentWidget(keys);
    QTest::mouseClick(keys->generateButton(), Qt::LeftButton);
    DkimKeyDialog* keyDialog = keys->dialog();
    QVERIFY(keyDialog);
    const QString selector = QStringLiteral("tayori") + QString::number(QDate::currentDate().year());
    QCOMPARE(keyDialog->selectorEdit()->text(), selector);
    keyDialog->domainEdit()->setText(QStringLiteral("Example.JP"));
    keyDialog->typeBox()->setCurrentIndex(keyDialog->typeBox()->findData(int(DkimKey::Algorithm::Ed25519)));
    keyDialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(keys->dialog() == nullptr, 15000);
    QCOMPARE(keys->list()->topLevelItemCount(), 1);
    QCOMPARE(keys->list()->topLevelItem(0)->text(2), QStringLiteral("Ed25519"));
    const QList<DkimKeyRecord> records = DkimKeyStore(*db).list();
    QCOMPARE(records.size(), 1);
    QVERIFY(records.at(0).keyPath.startsWith(m_dir->path()));
    QCOMPARE(keys->dnsNameLabel()->text(), selector + QStringLiteral("._domainkey.example.jp"));
    QCOMPARE(keys->txtRecordEdit()->toPlainText(), records.at(0).publicTxt);
    QCOMPARE(DkimKey::fromFile(records.at(0).keyPath)->dnsTxtRecord(), records.at(0).publicTxt.toLatin1());
    QTest::mouseClick(keys->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), records.at(0).publicTxt);

    // The password is in no file Tayori wrote: database (and its WAL), settings, keys.
    window.close(); // writes the window geometry to QSettings
    QSettings().sync();
    int filesRead = 0;
    QDirIterator files(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.contains(QStringLiteral("/maildir/")) || path.endsWith(QStringLiteral(".jsonl"))) {
            continue; // the server's own files
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(kPassword.toUtf8()), qPrintable(path));
        QVERIFY2(!bytes.contains(kPassword.toUtf8().toBase64()), qPrintable(path));
        ++filesRead;
    }
    QVERIFY(filesRead >= 3); // at least the database, its WAL or journal, and the key
    QVERIFY(QFile::exists(QSettings().fileName()));
}

// A relay with a self-signed certificate: the test says so, "Trust this certificate" (after the warning) stores the
// chain with the relay, and the next test trusts it.
void TestGuiSettings::untrustedCertificateCanBeTrusted()
{
    QProcess server;
    const QString portFile = m_dir->filePath(QStringLiteral("tls-port"));
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral("/usr/bin/python3"),
                 {qEnvironmentVariable("TAYORI_SOURCE_DIR") + QStringLiteral("/../shared/tools/faultsmtp.py"),
                  QStringLiteral("--port"),
                  QStringLiteral("0"),
                  QStringLiteral("--port-file"),
                  portFile,
                  QStringLiteral("--maildir"),
                  m_dir->filePath(QStringLiteral("maildir-tls")),
                  QStringLiteral("--tls-dir"),
                  m_dir->filePath(QStringLiteral("tls")),
                  QStringLiteral("--max-runtime"),
                  QStringLiteral("60")});
    QVERIFY(server.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile(portFile).size() > 0, 20000);
    QFile file(portFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const quint16 port = quint16(file.readAll().trimmed().toUInt());

    const Result<Database> db = Database::open(m_dir->filePath(QStringLiteral("tls.sqlite")));
    QVERIFY(db.ok());
    RelayDialog dialog(*db, 0);
    dialog.show();
    dialog.nameEdit()->setText(QStringLiteral("Self-signed"));
    dialog.hostEdit()->setText(QStringLiteral("127.0.0.1"));
    dialog.securityBox()->setCurrentIndex(dialog.securityBox()->findData(int(RelayConfig::Security::StartTls)));
    dialog.portBox()->setValue(port);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
    QString report = dialog.reportLabel()->text();
    QVERIFY2(report.contains(QStringLiteral("NOT trusted")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("localhost")), qPrintable(report)); // the certificate's name
    QVERIFY(dialog.trustButton()->isVisible());

    // Declined: nothing changes.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(dialog.trustButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("SHA-256")));
    QVERIFY(dialog.trustButton()->isVisible());
    // Accepted: the next test trusts the server.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog.trustButton(), Qt::LeftButton);
    QVERIFY(!dialog.trustButton()->isVisible());
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
    report = dialog.reportLabel()->text();
    QVERIFY2(report.contains(QStringLiteral("Certificate: trusted")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("The connection works")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("Encryption: TLS")), qPrintable(report));

    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::optional<Relay> stored = RelayStore(*db).find(dialog.savedId());
    QVERIFY(stored);
    const QList<QSslCertificate> trusted = QSslCertificate::fromData(stored->caCertificatesPem.toLatin1(), QSsl::Pem);
    QCOMPARE(trusted.size(), 1);
    QVERIFY(trusted.at(0).subjectInfo(QSslCertificate::CommonName).contains(QStringLiteral("localhost")));
    server.terminate();
    server.waitForFinished(5000);
}

// The web address links in mail point to: typed on the General tab, checked, stored in the database for the CLI
// and step mail; a bad one is explained and not stored.
void TestGuiSettings::webAddress()
{
    const Result<Database> db = Database::open(m_dir->filePath(QStringLiteral("web.sqlite")));
    QVERIFY(db.ok());
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::SettingsSection);
    SettingsPage* settings = window.settingsPage();
    QLineEdit* edit = settings->webAddressEdit();
    QVERIFY(edit->text().isEmpty());

    edit->setFocus();
    edit->setText(QStringLiteral("news.example.jp"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY2(settings->webAddressStatus()->text().contains(QStringLiteral("https://news.example.jp")),
             qPrintable(settings->webAddressStatus()->text()));
    QCOMPARE(PublicAddress::load(*db), QString());

    edit->setText(QStringLiteral("https://news.example.jp/"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(PublicAddress::load(*db), QStringLiteral("https://news.example.jp"));
    QCOMPARE(edit->text(), QStringLiteral("https://news.example.jp"));
    QVERIFY(settings->webAddressStatus()->text().startsWith(QStringLiteral("Saved.")));

    // Reopened, the page shows what is stored.
    SettingsPage again(*db);
    QCOMPARE(again.webAddressEdit()->text(), QStringLiteral("https://news.example.jp"));
}

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"

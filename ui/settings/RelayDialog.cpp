// Add or edit one mail server (relay), with "Test connection" running asynchronously.
#include "RelayDialog.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "MessageBox.h"
#include "senders/PasswordVault.h"

namespace {
struct KeychainAnswer
{
    bool ok = false;
    QString text; // the password, or the reason there is none
};

QString fingerprint(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}
} // namespace

RelayDialog::RelayDialog(Database database, qint64 relayId, QWidget* parent)
    : QDialog(parent)
    , m_store(std::move(database))
    , m_name(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_clearWarning(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_connections(new QSpinBox(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_trustedNote(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_trust(new QPushButton(tr("T&rust this certificate…"), this))
    , m_report(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(relayId == 0 ? tr("Add mail server") : tr("Edit mail server"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_security->addItem(tr("STARTTLS (port 587 or 25)"), int(RelayConfig::Security::StartTls));
    m_security->addItem(tr("SSL/TLS (port 465)"), int(RelayConfig::Security::ImplicitTls));
    m_security->addItem(tr("None (local relay only)"), int(RelayConfig::Security::None));
    m_clearWarning->setText(tr("Without encryption, messages and the password cross the network readable by anyone "
                               "on the way: choose this only for a mail server on this computer or a trusted local "
                               "network."));
    m_clearWarning->setWordWrap(true);
    m_clearWarning->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_clearWarning->hide();
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(relayId == 0 ? tr("Stored in the system keychain")
                                                : tr("Leave empty to keep the stored password"));
    m_connections->setRange(1, 100);
    m_connections->setValue(4);
    m_rate->setRange(0, 10000);
    m_rate->setDecimals(1);
    m_rate->setSpecialValueText(tr("No limit"));
    m_rate->setSuffix(tr(" messages/s"));
    m_trustedNote->setWordWrap(true);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trust->hide();
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    if (relayId != 0) {
        if (const std::optional<Relay> stored = m_store.find(relayId)) {
            m_relay = *stored;
            m_trustedPem = m_relay.caCertificatesPem;
            m_name->setText(m_relay.name);
            m_connections->setValue(m_relay.connections);
            m_rate->setValue(m_relay.rate);
            if (const Result<RelayConfig> config = m_relay.config()) {
                m_host->setText(config->host);
                m_port->setValue(config->port);
                m_security->setCurrentIndex(m_security->findData(int(config->security)));
                m_user->setText(config->user);
            }
        }
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("S&ecurity:"), m_security);
    form->addRow(QString(), m_clearWarning);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Connections:"), m_connections);
    form->addRow(tr("&Rate limit:"), m_rate);
    form->addRow(QString(), m_trustedNote);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_trust);
    testRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_report);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_security, &QComboBox::currentIndexChanged, this, &RelayDialog::securityChanged);
    connect(m_test, &QPushButton::clicked, this, &RelayDialog::testConnection);
    connect(m_trust, &QPushButton::clicked, this, &RelayDialog::trustCertificate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RelayDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RelayDialog::reject);
    m_clearWarning->setVisible(m_security->currentData().toInt() == int(RelayConfig::Security::None));
    m_trustedNote->setVisible(!m_trustedPem.isEmpty());
    m_trustedNote->setText(tr("You trust a certificate of your own for this server."));
}

void RelayDialog::securityChanged()
{
    const auto security = RelayConfig::Security(m_security->currentData().toInt());
    m_clearWarning->setVisible(security == RelayConfig::Security::None);
    // Follow the usual port unless the user typed an unusual one.
    const int port = m_port->value();
    if (port == 587 || port == 465 || port == 25) {
        m_port->setValue(security == RelayConfig::Security::ImplicitTls ? 465 : 587);
    }
}

Result<RelayConfig> RelayDialog::configFromForm() const
{
    if (m_host->text().trimmed().isEmpty()) {
        return Result<RelayConfig>::failure(tr("Type the mail server's name, such as mail.example.co.jp."));
    }
    RelayConfig config;
    config.kind = RelayConfig::Kind::Smtp;
    config.host = m_host->text().trimmed();
    config.port = quint16(m_port->value());
    config.security = RelayConfig::Security(m_security->currentData().toInt());
    config.user = m_user->text().trimmed();
    // Round trip through the URL: the same checks the CLI applies to --smtp.
    Result<RelayConfig> parsed = RelayConfig::fromUrl(config.toUrl());
    if (!parsed) {
        return parsed;
    }
    RelayConfig checked = parsed.value();
    checked.connections = m_connections->value();
    checked.maxRate = m_rate->value();
    checked.extraCaCertificates = QSslCertificate::fromData(m_trustedPem.toLatin1(), QSsl::Pem);
    return checked;
}

void RelayDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_test->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void RelayDialog::testConnection()
{
    Result<RelayConfig> config = configFromForm();
    if (!config) {
        m_report->setText(config.error());
        return;
    }
    m_trust->hide();
    m_report->setText(tr("Connecting to %1…").arg(config->displayName()));
    setBusy(true);
    RelayConfig probeConfig = config.value();
    if (!probeConfig.user.isEmpty() && m_password->text().isEmpty()) {
        // The stored password: the keychain may take a moment (or ask to be unlocked), so not on this thread.
        auto* watcher = new QFutureWatcher<KeychainAnswer>(this);
        connect(watcher, &QFutureWatcher<KeychainAnswer>::finished, this, [this, watcher, probeConfig]() mutable {
            const KeychainAnswer answer = watcher->result();
            watcher->deleteLater();
            if (answer.ok) {
                probeConfig.password = answer.text;
            } else {
                m_message->setText(answer.text);
            }
            startProbe(probeConfig);
        });
        watcher->setFuture(QtConcurrent::run([probeConfig] {
            const Result<QString> password = PasswordVault::passwordFor(probeConfig);
            return KeychainAnswer {password.ok(), password.ok() ? password.value() : password.error()};
        }));
        return;
    }
    probeConfig.password = m_password->text();
    startProbe(probeConfig);
}

void RelayDialog::startProbe(RelayConfig config)
{
    delete m_probe;
    m_probe = new SmtpProbe(this);
    connect(m_probe, &SmtpProbe::finished, this, [this](const SmtpProbeReport& report) {
        showReport(report);
        m_probe->deleteLater();
        setBusy(false);
    });
    m_probe->start(config);
}

void RelayDialog::showReport(const SmtpProbeReport& report)
{
    QStringList lines;
    lines << (report.ok ? tr("The connection works.") : tr("The test failed: %1").arg(report.error));
    if (!report.banner.isEmpty()) {
        lines << tr("The server greets with: %1").arg(report.banner);
    }
    if (report.tlsProtocol.isEmpty()) {
        lines << tr("Encryption: none — messages travel in clear.");
    } else {
        lines << tr("Encryption: %1.").arg(report.tlsProtocol);
    }
    if (!report.peerCertificateChain.isEmpty()) {
        const QSslCertificate& leaf = report.peerCertificateChain.first();
        const QString subject = leaf.subjectDisplayName();
        lines << (report.certificateTrusted
                      ? tr("Certificate: trusted (%1).").arg(subject)
                      : tr("Certificate: NOT trusted (%1, issued by %2); mail will not be sent until you trust it "
                           "or the server gets a certificate from a recognised authority.")
                            .arg(subject, leaf.issuerDisplayName()));
    }
    if (!m_user->text().trimmed().isEmpty()) {
        lines << (report.authenticated ? tr("Login: accepted.") : tr("Login: not accepted."));
    } else {
        lines << tr("Login: none configured.");
    }
    if (!report.extensions.isEmpty()) {
        lines << tr("The server offers: %1").arg(report.extensions.join(QStringLiteral(", ")));
    }
    m_report->setText(lines.join(QLatin1Char('\n')));
    m_offeredChain = report.peerCertificateChain;
    m_trust->setVisible(!report.certificateTrusted && !report.peerCertificateChain.isEmpty());
}

void RelayDialog::trustCertificate()
{
    if (m_offeredChain.isEmpty()) {
        return;
    }
    const QSslCertificate& leaf = m_offeredChain.first();
    const QString text
        = tr("Trust the certificate \"%1\" for this mail server?\n\nSHA-256 fingerprint: %2\n\nDo this only if your "
             "administrator confirms this fingerprint. If someone is intercepting the connection, trusting their "
             "certificate gives them your password and every message you send.")
              .arg(leaf.subjectDisplayName(), fingerprint(leaf));
    if (MessageBox::question(
            this, tr("Trust this certificate"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    QByteArray pem;
    for (const QSslCertificate& certificate : std::as_const(m_offeredChain)) {
        pem += certificate.toPem();
    }
    m_trustedPem = QString::fromLatin1(pem);
    m_trust->hide();
    m_trustedNote->setText(tr("The certificate will be trusted for this server once you save; test again to check."));
    m_trustedNote->show();
}

void RelayDialog::accept()
{
    if (m_busy) {
        return;
    }
    const Result<RelayConfig> config = configFromForm();
    if (!config) {
        m_message->setText(config.error());
        return;
    }
    const QString oldUrl = m_relay.url;
    Relay relay = m_relay;
    relay.name = m_name->text();
    relay.url = config->toUrl();
    relay.connections = m_connections->value();
    relay.rate = m_rate->value();
    relay.caCertificatesPem = m_trustedPem;
    if (relay.id == 0) {
        const Result<qint64> id = m_store.add(relay);
        if (!id) {
            m_message->setText(id.error());
            return;
        }
        relay.id = *id;
    } else {
        const Status updated = m_store.update(relay);
        if (!updated) {
            m_message->setText(updated.error());
            return;
        }
    }
    m_relay = *m_store.find(relay.id);
    storePasswordAndClose(oldUrl);
}

void RelayDialog::storePasswordAndClose(const QString& oldUrl)
{
    const QString password = m_password->text();
    const QString newUrl = m_relay.url;
    if (password.isEmpty() && (oldUrl.isEmpty() || oldUrl == newUrl)) {
        QDialog::accept();
        return;
    }
    setBusy(true);
    m_message->setText(tr("Saving the password in the system keychain…"));
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        m_message->clear();
        if (!error.isEmpty()) {
            MessageBox::warning(
                this, tr("Password not saved"), tr("The mail server was saved, but not its password: %1").arg(error));
        }
        QDialog::accept();
    });
    watcher->setFuture(QtConcurrent::run([password, oldUrl, newUrl] {
        // The entry is keyed by the URL: a changed server or user leaves the old entry behind unless removed.
        if (!oldUrl.isEmpty() && oldUrl != newUrl) {
            (void)PasswordVault::deletePassword(PasswordVault::relayKey(oldUrl));
        }
        if (password.isEmpty()) {
            return QString();
        }
        const Status written = PasswordVault::writePassword(PasswordVault::relayKey(newUrl), password);
        return written ? QString() : written.error();
    }));
}

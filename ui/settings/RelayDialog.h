// Add or edit one mail server (relay): address, security, login (the password goes to the OS keychain only),
// limits, and "Test connection", which reports what the server offered without blocking the window.
#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QSslCertificate>

#include "senders/RelayStore.h"
#include "smtp/SmtpProbe.h"

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

class RelayDialog : public QDialog
{
    Q_OBJECT

public:
    // relayId 0 = a new relay.
    RelayDialog(Database database, qint64 relayId, QWidget* parent = nullptr);

    qint64 savedId() const { return m_relay.id; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QComboBox* securityBox() const { return m_security; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* trustButton() const { return m_trust; }
    QLabel* reportLabel() const { return m_report; }
    QLabel* messageLabel() const { return m_message; }
    // True while a test or a keychain write is running.
    bool isBusy() const { return m_busy; }

public slots:
    void accept() override;
    void testConnection();
    void trustCertificate();

private:
    Result<RelayConfig> configFromForm() const;
    void securityChanged();
    void startProbe(RelayConfig config);
    void showReport(const SmtpProbeReport& report);
    void storePasswordAndClose(const QString& oldUrl);
    void setBusy(bool busy);

    RelayStore m_store;
    Relay m_relay;
    QString m_trustedPem;
    QList<QSslCertificate> m_offeredChain;
    bool m_busy = false;
    QPointer<SmtpProbe> m_probe;

    QLineEdit* m_name;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLabel* m_clearWarning;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QSpinBox* m_connections;
    QDoubleSpinBox* m_rate;
    QLabel* m_trustedNote;
    QPushButton* m_test;
    QPushButton* m_trust;
    QLabel* m_report;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

// Add or edit one sender identity: the name and address mail comes from, where replies and bounces go.
#pragma once

#include <QDialog>

#include "senders/SenderIdentityStore.h"

class QLabel;
class QLineEdit;

class IdentityDialog : public QDialog
{
    Q_OBJECT

public:
    // identityId 0 = a new identity.
    IdentityDialog(Database database, qint64 identityId, QWidget* parent = nullptr);

    qint64 savedId() const { return m_identity.id; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* replyToEdit() const { return m_replyTo; }
    QLineEdit* bounceDomainEdit() const { return m_bounceDomain; }
    QLabel* messageLabel() const { return m_message; }

public slots:
    void accept() override;

private:
    SenderIdentityStore m_store;
    SenderIdentity m_identity;
    QLineEdit* m_displayName;
    QLineEdit* m_address;
    QLineEdit* m_replyTo;
    QLineEdit* m_bounceDomain;
    QLabel* m_message;
};

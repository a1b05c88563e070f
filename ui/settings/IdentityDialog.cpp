// Add or edit one sender identity.
#include "IdentityDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

IdentityDialog::IdentityDialog(Database database, qint64 identityId, QWidget* parent)
    : QDialog(parent)
    , m_store(std::move(database))
    , m_displayName(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_replyTo(new QLineEdit(this))
    , m_bounceDomain(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(identityId == 0 ? tr("Add sender") : tr("Edit sender"));
    if (const std::optional<SenderIdentity> stored = identityId == 0 ? std::nullopt : m_store.find(identityId)) {
        m_identity = *stored;
    }
    m_displayName->setText(m_identity.displayName);
    m_displayName->setPlaceholderText(tr("e.g. Tayori Shop"));
    m_address->setText(m_identity.address);
    m_address->setPlaceholderText(QStringLiteral("news@example.co.jp"));
    m_replyTo->setText(m_identity.replyTo);
    m_replyTo->setPlaceholderText(tr("Empty: replies go to the sender address"));
    m_bounceDomain->setText(m_identity.bounceDomain);
    m_bounceDomain->setPlaceholderText(tr("Empty: the sender address's domain"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Reply-to:"), m_replyTo);
    form->addRow(tr("&Bounce domain:"), m_bounceDomain);
    auto* bounceNote = new QLabel(tr("Bounces come back to bounce+…@ this domain, so each one names its recipient; "
                                     "its mail must reach the address Tayori reads bounces from."),
                                  this);
    bounceNote->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(bounceNote);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &IdentityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IdentityDialog::reject);
}

void IdentityDialog::accept()
{
    SenderIdentity identity = m_identity;
    identity.displayName = m_displayName->text();
    identity.address = m_address->text();
    identity.replyTo = m_replyTo->text();
    identity.bounceDomain = m_bounceDomain->text();
    if (identity.id == 0) {
        const Result<qint64> id = m_store.add(identity);
        if (!id) {
            m_message->setText(id.error());
            return;
        }
        identity.id = *id;
    } else {
        const Status updated = m_store.update(identity);
        if (!updated) {
            m_message->setText(updated.error());
            return;
        }
    }
    m_identity = *m_store.find(identity.id);
    QDialog::accept();
}

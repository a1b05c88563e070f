// Settings → Senders: the identities mail is sent as.
#include "IdentitiesSection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "IdentityDialog.h"
#include "MessageBox.h"

IdentitiesSection::IdentitiesSection(Database database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_store(std::move(database))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_default(new QPushButton(tr("Make &default"), this))
{
    m_list->setObjectName(QStringLiteral("identities"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_default);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* note = new QLabel(tr("The From address of your newsletters. Receivers trust it when its domain has a DKIM "
                               "key (see DKIM keys) and an SPF record that names your mail server."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(note);

    connect(m_add, &QPushButton::clicked, this, &IdentitiesSection::addIdentity);
    connect(m_edit, &QPushButton::clicked, this, &IdentitiesSection::editIdentity);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &IdentitiesSection::editIdentity);
    connect(m_remove, &QPushButton::clicked, this, &IdentitiesSection::removeIdentity);
    connect(m_default, &QPushButton::clicked, this, &IdentitiesSection::makeDefault);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_edit->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
        m_default->setEnabled(row >= 0);
    });
    reload();
}

void IdentitiesSection::reload()
{
    const qint64 selected = currentId();
    m_list->clear();
    for (const SenderIdentity& identity : m_store.list()) {
        QString text = identity.displayName.isEmpty()
                           ? identity.address
                           : identity.displayName + QStringLiteral(" <") + identity.address + QLatin1Char('>');
        if (identity.isDefault) {
            text += QLatin1Char(' ') + tr("(default)");
        }
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, identity.id);
        if (identity.id == selected) {
            m_list->setCurrentItem(item);
        }
    }
    m_edit->setEnabled(m_list->currentRow() >= 0);
    m_remove->setEnabled(m_list->currentRow() >= 0);
    m_default->setEnabled(m_list->currentRow() >= 0);
}

qint64 IdentitiesSection::currentId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void IdentitiesSection::openDialog(qint64 identityId)
{
    auto* dialog = new IdentityDialog(m_database, identityId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &IdentitiesSection::reload);
    m_dialog = dialog;
    dialog->open();
}

void IdentitiesSection::addIdentity()
{
    openDialog(0);
}

void IdentitiesSection::editIdentity()
{
    if (currentId() != 0) {
        openDialog(currentId());
    }
}

void IdentitiesSection::removeIdentity()
{
    const std::optional<SenderIdentity> identity = m_store.find(currentId());
    if (!identity) {
        return;
    }
    if (MessageBox::question(this,
                             tr("Remove sender"),
                             tr("Remove the sender %1?").arg(identity->address),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    const Status removed = m_store.remove(identity->id);
    if (!removed) {
        MessageBox::warning(this, tr("Remove sender"), removed.error());
    }
    reload();
}

void IdentitiesSection::makeDefault()
{
    const Status done = m_store.makeDefault(currentId());
    if (!done) {
        MessageBox::warning(this, tr("Default sender"), done.error());
    }
    reload();
}

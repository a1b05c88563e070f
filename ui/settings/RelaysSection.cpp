// Settings → Mail servers: the relay list and where mail goes without one.
#include "RelaysSection.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "MessageBox.h"
#include "RelayDialog.h"
#include "senders/PasswordVault.h"

RelaysSection::RelaysSection(Database database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_store(std::move(database))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_default(new QPushButton(tr("Make &default"), this))
    , m_outboxNote(new QLabel(this))
    , m_openOutbox(new QPushButton(tr("Open outbox folder"), this))
{
    m_list->setObjectName(QStringLiteral("relays"));
    m_outboxNote->setWordWrap(true);
    m_outboxNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_default);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* outboxRow = new QHBoxLayout;
    outboxRow->addWidget(m_outboxNote, 1);
    outboxRow->addWidget(m_openOutbox);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addLayout(outboxRow);

    connect(m_add, &QPushButton::clicked, this, &RelaysSection::addRelay);
    connect(m_edit, &QPushButton::clicked, this, &RelaysSection::editRelay);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &RelaysSection::editRelay);
    connect(m_remove, &QPushButton::clicked, this, &RelaysSection::removeRelay);
    connect(m_default, &QPushButton::clicked, this, &RelaysSection::makeDefault);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_edit->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
        m_default->setEnabled(row >= 0);
    });
    connect(m_openOutbox, &QPushButton::clicked, this, [] {
        const QString folder = RelayStore::defaultOutboxPath();
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    reload();
}

void RelaysSection::reload()
{
    const qint64 selected = currentId();
    m_list->clear();
    const QList<Relay> relays = m_store.list();
    for (const Relay& relay : relays) {
        const Result<RelayConfig> config = relay.config();
        QString text = relay.name + QStringLiteral(" — ") + (config ? config->displayName() : relay.url);
        if (relay.isDefault) {
            text += QLatin1Char(' ') + tr("(default)");
        }
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, relay.id);
        if (relay.id == selected) {
            m_list->setCurrentItem(item);
        }
    }
    const bool none = relays.isEmpty();
    m_outboxNote->setVisible(none);
    m_openOutbox->setVisible(none);
    m_outboxNote->setText(tr("No mail server configured: messages are written to the outbox folder %1 and nothing "
                             "leaves this computer.")
                              .arg(QDir::toNativeSeparators(RelayStore::defaultOutboxPath())));
    m_edit->setEnabled(m_list->currentRow() >= 0);
    m_remove->setEnabled(m_list->currentRow() >= 0);
    m_default->setEnabled(m_list->currentRow() >= 0);
}

qint64 RelaysSection::currentId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void RelaysSection::openDialog(qint64 relayId)
{
    auto* dialog = new RelayDialog(m_database, relayId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &RelaysSection::reload);
    m_dialog = dialog;
    dialog->open();
}

void RelaysSection::addRelay()
{
    openDialog(0);
}

void RelaysSection::editRelay()
{
    if (currentId() != 0) {
        openDialog(currentId());
    }
}

void RelaysSection::removeRelay()
{
    const std::optional<Relay> relay = m_store.find(currentId());
    if (!relay) {
        return;
    }
    if (MessageBox::question(this,
                             tr("Remove mail server"),
                             tr("Remove the mail server \"%1\" and its stored password?").arg(relay->name),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    const Status removed = m_store.remove(relay->id);
    if (!removed) {
        MessageBox::warning(this, tr("Remove mail server"), removed.error());
        return;
    }
    // Best effort, off this thread: no keychain means there was no password to remove either.
    const QString key = PasswordVault::relayKey(relay->url);
    (void)QtConcurrent::run([key] { (void)PasswordVault::deletePassword(key); });
    reload();
}

void RelaysSection::makeDefault()
{
    const Status done = m_store.makeDefault(currentId());
    if (!done) {
        MessageBox::warning(this, tr("Default mail server"), done.error());
    }
    reload();
}

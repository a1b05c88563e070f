// Settings → DKIM keys: the list, generate/import, and what to publish in DNS.
#include "DkimKeysSection.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "DkimKeyDialog.h"
#include "MessageBox.h"

DkimKeysSection::DkimKeysSection(DkimKeyStore store, QWidget* parent)
    : QWidget(parent)
    , m_store(std::move(store))
    , m_list(new QTreeWidget(this))
    , m_generate(new QPushButton(tr("&Generate…"), this))
    , m_import(new QPushButton(tr("&Import PEM…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_dnsName(new QLabel(this))
    , m_txt(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    m_list->setObjectName(QStringLiteral("dkimKeys"));
    m_list->setHeaderLabels({tr("Domain"), tr("Selector"), tr("Type")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_dnsName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_txt->setReadOnly(true);
    m_txt->setMaximumHeight(90);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_generate);
    buttons->addWidget(m_import);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* details = new QFormLayout;
    details->addRow(tr("DNS name (TXT):"), m_dnsName);
    auto* txtRow = new QHBoxLayout;
    txtRow->addWidget(m_txt, 1);
    txtRow->addWidget(m_copy, 0, Qt::AlignTop);
    details->addRow(tr("Record:"), txtRow);
    auto* note = new QLabel(tr("Publish this TXT record at your DNS provider before sending with the key; receivers "
                               "look it up to check the signature."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addLayout(details);
    layout->addWidget(note);

    connect(m_generate, &QPushButton::clicked, this, &DkimKeysSection::generateKey);
    connect(m_import, &QPushButton::clicked, this, &DkimKeysSection::importKey);
    connect(m_remove, &QPushButton::clicked, this, &DkimKeysSection::removeKey);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DkimKeysSection::showDetails);
    connect(
        m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_txt->toPlainText()); });
    reload();
}

void DkimKeysSection::reload()
{
    const qint64 selected = currentId();
    m_list->clear();
    for (const DkimKeyRecord& key : m_store.list()) {
        auto* item = new QTreeWidgetItem(
            m_list,
            {key.domain,
             key.selector,
             key.algorithm == DkimKey::Algorithm::Ed25519 ? QStringLiteral("Ed25519") : QStringLiteral("RSA")});
        item->setData(0, Qt::UserRole, key.id);
        if (key.id == selected) {
            m_list->setCurrentItem(item);
        }
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    showDetails();
}

qint64 DkimKeysSection::currentId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void DkimKeysSection::showDetails()
{
    const std::optional<DkimKeyRecord> key = m_store.find(currentId());
    m_dnsName->setText(key ? key->dnsName() : QString());
    m_txt->setPlainText(key ? key->publicTxt : QString());
    m_copy->setEnabled(key.has_value());
    m_remove->setEnabled(key.has_value());
}

void DkimKeysSection::openDialog(const QString& pemPath)
{
    auto* dialog = new DkimKeyDialog(m_store, pemPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == dialog->savedId()) {
                m_list->setCurrentItem(m_list->topLevelItem(i));
            }
        }
    });
    m_dialog = dialog;
    dialog->open();
}

void DkimKeysSection::generateKey()
{
    openDialog({});
}

void DkimKeysSection::importKey()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import DKIM private key"), QString(), tr("PEM private keys (*.pem *.key);;All files (*)"));
    if (!path.isEmpty()) {
        openDialog(path);
    }
}

void DkimKeysSection::removeKey()
{
    const std::optional<DkimKeyRecord> key = m_store.find(currentId());
    if (!key) {
        return;
    }
    if (MessageBox::question(this,
                             tr("Remove DKIM key"),
                             tr("Remove the key %1 and delete its private key file? Mail signed with it stays valid "
                                "only while its TXT record stays in DNS.")
                                 .arg(key->dnsName()),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    const Status removed = m_store.remove(key->id);
    if (!removed) {
        MessageBox::warning(this, tr("Remove DKIM key"), removed.error());
    }
    reload();
}

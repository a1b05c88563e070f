// CampaignsPage: the campaign list and its actions; the work is CampaignStore's and the Scheduler's.
#include "campaigns/CampaignsPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "MessageBox.h"
#include "automation/Scheduler.h"
#include "automation/SequencesPage.h"
#include "campaigns/CampaignStore.h"
#include "campaigns/CampaignWizard.h"
#include "campaigns/SendingView.h"

namespace {
constexpr int CampaignIdRole = Qt::UserRole + 1;
constexpr int StateRole = Qt::UserRole + 2;

bool isEditable(CampaignState state)
{
    return state == CampaignState::Draft || state == CampaignState::Scheduled;
}
} // namespace

CampaignsPage::CampaignsPage(Database database, Scheduler* scheduler, QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_scheduler(scheduler)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    outer->addWidget(m_tabs);

    auto* campaigns = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(campaigns);
    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New campaign…"), campaigns);
    m_edit = new QPushButton(tr("&Edit…"), campaigns);
    m_duplicate = new QPushButton(tr("D&uplicate"), campaigns);
    m_delete = new QPushButton(tr("&Delete"), campaigns);
    m_open = new QPushButton(tr("&Open"), campaigns);
    m_open->setToolTip(tr("Shows the sending progress, the per-recipient log and the report."));
    for (QPushButton* button : {m_new, m_edit, m_duplicate, m_delete, m_open}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_table = new QTableWidget(0, ColumnCount, campaigns);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("State"), tr("Audience"), tr("Scheduled / sent"), tr("Sent"), tr("Failed")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AudienceColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_tabs->addTab(campaigns, tr("Campaigns"));

    // Step mail lives beside the campaigns: the sequences and their editor.
    m_sequences = new SequencesPage(m_database, m_tabs);
    m_tabs->addTab(m_sequences, tr("Step mail"));

    connect(m_new, &QPushButton::clicked, this, &CampaignsPage::newCampaign);
    connect(m_edit, &QPushButton::clicked, this, &CampaignsPage::editSelected);
    connect(m_duplicate, &QPushButton::clicked, this, &CampaignsPage::duplicateSelected);
    connect(m_delete, &QPushButton::clicked, this, &CampaignsPage::deleteSelected);
    connect(m_open, &QPushButton::clicked, this, &CampaignsPage::openSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CampaignsPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        const CampaignState state = CampaignState(m_table->item(m_table->currentRow(), 0)->data(StateRole).toInt());
        if (isEditable(state)) {
            editSelected();
        } else {
            openSelected();
        }
    });
    if (m_scheduler) {
        connect(m_scheduler, &Scheduler::campaignStarted, this, &CampaignsPage::reload);
        connect(m_scheduler, &Scheduler::campaignFinished, this, &CampaignsPage::reload);
        connect(m_scheduler, &Scheduler::runFailed, this, &CampaignsPage::reload);
    }
    reload();
}

qint64 CampaignsPage::selectedCampaign() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : m_table->item(selected.first()->row(), 0)->data(CampaignIdRole).toLongLong();
}

bool CampaignsPage::selectCampaign(qint64 campaignId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(CampaignIdRole).toLongLong() == campaignId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void CampaignsPage::reload()
{
    const qint64 selected = selectedCampaign();
    CampaignStore store(m_database);
    const QList<Campaign> campaigns = store.list();
    const QLocale locale;
    m_table->setRowCount(int(campaigns.size()));
    for (int row = 0; row < campaigns.size(); ++row) {
        const Campaign& campaign = campaigns.at(row);
        const DeliveryCounts counts = store.counts(campaign.id);
        // The time that matters in each state: when it will go, else when it went.
        QDateTime when = campaign.state == CampaignState::Scheduled ? campaign.scheduledAt : campaign.startedAt;
        if (campaign.finishedAt.isValid()) {
            when = campaign.finishedAt;
        }
        const QStringList cells = {
            campaign.name,
            CampaignStateText::displayName(campaign.state),
            campaign.audience.isEmpty() ? tr("Everyone who may be mailed") : campaign.audience,
            when.isValid() ? locale.toString(when.toLocalTime(), QLocale::ShortFormat) : QString(),
            counts.total() ? locale.toString(counts.sent) : QString(),
            counts.total() ? locale.toString(counts.failed + counts.bounced) : QString(),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column >= SentColumn) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_table->setItem(row, column, item);
        }
        m_table->item(row, 0)->setData(CampaignIdRole, campaign.id);
        m_table->item(row, 0)->setData(StateRole, int(campaign.state));
        if (!campaign.lastError.isEmpty()) {
            m_table->item(row, StateColumn)->setToolTip(campaign.lastError);
        }
    }
    if (selected) {
        selectCampaign(selected);
    }
    updateButtons();
}

void CampaignsPage::updateButtons()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    const bool any = !selected.isEmpty();
    const CampaignState state = any ? CampaignState(m_table->item(selected.first()->row(), 0)->data(StateRole).toInt())
                                    : CampaignState::Draft;
    m_edit->setEnabled(any && isEditable(state));
    m_duplicate->setEnabled(any);
    m_delete->setEnabled(any && state == CampaignState::Draft);
    m_open->setEnabled(any && !isEditable(state));
}

void CampaignsPage::openWizard(qint64 campaignId)
{
    if (m_wizard) {
        m_wizard->close();
    }
    m_wizard = new CampaignWizard(m_database, m_scheduler, campaignId, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowFlag(Qt::Window);
    connect(m_wizard, &CampaignWizard::campaignSaved, this, [this](qint64 id) {
        reload();
        selectCampaign(id);
    });
    connect(m_wizard, &CampaignWizard::sendingStarted, this, &CampaignsPage::openSendingView);
    m_wizard->show();
}

void CampaignsPage::newCampaign()
{
    openWizard(0);
}

void CampaignsPage::editSelected()
{
    if (const qint64 id = selectedCampaign()) {
        openWizard(id);
    }
}

void CampaignsPage::duplicateSelected()
{
    const qint64 id = selectedCampaign();
    if (!id) {
        return;
    }
    const Result<qint64> copy = CampaignStore(m_database).duplicate(id);
    if (!copy) {
        MessageBox::warning(this, tr("Duplicate campaign"), copy.error());
        return;
    }
    reload();
    selectCampaign(*copy);
}

void CampaignsPage::deleteSelected()
{
    const qint64 id = selectedCampaign();
    if (!id) {
        return;
    }
    const QString name = m_table->item(m_table->currentRow(), NameColumn)->text();
    if (MessageBox::question(this,
                             tr("Delete campaign"),
                             tr("Delete the draft “%1”? This cannot be undone.").arg(name),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    const Status removed = CampaignStore(m_database).remove(id);
    if (!removed) {
        MessageBox::warning(this, tr("Delete campaign"), removed.error());
    }
    reload();
}

void CampaignsPage::openSelected()
{
    if (const qint64 id = selectedCampaign()) {
        openSendingView(id);
    }
}

SendingView* CampaignsPage::openSendingView(qint64 campaignId)
{
    if (SendingView* view = m_views.value(campaignId)) {
        view->refresh();
        view->raise();
        view->activateWindow();
        return view;
    }
    auto* view = new SendingView(m_database, m_scheduler, campaignId, this);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->resize(900, 700);
    m_views.insert(campaignId, view);
    view->show();
    return view;
}

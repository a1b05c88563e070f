// ReportsPage: finished campaigns on the left, the chosen one's report on the right.
#include "campaigns/ReportsPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>

#include "automation/Scheduler.h"
#include "campaigns/CampaignStore.h"
#include "campaigns/SendingView.h"

ReportsPage::ReportsPage(Database database, Scheduler* scheduler, QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_scheduler(scheduler)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(this);
    m_list = new QListWidget(splitter);
    m_area = new QStackedWidget(splitter);
    auto* empty = new QLabel(tr("Reports appear here once campaigns have been sent: who received them, what each "
                                "server replied, and delivery over time."),
                             m_area);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_area->addWidget(empty);
    splitter->addWidget(m_list);
    splitter->addWidget(m_area);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item) {
            showCampaign(item->data(Qt::UserRole).toLongLong());
        }
    });
    if (m_scheduler) {
        connect(m_scheduler, &Scheduler::campaignFinished, this, &ReportsPage::reload);
    }
    reload();
}

void ReportsPage::reload()
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QLocale locale;
    for (const Campaign& campaign : CampaignStore(m_database).list()) {
        if (!campaign.startedAt.isValid()) {
            continue; // never sent: nothing to report
        }
        const QDateTime when = campaign.finishedAt.isValid() ? campaign.finishedAt : campaign.startedAt;
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2 · %3")
                                             .arg(campaign.name,
                                                  CampaignStateText::displayName(campaign.state),
                                                  locale.toString(when.toLocalTime(), QLocale::ShortFormat)),
                                         m_list);
        item->setData(Qt::UserRole, campaign.id);
        if (campaign.id == current) {
            m_list->setCurrentItem(item);
        }
    }
    if (m_report && current) {
        m_report->refresh();
    }
}

void ReportsPage::showCampaign(qint64 campaignId)
{
    if (m_report) {
        m_area->removeWidget(m_report);
        m_report->deleteLater();
    }
    m_report = new SendingView(m_database, m_scheduler, campaignId, m_area);
    m_area->addWidget(m_report);
    m_area->setCurrentWidget(m_report);
}

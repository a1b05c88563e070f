// SendingView: live counts from Scheduler::campaignProgress, the rest from CampaignStore.
#include "campaigns/SendingView.h"

#include <cmath>
#include <limits>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "MessageBox.h"
#include "automation/Scheduler.h"
#include "campaigns/CampaignStore.h"
#include "campaigns/DeliveryChart.h"
#include "campaigns/DeliveryLogModel.h"

SendingView::SendingView(Database database, Scheduler* scheduler, qint64 campaignId, QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_scheduler(scheduler)
    , m_campaignId(campaignId)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("counts"));
    layout->addWidget(m_countsLabel);
    m_progress = new QProgressBar(this);
    layout->addWidget(m_progress);
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("rate"));
    layout->addWidget(m_rate);

    auto* buttons = new QHBoxLayout;
    m_pause = new QPushButton(tr("Pause"), this);
    m_resume = new QPushButton(tr("Resume"), this);
    m_cancel = new QPushButton(tr("Cancel sending…"), this);
    m_retryFailed = new QPushButton(tr("Retry failed"), this);
    m_retryFailed->setToolTip(tr("Sends again to the recipients whose server refused the message (not to bounced "
                                 "addresses)."));
    m_sendRest = new QPushButton(tr("Send to the rest"), this);
    m_sendRest->setToolTip(tr("Sends this cancelled campaign to the recipients it had not reached yet."));
    for (QPushButton* button : {m_pause, m_resume, m_cancel, m_retryFailed, m_sendRest}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_pause, &QPushButton::clicked, this, &SendingView::pause);
    connect(m_resume, &QPushButton::clicked, this, &SendingView::resume);
    connect(m_cancel, &QPushButton::clicked, this, &SendingView::cancel);
    connect(m_retryFailed, &QPushButton::clicked, this, &SendingView::retryFailed);
    connect(m_sendRest, &QPushButton::clicked, this, &SendingView::sendToTheRest);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search addresses and server replies"));
    m_search->setClearButtonEnabled(true);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->addItem(tr("All states"), QString());
    for (const char* state : {"queued", "sent", "deferred", "failed", "bounced", "skipped"}) {
        const QString key = QString::fromLatin1(state);
        m_stateFilter->addItem(DeliveryLogModel::stateName(key), key);
    }
    filters->addWidget(m_search, 1);
    filters->addWidget(m_stateFilter);
    layout->addLayout(filters);
    connect(m_search, &QLineEdit::textChanged, this, &SendingView::applyFilter);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &SendingView::applyFilter);

    m_log = new DeliveryLogModel(m_database, this);
    m_logView = new QTableView(this);
    m_logView->setModel(m_log);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->verticalHeader()->hide();
    m_logView->horizontalHeader()->setSectionResizeMode(DeliveryLogModel::ReplyColumn, QHeaderView::Stretch);
    m_logView->horizontalHeader()->setSectionResizeMode(DeliveryLogModel::EmailColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_logView, 2);

    m_chart = new DeliveryChart(m_database, this);
    layout->addWidget(m_chart, 1);

    // While sending, the log follows the progress at a calm pace (a reset every 250 ms would fight the user's
    // scrolling); the counts follow every progress signal.
    m_logTimer = new QTimer(this);
    m_logTimer->setSingleShot(true);
    m_logTimer->setInterval(1500);
    connect(m_logTimer, &QTimer::timeout, m_log, &DeliveryLogModel::reload);

    if (m_scheduler) {
        connect(m_scheduler,
                &Scheduler::campaignProgress,
                this,
                [this](qint64 id, const DeliveryCounts& counts, double messagesPerSecond) {
                    if (id == m_campaignId) {
                        showCounts(counts, messagesPerSecond);
                        if (!m_logTimer->isActive()) {
                            m_logTimer->start();
                        }
                    }
                });
        connect(m_scheduler, &Scheduler::campaignStarted, this, [this](qint64 id) {
            if (id == m_campaignId) {
                refresh();
            }
        });
        connect(
            m_scheduler, &Scheduler::campaignFinished, this, [this](qint64 id, CampaignState, const QString& error) {
                if (id == m_campaignId) {
                    m_logTimer->stop();
                    refresh();
                    if (!error.isEmpty()) {
                        m_state->setText(m_state->text() + QLatin1Char('\n') + error);
                    }
                }
            });
    }
    m_log->setCampaign(m_campaignId);
    refresh();
}

void SendingView::refresh()
{
    const std::optional<Campaign> campaign = CampaignStore(m_database).find(m_campaignId);
    if (!campaign) {
        m_title->setText(tr("This campaign no longer exists."));
        return;
    }
    m_title->setText(campaign->name);
    setWindowTitle(tr("%1 — Sending").arg(campaign->name));
    QString state = CampaignStateText::displayName(campaign->state);
    if (campaign->state == CampaignState::Scheduled && campaign->scheduledAt.isValid()) {
        state
            = tr("Scheduled for %1").arg(QLocale().toString(campaign->scheduledAt.toLocalTime(), QLocale::LongFormat));
    }
    if (campaign->finishedAt.isValid()) {
        state += QStringLiteral(" · ")
                 % tr("finished %1").arg(QLocale().toString(campaign->finishedAt.toLocalTime(), QLocale::ShortFormat));
    }
    if (!campaign->lastError.isEmpty()) {
        state += QLatin1Char('\n') + campaign->lastError;
    }
    m_state->setText(state);
    const bool sending = m_scheduler && m_scheduler->isSending(m_campaignId);
    showCounts(m_scheduler ? m_scheduler->counts(m_campaignId) : CampaignStore(m_database).counts(m_campaignId),
               sending ? m_scheduler->rate(m_campaignId) : 0.0);
    m_log->reload();
    const bool finished = !sending && campaign->startedAt.isValid();
    m_chart->setVisible(finished);
    if (finished) {
        m_chart->setCampaign(m_campaignId);
    }
    updateButtons();
}

void SendingView::showCounts(const DeliveryCounts& counts, double messagesPerSecond)
{
    m_counts = counts;
    const QLocale locale;
    m_countsLabel->setText(tr("Sent %1 · Deferred %2 · Failed %3 · Skipped %4 · Queued %5")
                               .arg(locale.toString(counts.sent),
                                    locale.toString(counts.deferred),
                                    locale.toString(counts.failed + counts.bounced),
                                    locale.toString(counts.skipped),
                                    locale.toString(counts.queued + counts.sending)));
    // Progress counts every recipient who reached a final state; skipped ones never go out but are settled.
    const qint64 total = counts.total();
    const qint64 settled = total - counts.pending();
    m_progress->setRange(0, int(std::min<qint64>(total, std::numeric_limits<int>::max())));
    m_progress->setValue(int(std::min<qint64>(settled, std::numeric_limits<int>::max())));
    if (messagesPerSecond > 0 && counts.pending() > 0) {
        const qint64 seconds = qint64(std::ceil(double(counts.pending()) / messagesPerSecond));
        const QString eta = seconds < 60     ? tr("%n second(s)", nullptr, int(seconds))
                            : seconds < 3600 ? tr("%n minute(s)", nullptr, int((seconds + 59) / 60))
                                             : tr("%n hour(s)", nullptr, int((seconds + 3599) / 3600));
        m_rate->setText(
            tr("%1 messages per second · about %2 left").arg(locale.toString(messagesPerSecond, 'f', 1), eta));
    } else {
        m_rate->clear();
    }
    updateButtons();
}

void SendingView::updateButtons()
{
    const std::optional<Campaign> campaign = CampaignStore(m_database).find(m_campaignId);
    const CampaignState state = campaign ? campaign->state : CampaignState::Draft;
    const bool sending = m_scheduler && m_scheduler->isSending(m_campaignId);
    m_pause->setEnabled(sending);
    m_resume->setEnabled(!sending && CampaignStateText::isResumable(state));
    m_cancel->setEnabled(sending || CampaignStateText::isResumable(state));
    m_retryFailed->setEnabled(!sending && m_counts.failed > 0
                              && (state == CampaignState::Done || state == CampaignState::Paused
                                  || state == CampaignState::Waiting || state == CampaignState::Cancelled));
    m_sendRest->setEnabled(!sending && state == CampaignState::Cancelled && m_counts.pending() > 0);
}

void SendingView::applyFilter()
{
    m_log->setFilter(m_search->text().trimmed(), m_stateFilter->currentData().toString());
}

void SendingView::showError(const QString& text)
{
    MessageBox::warning(this, tr("Sending"), text);
    refresh();
}

void SendingView::pause()
{
    if (m_scheduler) {
        m_scheduler->pause(m_campaignId);
    }
    m_pause->setEnabled(false);
}

void SendingView::resume()
{
    const Status resumed
        = m_scheduler ? m_scheduler->resume(m_campaignId) : Status::failure(tr("Nothing can send now."));
    if (!resumed) {
        showError(tr("The campaign could not continue: %1").arg(resumed.error()));
        return;
    }
    refresh();
}

void SendingView::cancel()
{
    if (MessageBox::question(this,
                             tr("Cancel sending"),
                             tr("Stop sending this campaign? Recipients not reached yet get nothing; you can still "
                                "send to them later with \"Send to the rest\"."),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    if (m_scheduler && m_scheduler->isSending(m_campaignId)) {
        m_scheduler->cancel(m_campaignId); // the finished signal refreshes
        return;
    }
    const Status cancelled = CampaignStore(m_database).markFinished(m_campaignId, CampaignState::Cancelled);
    if (!cancelled) {
        showError(cancelled.error());
        return;
    }
    refresh();
}

void SendingView::retryFailed()
{
    const Result<int> retried = CampaignStore(m_database).retryFailed(m_campaignId);
    if (!retried) {
        showError(retried.error());
        return;
    }
    resume();
}

void SendingView::sendToTheRest()
{
    const Status reopened = CampaignStore(m_database).reopen(m_campaignId);
    if (!reopened) {
        showError(reopened.error());
        return;
    }
    resume();
}

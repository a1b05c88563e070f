// DeliveryChart: a line per final state over the campaign's run.
#include "campaigns/DeliveryChart.h"

#include <algorithm>

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include "campaigns/CampaignStore.h"

DeliveryChart::DeliveryChart(Database database, QWidget* parent)
    : QChartView(parent)
    , m_database(std::move(database))
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
}

int DeliveryChart::bucketFor(qint64 durationSeconds)
{
    static constexpr int steps[] = {10, 30, 60, 5 * 60, 15 * 60, 60 * 60, 3 * 3600, 6 * 3600, 24 * 3600};
    const qint64 wanted = std::max<qint64>(1, durationSeconds / 30);
    for (int step : steps) {
        if (step >= wanted) {
            return step;
        }
    }
    return steps[std::size(steps) - 1];
}

void DeliveryChart::setCampaign(qint64 campaignId)
{
    CampaignStore store(m_database);
    const std::optional<Campaign> campaign = store.find(campaignId);
    qint64 duration = 0;
    if (campaign && campaign->startedAt.isValid()) {
        const QDateTime end = campaign->finishedAt.isValid() ? campaign->finishedAt : QDateTime::currentDateTimeUtc();
        duration = campaign->startedAt.secsTo(end);
    }
    m_bucketSeconds = bucketFor(duration);
    const QList<CampaignStore::TimelinePoint> points = store.timeline(campaignId, m_bucketSeconds);

    QChart* chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_sent = new QLineSeries;
    m_sent->setName(tr("Sent"));
    m_failed = new QLineSeries;
    m_failed->setName(tr("Failed"));
    m_deferred = new QLineSeries;
    m_deferred->setName(tr("Deferred"));
    qint64 highest = 0;
    // Each line starts and ends at zero a bucket outside the run, so a run that fits one bucket still shows a peak
    // rather than a single invisible point.
    const auto appendZero = [this](const QDateTime& at) {
        for (QLineSeries* series : {m_sent, m_failed, m_deferred}) {
            series->append(qreal(at.toMSecsSinceEpoch()), 0);
        }
    };
    if (!points.isEmpty()) {
        appendZero(points.first().at.addSecs(-m_bucketSeconds));
    }
    for (const CampaignStore::TimelinePoint& point : points) {
        const qreal x = qreal(point.at.toMSecsSinceEpoch());
        m_sent->append(x, qreal(point.sent));
        m_failed->append(x, qreal(point.failed));
        m_deferred->append(x, qreal(point.deferred));
        highest = std::max({highest, point.sent, point.failed, point.deferred});
    }
    if (!points.isEmpty()) {
        appendZero(points.last().at.addSecs(m_bucketSeconds));
    }
    for (QLineSeries* series : {m_sent, m_failed, m_deferred}) {
        chart->addSeries(series);
    }
    chart->setTitle(points.isEmpty()
                        ? tr("Nothing delivered yet.")
                        : tr("Messages per %1")
                              .arg(m_bucketSeconds < 60     ? tr("%n second(s)", nullptr, m_bucketSeconds)
                                   : m_bucketSeconds < 3600 ? tr("%n minute(s)", nullptr, m_bucketSeconds / 60)
                                                            : tr("%n hour(s)", nullptr, m_bucketSeconds / 3600)));

    // QDateTimeAxis shows the points in local time (the timeline's buckets are UTC instants).
    auto* timeAxis = new QDateTimeAxis;
    // Labels as fine as the buckets: seconds for a run of minutes, days for a run of weeks.
    timeAxis->setFormat(m_bucketSeconds >= 24 * 3600 ? QStringLiteral("MM-dd")
                        : m_bucketSeconds >= 3600    ? QStringLiteral("MM-dd HH:mm")
                        : m_bucketSeconds >= 60      ? QStringLiteral("HH:mm")
                                                     : QStringLiteral("HH:mm:ss"));
    timeAxis->setTitleText(tr("Time"));
    if (!points.isEmpty()) {
        timeAxis->setRange(points.first().at.addSecs(-m_bucketSeconds).toLocalTime(),
                           points.last().at.addSecs(m_bucketSeconds).toLocalTime());
    }
    auto* countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%d"));
    // Whole numbers of messages: ticks at integers when the peak is small.
    const qint64 top = std::max<qint64>(highest, 1);
    countAxis->setRange(0, qreal(top));
    countAxis->setTickCount(int(std::min<qint64>(top, 4)) + 1);
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(countAxis, Qt::AlignLeft);
    for (QLineSeries* series : {m_sent, m_failed, m_deferred}) {
        series->attachAxis(timeAxis);
        series->attachAxis(countAxis);
    }
}

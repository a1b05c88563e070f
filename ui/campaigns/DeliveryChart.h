// DeliveryChart: the report's chart of delivery over time — messages sent, failed and deferred per time bucket
// (CampaignStore::timeline), the bucket sized from how long the campaign ran, times in local time.
#pragma once

#include <QChartView>

#include "storage/Database.h"

class QLineSeries;

class DeliveryChart : public QChartView
{
    Q_OBJECT

public:
    explicit DeliveryChart(Database database, QWidget* parent = nullptr);

    // Loads the campaign's timeline (nothing to show: an empty chart saying so).
    void setCampaign(qint64 campaignId);
    int bucketSeconds() const { return m_bucketSeconds; }
    QLineSeries* sentSeries() const { return m_sent; }
    QLineSeries* failedSeries() const { return m_failed; }
    QLineSeries* deferredSeries() const { return m_deferred; }

    // About 30 buckets over `durationSeconds`, rounded up to a step a person reads easily (10 s, 1 min, 1 h …).
    static int bucketFor(qint64 durationSeconds);

private:
    Database m_database;
    int m_bucketSeconds = 60;
    QLineSeries* m_sent = nullptr;
    QLineSeries* m_failed = nullptr;
    QLineSeries* m_deferred = nullptr;
};

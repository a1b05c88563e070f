// SendingView: one campaign while it sends and afterwards — counts, progress, rate and time left, Pause / Resume /
// Cancel through the Scheduler, the searchable per-recipient log with the servers' replies, "Retry failed",
// "Send to the rest", and once it has finished the report chart of delivery over time.
#pragma once

#include <QWidget>

#include "campaigns/DeliveryCounts.h"
#include "storage/Database.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class DeliveryChart;
class DeliveryLogModel;
class Scheduler;

class SendingView : public QWidget
{
    Q_OBJECT

public:
    SendingView(Database database, Scheduler* scheduler, qint64 campaignId, QWidget* parent = nullptr);

    qint64 campaignId() const { return m_campaignId; }
    DeliveryCounts shownCounts() const { return m_counts; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* stateLabel() const { return m_state; }
    QLabel* rateLabel() const { return m_rate; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* resumeButton() const { return m_resume; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* retryFailedButton() const { return m_retryFailed; }
    QPushButton* sendRestButton() const { return m_sendRest; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* stateFilter() const { return m_stateFilter; }
    QTableView* logView() const { return m_logView; }
    DeliveryLogModel* logModel() const { return m_log; }
    DeliveryChart* chart() const { return m_chart; }

public slots:
    // Everything again from the database and the scheduler.
    void refresh();
    void pause();
    void resume();
    void cancel();
    void retryFailed();
    void sendToTheRest();

private:
    void showCounts(const DeliveryCounts& counts, double messagesPerSecond);
    void updateButtons();
    void applyFilter();
    void showError(const QString& text);

    Database m_database;
    Scheduler* m_scheduler;
    qint64 m_campaignId;
    DeliveryCounts m_counts;

    QLabel* m_title = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_countsLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_rate = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_retryFailed = nullptr;
    QPushButton* m_sendRest = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QTableView* m_logView = nullptr;
    DeliveryLogModel* m_log = nullptr;
    DeliveryChart* m_chart = nullptr;
    QTimer* m_logTimer = nullptr;
};

// ReportsPage: the main window's Reports section — campaigns that have been sent, and for the one chosen its report:
// counts, the per-recipient log with the servers' replies and the chart of delivery over time (a SendingView).
#pragma once

#include <QWidget>

#include "storage/Database.h"

class QListWidget;
class QStackedWidget;
class Scheduler;
class SendingView;

class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(Database database, Scheduler* scheduler, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    SendingView* report() const { return m_report; }

public slots:
    void reload();
    void showCampaign(qint64 campaignId);

private:
    Database m_database;
    Scheduler* m_scheduler;
    QListWidget* m_list = nullptr;
    QStackedWidget* m_area = nullptr;
    SendingView* m_report = nullptr;
};

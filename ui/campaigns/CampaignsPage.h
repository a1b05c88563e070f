// CampaignsPage: the main window's Campaigns section — the list of campaigns (state, audience, when, sent and
// failed counts) with New / Edit / Duplicate / Delete / Open, and the step-mail sequences beside it.
#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

#include "campaigns/CampaignWizard.h"
#include "campaigns/SendingView.h"
#include "storage/Database.h"

class QPushButton;
class QTableWidget;
class QTabWidget;
class Scheduler;
class SequencesPage;

class CampaignsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, AudienceColumn, WhenColumn, SentColumn, FailedColumn, ColumnCount };

    CampaignsPage(Database database, Scheduler* scheduler, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QTabWidget* tabs() const { return m_tabs; }
    SequencesPage* sequencesPage() const { return m_sequences; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* duplicateButton() const { return m_duplicate; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* openButton() const { return m_open; }
    // The wizard last opened (modeless), for tests.
    CampaignWizard* wizard() const { return m_wizard; }
    // The open sending view of a campaign, if any.
    SendingView* sendingView(qint64 campaignId) const { return m_views.value(campaignId); }

    qint64 selectedCampaign() const;
    bool selectCampaign(qint64 campaignId);

public slots:
    void reload();
    void newCampaign();
    void editSelected();
    void duplicateSelected();
    void deleteSelected();
    void openSelected();
    // Opens (or raises) the campaign's sending view in its own window.
    SendingView* openSendingView(qint64 campaignId);

private:
    void openWizard(qint64 campaignId);
    void updateButtons();

    Database m_database;
    Scheduler* m_scheduler;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_table = nullptr;
    SequencesPage* m_sequences = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_open = nullptr;
    QPointer<CampaignWizard> m_wizard;
    QHash<qint64, QPointer<SendingView>> m_views;
};

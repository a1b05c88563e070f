// The main window: a sidebar of sections (Contacts, Templates, Campaigns, Reports, Settings) and CSV drop anywhere.
#pragma once

#include <QMainWindow>

#include "campaigns/Campaign.h"
#include "storage/Database.h"

class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class CampaignsPage;
class ContactsPage;
class ReportsPage;
class Scheduler;
class ImportWizard;
class SettingsPage;
class TemplatesPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Section { ContactsSection, TemplatesSection, CampaignsSection, ReportsSection, SettingsSection };

    explicit MainWindow(Database database, QWidget* parent = nullptr);
    ~MainWindow() override;

    ContactsPage* contactsPage() const { return m_contacts; }
    QListWidget* sidebar() const { return m_sidebar; }
    SettingsPage* settingsPage() const { return m_settings; }
    TemplatesPage* templatesPage() const { return m_templates; }
    CampaignsPage* campaignsPage() const { return m_campaigns; }
    ReportsPage* reportsPage() const { return m_reports; }
    // The app's one due-job runner: scheduled campaigns and step mail while the window is open.
    Scheduler* scheduler() const { return m_scheduler; }
    // The last "sending finished" notification, for tests.
    QString lastNotification() const { return m_lastNotification; }
    // The wizard last opened (by a drop or Import…), for tests.
    ImportWizard* importWizard() const { return m_wizard; }

public slots:
    void showSection(Section section);
    // Opens the import wizard, on `path` if given. Never blocks: the wizard is modeless.
    void startImport(const QString& path = {});
    // At launch: asks about campaigns a crash left half-sent and schedules missed while nothing was running, then
    // starts the scheduler.
    void startScheduler();
    // At launch: campaigns a crash or shutdown left half-sent — resume now or later.
    void askAboutInterrupted(const QList<qint64>& campaignIds);
    // "Send now" / "Keep as draft" for schedules whose time passed while nothing could send them.
    void askAboutMissed(const QList<qint64>& campaignIds);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void notifyFinished(qint64 campaignId, CampaignState state, const QString& error);

    Database m_database;
    Scheduler* m_scheduler;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    ContactsPage* m_contacts;
    SettingsPage* m_settings;
    TemplatesPage* m_templates;
    CampaignsPage* m_campaigns = nullptr;
    ReportsPage* m_reports = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_lastNotification;
    ImportWizard* m_wizard = nullptr;
};

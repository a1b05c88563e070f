// The main window: a sidebar of sections (Contacts, Templates, Campaigns, Reports, Settings) and CSV drop anywhere.
#pragma once

#include <QMainWindow>

#include "storage/Database.h"

class QListWidget;
class QStackedWidget;
class ContactsPage;
class ImportWizard;
class SettingsPage;
class TemplatesPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Section { ContactsSection, TemplatesSection, CampaignsSection, ReportsSection, SettingsSection };

    explicit MainWindow(Database database, QWidget* parent = nullptr);

    ContactsPage* contactsPage() const { return m_contacts; }
    QListWidget* sidebar() const { return m_sidebar; }
    SettingsPage* settingsPage() const { return m_settings; }
    TemplatesPage* templatesPage() const { return m_templates; }
    // The wizard last opened (by a drop or Import…), for tests.
    ImportWizard* importWizard() const { return m_wizard; }

public slots:
    void showSection(Section section);
    // Opens the import wizard, on `path` if given. Never blocks: the wizard is modeless.
    void startImport(const QString& path = {});

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    Database m_database;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    ContactsPage* m_contacts;
    SettingsPage* m_settings;
    TemplatesPage* m_templates;
    ImportWizard* m_wizard = nullptr;
};

// The main window: a sidebar of sections and CSV drop anywhere on it.
#include "MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>

#include "MessageBox.h"
#include "SettingsPage.h"
#include "automation/Scheduler.h"
#include "campaigns/CampaignStore.h"
#include "campaigns/CampaignsPage.h"
#include "campaigns/ReportsPage.h"
#include "contacts/ContactsPage.h"
#include "designer/TemplatesPage.h"
#include "import/ImportWizard.h"

MainWindow::MainWindow(Database database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_scheduler(new Scheduler(m_database, Clock::system(), this))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_contacts(new ContactsPage(m_database, this))
{
    setWindowTitle(tr("Tayori"));
    setAcceptDrops(true);
    struct SectionEntry
    {
        QString icon;
        QString name;
    };
    const QList<SectionEntry> sections = {
        {QStringLiteral("x-office-address-book"), tr("Contacts")},
        {QStringLiteral("x-office-document"), tr("Templates")},
        {QStringLiteral("mail-send"), tr("Campaigns")},
        {QStringLiteral("x-office-spreadsheet"), tr("Reports")},
        {QStringLiteral("preferences-system"), tr("Settings")},
    };
    for (const SectionEntry& section : sections) {
        new QListWidgetItem(QIcon::fromTheme(section.icon), section.name, m_sidebar);
    }
    m_sidebar->setFixedWidth(170);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));

    m_pages->addWidget(m_contacts);
    m_templates = new TemplatesPage(m_database, this);
    m_pages->addWidget(m_templates);
    m_campaigns = new CampaignsPage(m_database, m_scheduler, this);
    m_pages->addWidget(m_campaigns);
    m_reports = new ReportsPage(m_database, m_scheduler, this);
    m_pages->addWidget(m_reports);
    m_settings = new SettingsPage(m_database, this);
    m_pages->addWidget(m_settings);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_contacts, &ContactsPage::importRequested, this, [this] { startImport(); });
    m_sidebar->setCurrentRow(ContactsSection);
    connect(m_scheduler, &Scheduler::campaignFinished, this, &MainWindow::notifyFinished);
    connect(m_scheduler, &Scheduler::runFailed, this, [this](qint64, const QString& error) {
        statusBar()->showMessage(error, 15000);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1100, 700);
    }
}

MainWindow::~MainWindow()
{
    // Campaigns still sending stop after the messages in flight and stay resumable.
    m_scheduler->stop();
}

void MainWindow::startScheduler()
{
    // Schedules missed while nothing ran (or while the computer slept) are never sent without asking.
    m_scheduler->holdMissed(std::chrono::minutes(5));
    connect(m_scheduler, &Scheduler::missed, this, &MainWindow::askAboutMissed, Qt::UniqueConnection);
    askAboutInterrupted(CampaignStore(m_database).interrupted());
    askAboutMissed(m_scheduler->missedCampaigns());
    m_scheduler->start();
}

void MainWindow::askAboutInterrupted(const QList<qint64>& campaignIds)
{
    CampaignStore store(m_database);
    QList<qint64> asked;
    QStringList lines;
    for (qint64 id : campaignIds) {
        const std::optional<Campaign> campaign = store.find(id);
        if (!campaign) {
            continue;
        }
        if (campaign->kind == QLatin1String("step")) {
            // Step mail carries on by itself, as it would have: the user never started it by hand.
            (void)m_scheduler->resume(id);
            continue;
        }
        const DeliveryCounts counts = store.counts(id);
        asked << id;
        lines << tr("• %1 (%2 of %3 sent)").arg(campaign->name).arg(counts.sent).arg(counts.total());
    }
    if (asked.isEmpty()) {
        return;
    }
    const QMessageBox::StandardButton answer = MessageBox::question(
        this,
        tr("Interrupted campaigns"),
        tr("Sending stopped unexpectedly (Tayori or the computer was shut down) for:\n\n%1\n\nResume now? Nobody "
           "gets a message twice: only the recipients not yet reached are sent to. Otherwise resume them later "
           "from Campaigns.")
            .arg(lines.join(QLatin1Char('\n'))),
        QMessageBox::Yes | QMessageBox::No,
        QMessageBox::Yes,
        {{QMessageBox::Yes, tr("Resume now")}, {QMessageBox::No, tr("Later")}});
    QStringList errors;
    for (qint64 id : asked) {
        if (answer == QMessageBox::Yes) {
            if (const Status resumed = m_scheduler->resume(id); !resumed) {
                errors << resumed.error();
            }
        } else {
            // Shown as paused, with Resume, rather than as sending with nothing happening.
            (void)store.setState(id, CampaignState::Paused, tr("Interrupted; not resumed yet."));
        }
    }
    if (!errors.isEmpty()) {
        MessageBox::warning(this, tr("Interrupted campaigns"), errors.join(QLatin1Char('\n')));
    }
    m_campaigns->reload();
}

void MainWindow::askAboutMissed(const QList<qint64>& campaignIds)
{
    if (campaignIds.isEmpty()) {
        return;
    }
    CampaignStore store(m_database);
    QStringList lines;
    const QLocale locale;
    for (qint64 id : campaignIds) {
        if (const std::optional<Campaign> campaign = store.find(id)) {
            lines << tr("• %1 (due %2)")
                         .arg(campaign->name,
                              locale.toString(campaign->scheduledAt.toLocalTime(), QLocale::ShortFormat));
        }
    }
    const QMessageBox::StandardButton answer = MessageBox::question(
        this,
        tr("Missed schedules"),
        tr("These campaigns were due while Tayori was not running:\n\n%1\n\nSend them now, or keep them as drafts to "
           "schedule again?")
            .arg(lines.join(QLatin1Char('\n'))),
        QMessageBox::Yes | QMessageBox::No,
        QMessageBox::No,
        {{QMessageBox::Yes, tr("Send now")}, {QMessageBox::No, tr("Keep as draft")}});
    QStringList errors;
    for (qint64 id : campaignIds) {
        const Status status = answer == QMessageBox::Yes ? m_scheduler->sendNow(id) : store.unschedule(id);
        if (!status) {
            errors << status.error();
        }
    }
    if (!errors.isEmpty()) {
        MessageBox::warning(this, tr("Missed schedules"), errors.join(QLatin1Char('\n')));
    }
    m_campaigns->reload();
}

void MainWindow::notifyFinished(qint64 campaignId, CampaignState state, const QString& error)
{
    const std::optional<Campaign> campaign = CampaignStore(m_database).find(campaignId);
    const QString name = campaign ? campaign->name : QString::number(campaignId);
    const DeliveryCounts counts = m_scheduler->counts(campaignId);
    QString text;
    if (!error.isEmpty()) {
        text = tr("“%1” stopped: %2").arg(name, error);
    } else if (state == CampaignState::Done) {
        text = tr("“%1” has been sent: %2 delivered, %3 failed.")
                   .arg(name)
                   .arg(counts.sent)
                   .arg(counts.failed + counts.bounced);
    } else {
        text = tr("“%1” is %2.").arg(name, CampaignStateText::displayName(state).toLower());
    }
    m_lastNotification = text;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(tr("Tayori"));
        }
        m_tray->show();
        m_tray->showMessage(tr("Tayori"), text);
    } else {
        statusBar()->showMessage(text, 30000);
        QApplication::alert(this);
    }
}

void MainWindow::showSection(Section section)
{
    m_sidebar->setCurrentRow(section);
}

void MainWindow::startImport(const QString& path)
{
    if (m_wizard) {
        m_wizard->close();
        m_wizard->deleteLater();
    }
    showSection(ContactsSection);
    m_wizard = new ImportWizard(m_database, path, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ImportWizard::imported, m_contacts, &ContactsPage::reload);
    connect(m_wizard, &QObject::destroyed, this, [this, wizard = m_wizard] {
        if (m_wizard == wizard) {
            m_wizard = nullptr;
        }
    });
    m_wizard->show();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        startImport(urls.first().toLocalFile());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_scheduler->isIdle()
        && MessageBox::question(
               this,
               tr("Quit Tayori"),
               tr("A campaign is still sending. Quit anyway? It stops after the messages in flight and "
                  "carries on where it stopped the next time Tayori runs (or with tayori-cli run-due)."),
               QMessageBox::Yes | QMessageBox::No,
               QMessageBox::No)
               != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (m_wizard) {
        m_wizard->reject();
    }
    m_templates->closeDesigners();
    event->accept();
}

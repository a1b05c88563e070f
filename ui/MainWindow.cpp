// The main window: a sidebar of sections and CSV drop anywhere on it.
#include "MainWindow.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>

#include "EmptyStatePage.h"
#include "SettingsPage.h"
#include "contacts/ContactsPage.h"
#include "designer/TemplatesPage.h"
#include "import/ImportWizard.h"

MainWindow::MainWindow(Database database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
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
    m_pages->addWidget(new EmptyStatePage(
        tr("No campaigns yet"),
        tr("Sending arrives in a coming version: DKIM-signed mail through your company's own mail server, with "
           "scheduled delivery and step mail."),
        this));
    m_pages->addWidget(new EmptyStatePage(
        tr("No reports yet"),
        tr("Reports appear here once campaigns have been sent: delivered, bounced, opened and clicked."),
        this));
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

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1100, 700);
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
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (m_wizard) {
        m_wizard->reject();
    }
    m_templates->closeDesigners();
    event->accept();
}

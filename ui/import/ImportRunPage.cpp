// Import wizard, last page: runs the import on a worker thread with progress and Cancel, then shows the summary.
#include "ImportRunPage.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "MessageBox.h"
#include "import/ContactImporter.h"
#include "import/ImportWizard.h"

ImportRunPage::ImportRunPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel import"), this))
    , m_summary(new QLabel(this))
    , m_issues(new QTableWidget(this))
    , m_saveReport(new QPushButton(tr("&Save error report…"), this))
{
    setTitle(tr("Importing"));
    setFinalPage(true);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_issues->setColumnCount(4);
    m_issues->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Severity"), tr("Reason")});
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->verticalHeader()->hide();
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->hide();
    m_saveReport->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveReport);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues, 1);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_importer) {
            m_importer->cancel();
            m_status->setText(tr("Cancelling…"));
        }
    });
    connect(m_saveReport, &QPushButton::clicked, this, &ImportRunPage::saveReport);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportRunPage::showResult);
}

ImportRunPage::~ImportRunPage()
{
    cancelAndWait();
}

bool ImportRunPage::cancelAndWait()
{
    if (m_watcher.isRunning()) {
        m_importer->cancel();
        m_watcher.waitForFinished();
    }
    return true;
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_summary->clear();
    m_issues->hide();
    m_saveReport->hide();
    m_cancel->show();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setText(tr("Reading %1…").arg(m_wizard->options().filePath));
    m_importer = std::make_shared<ContactImporter>(m_wizard->database());
    // Progress arrives on the worker thread; hand it to the GUI thread.
    QPointer<ImportRunPage> page(this);
    m_importer->setProgressCallback([page](const ContactImporter::Progress& progress) {
        QMetaObject::invokeMethod(
            page,
            [page, progress] {
                if (!page) {
                    return;
                }
                const double fraction = progress.bytesTotal > 0 ? double(progress.bytesRead) / progress.bytesTotal : 0;
                page->m_progress->setValue(static_cast<int>(fraction * 1000));
                page->m_status->setText(tr("%1 rows read…").arg(QLocale().toString(progress.rows)));
            },
            Qt::QueuedConnection);
    });
    const std::shared_ptr<ContactImporter> importer = m_importer;
    const ImportOptions options = m_wizard->options();
    m_watcher.setFuture(QtConcurrent::run([importer, options] { return importer->run(options); }));
}

void ImportRunPage::showResult()
{
    const Result<ImportReport> result = m_watcher.result();
    m_done = true;
    m_cancel->hide();
    if (!result) {
        m_progress->setValue(0);
        m_status->setText(tr("Nothing was imported."));
        m_summary->setText(result.error());
        m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
        emit completeChanged();
        emit finished(false);
        return;
    }
    m_report = *result;
    m_progress->setValue(1000);
    m_status->setText(tr("Done."));
    m_summary->setStyleSheet(QString());
    const QLocale locale;
    m_summary->setText(tr("%1 rows read: %2 new contacts, %3 updated, %4 duplicates, %5 not imported.")
                           .arg(locale.toString(m_report.rows),
                                locale.toString(m_report.imported),
                                locale.toString(m_report.updated),
                                locale.toString(m_report.duplicates),
                                locale.toString(m_report.invalid)));
    if (!m_report.issues.isEmpty()) {
        m_issues->setRowCount(static_cast<int>(m_report.issues.size()));
        for (int row = 0; row < m_report.issues.size(); ++row) {
            const ImportIssue& issue = m_report.issues.at(row);
            m_issues->setItem(row, 0, new QTableWidgetItem(QString::number(issue.row)));
            m_issues->setItem(row, 1, new QTableWidgetItem(issue.columnName));
            m_issues->setItem(
                row,
                2,
                new QTableWidgetItem(issue.severity == ImportIssue::Severity::Error ? tr("Error") : tr("Warning")));
            m_issues->setItem(row, 3, new QTableWidgetItem(issue.reason));
        }
        m_issues->resizeColumnsToContents();
        m_issues->show();
        m_saveReport->show();
    }
    emit completeChanged();
    emit m_wizard->imported();
    emit finished(true);
}

void ImportRunPage::saveReport()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save error report"), tr("import-errors.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const Status saved = m_report.saveCsv(path);
    if (!saved) {
        MessageBox::warning(this, tr("Save error report"), saved.error());
    }
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

// Import wizard, last page: runs the import on a worker thread with progress and Cancel, then shows the summary
// and the rows that could not be imported, which can be saved as CSV.
#pragma once

#include <memory>

#include <QFutureWatcher>
#include <QWizardPage>

#include "common/Result.h"
#include "import/ImportReport.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class ContactImporter;
class ImportWizard;

class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard* wizard);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;
    // Cancels a running import and waits for its rollback; false if the user should wait.
    bool cancelAndWait();

    bool isRunning() const { return m_watcher.isRunning(); }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* summaryLabel() const { return m_summary; }
    QTableWidget* issuesTable() const { return m_issues; }
    QProgressBar* progressBar() const { return m_progress; }

signals:
    void finished(bool succeeded);

private:
    void showResult();
    void saveReport();

    ImportWizard* m_wizard;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_cancel;
    QLabel* m_summary;
    QTableWidget* m_issues;
    QPushButton* m_saveReport;
    std::shared_ptr<ContactImporter> m_importer;
    QFutureWatcher<Result<ImportReport>> m_watcher;
    ImportReport m_report;
    bool m_done = false;
};

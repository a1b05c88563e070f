// The import wizard: file and encoding with a live preview → column mapping → options → progress → summary.
#include "ImportWizard.h"

#include "import/ImportFilePage.h"
#include "import/ImportMappingPage.h"
#include "import/ImportOptionsPage.h"
#include "import/ImportRunPage.h"

ImportWizard::ImportWizard(Database database, const QString& filePath, QWidget* parent)
    : QWizard(parent)
    , m_database(std::move(database))
    , m_filePage(new ImportFilePage(this))
    , m_mappingPage(new ImportMappingPage(this))
    , m_optionsPage(new ImportOptionsPage(this))
    , m_runPage(new ImportRunPage(this))
{
    setWindowTitle(tr("Import contacts"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(OptionsPage, m_optionsPage);
    setPage(RunPage, m_runPage);
    resize(820, 600);
    if (!filePath.isEmpty()) {
        m_filePage->setFilePath(filePath);
    }
}

void ImportWizard::setPreview(const ImportPreview& preview)
{
    m_preview = preview;
    m_options.filePath = preview.filePath;
    m_options.charset = preview.charset;
    m_options.delimiter = preview.delimiter;
    m_options.mapping = preview.mapping;
}

void ImportWizard::reject()
{
    // Closing while the import runs cancels it (it rolls back); the window waits the moment that takes.
    if (!m_runPage->cancelAndWait()) {
        return;
    }
    QWizard::reject();
}

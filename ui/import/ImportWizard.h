// The import wizard: file and encoding with a live preview → column mapping → options → progress → summary.
// It only gathers choices and shows results; the import itself is ContactImporter's, on a worker thread.
#pragma once

#include <QWizard>

#include "import/ImportOptions.h"
#include "import/ImportPreview.h"
#include "storage/Database.h"

class ImportFilePage;
class ImportMappingPage;
class ImportOptionsPage;
class ImportRunPage;

class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, OptionsPage, RunPage };

    ImportWizard(Database database, const QString& filePath, QWidget* parent = nullptr);

    Database database() const { return m_database; }
    // The choices so far; each page fills in its part.
    ImportOptions& options() { return m_options; }
    const ImportPreview& preview() const { return m_preview; }
    void setPreview(const ImportPreview& preview);

    ImportFilePage* filePage() const { return m_filePage; }
    ImportMappingPage* mappingPage() const { return m_mappingPage; }
    ImportOptionsPage* optionsPage() const { return m_optionsPage; }
    ImportRunPage* runPage() const { return m_runPage; }

    void reject() override;

signals:
    // The import has committed: the contacts view reloads.
    void imported();

private:
    Database m_database;
    ImportOptions m_options;
    ImportPreview m_preview;
    ImportFilePage* m_filePage;
    ImportMappingPage* m_mappingPage;
    ImportOptionsPage* m_optionsPage;
    ImportRunPage* m_runPage;
};

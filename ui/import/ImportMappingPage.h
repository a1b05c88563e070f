// Import wizard, page 2: which field each column fills, with sample values; unmapped columns can become custom fields.
#pragma once

#include <QWizardPage>

#include "import/ImportOptions.h"

class QLabel;
class QTableWidget;
class ImportWizard;

class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QTableWidget* table() const { return m_table; }
    // The mapping as the page shows it now.
    QList<ColumnMapping> mapping() const;
    void setField(int column, ContactField field);

private:
    void updateMessage();

    ImportWizard* m_wizard;
    QTableWidget* m_table;
    QLabel* m_message;
};

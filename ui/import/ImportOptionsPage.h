// Import wizard, page 3: the list to add everyone to, tags, and what to do with addresses already stored.
#pragma once

#include <QWizardPage>

class QComboBox;
class QLineEdit;
class QRadioButton;
class ImportWizard;

class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportOptionsPage(ImportWizard* wizard);

    void initializePage() override;
    bool validatePage() override;
    QComboBox* listBox() const { return m_list; }
    QRadioButton* skipButton() const { return m_skip; }

private:
    ImportWizard* m_wizard;
    QComboBox* m_list;
    QLineEdit* m_tags;
    QRadioButton* m_update;
    QRadioButton* m_skip;
};

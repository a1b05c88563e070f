// Import wizard, page 1: the file, its encoding and delimiter (detected, changeable) and the decoded first rows.
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class ImportWizard;

class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard* wizard);

    void setFilePath(const QString& path);
    bool isComplete() const override;
    QComboBox* encodingBox() const { return m_encoding; }
    QTableWidget* previewTable() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }

private:
    void refresh();
    void browse();

    ImportWizard* m_wizard;
    QLineEdit* m_path;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QLabel* m_message;
    QTableWidget* m_table;
    bool m_ok = false;
};

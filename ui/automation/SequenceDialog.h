// Make or edit one step-mail sequence: its name, trigger list, sender, time zone, on/off, and the ordered steps
// (delay, what it counts from, time of day, template, subject). Checks and saving are SequenceStore's.
#pragma once

#include <QDialog>

#include "automation/SequenceStore.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class SequenceDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { DelayColumn, UnitColumn, AnchorColumn, TimeColumn, TemplateColumn, SubjectColumn, ProgressColumn };

    // sequenceId 0 = a new sequence.
    SequenceDialog(Database database, qint64 sequenceId, QWidget* parent = nullptr);

    qint64 savedId() const { return m_sequence.id; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* listCombo() const { return m_list; }
    QComboBox* senderCombo() const { return m_sender; }
    QComboBox* timeZoneCombo() const { return m_timeZone; }
    QLineEdit* baseUrlEdit() const { return m_baseUrl; }
    QCheckBox* activeCheck() const { return m_active; }
    QTableWidget* stepsTable() const { return m_steps; }
    QPushButton* addStepButton() const { return m_addStep; }
    QPushButton* removeStepButton() const { return m_removeStep; }
    QPushButton* moveUpButton() const { return m_moveUp; }
    QPushButton* moveDownButton() const { return m_moveDown; }
    QLabel* messageLabel() const { return m_message; }

public slots:
    void accept() override;
    void addStep();
    void removeStep();
    void moveStepUp();
    void moveStepDown();

private:
    // The steps as the table shows them now (widgets → values), and the table rebuilt from a list of steps.
    QList<SequenceStep> stepsFromTable() const;
    void showSteps(const QList<SequenceStep>& steps, int currentRow);
    void moveStep(int by);
    void updateButtons();

    SequenceStore m_store;
    Sequence m_sequence;
    QList<std::pair<qint64, QString>> m_templates; // id, name
    QHash<qint64, SequenceStepCounts> m_counts;
    QLineEdit* m_name;
    QComboBox* m_list;
    QComboBox* m_sender;
    QComboBox* m_timeZone;
    QLineEdit* m_baseUrl;
    QCheckBox* m_active;
    QTableWidget* m_steps;
    QPushButton* m_addStep;
    QPushButton* m_removeStep;
    QPushButton* m_moveUp;
    QPushButton* m_moveDown;
    QLabel* m_message;
};

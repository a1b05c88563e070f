// Step mail: the sequences (name, trigger list, on/off, steps, enrolled/finished/left counts) with new, edit and
// delete. The editing happens in SequenceDialog; sending what is due is the Scheduler's.
#pragma once

#include <QPointer>
#include <QWidget>

#include "SequenceDialog.h"
#include "automation/SequenceStore.h"

class QPushButton;
class QTableWidget;

class SequencesPage : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ListColumn,
        StateColumn,
        StepsColumn,
        EnrolledColumn,
        FinishedColumn,
        LeftColumn,
        ProblemColumn,
        ColumnCount
    };

    explicit SequencesPage(Database database, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    // The dialog last opened by New or Edit, for tests.
    SequenceDialog* dialog() const { return m_dialog; }

public slots:
    void reload();
    void newSequence();
    void editSequence();
    void deleteSequence();

private:
    qint64 currentId() const;
    void openDialog(qint64 sequenceId);

    Database m_database;
    SequenceStore m_store;
    QTableWidget* m_table;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPointer<SequenceDialog> m_dialog;
};

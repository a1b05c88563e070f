// The Contacts section: a searchable, sortable table over the whole database, with add, edit, delete (undoable),
// import and export.
#pragma once

#include <QWidget>

#include "storage/Database.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QUndoStack;
class ContactTableModel;

class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPage(Database database, QWidget* parent = nullptr);

    ContactTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QUndoStack* undoStack() const { return m_undo; }

public slots:
    void reload();
    void addContact();
    void editSelected();
    void deleteSelected();
    void exportContacts();

signals:
    void importRequested(); // the wizard asks for the file

private:
    void applyFilter();
    void updateCount();
    void refreshLists();

    Database m_database;
    ContactTableModel* m_model;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_listFilter;
    QLabel* m_count;
    QTimer* m_searchDelay;
    QUndoStack* m_undo;
};

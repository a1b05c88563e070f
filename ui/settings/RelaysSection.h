// Settings → Mail servers: the relays (add, edit, remove, make default), and a plain statement of where mail goes
// while none is configured.
#pragma once

#include <QPointer>
#include <QWidget>

#include "RelayDialog.h"
#include "senders/RelayStore.h"

class QLabel;
class QListWidget;
class QPushButton;

class RelaysSection : public QWidget
{
    Q_OBJECT

public:
    explicit RelaysSection(Database database, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QLabel* outboxNote() const { return m_outboxNote; }
    // The dialog last opened by Add or Edit, for tests.
    RelayDialog* dialog() const { return m_dialog; }

public slots:
    void reload();
    void addRelay();
    void editRelay();
    void removeRelay();
    void makeDefault();

private:
    qint64 currentId() const;
    void openDialog(qint64 relayId);

    Database m_database;
    RelayStore m_store;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_default;
    QLabel* m_outboxNote;
    QPushButton* m_openOutbox;
    QPointer<RelayDialog> m_dialog;
};

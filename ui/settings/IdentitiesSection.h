// Settings → Senders: the identities mail is sent as (add, edit, remove, make default).
#pragma once

#include <QPointer>
#include <QWidget>

#include "IdentityDialog.h"
#include "senders/SenderIdentityStore.h"

class QListWidget;
class QPushButton;

class IdentitiesSection : public QWidget
{
    Q_OBJECT

public:
    explicit IdentitiesSection(Database database, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    // The dialog last opened by Add or Edit, for tests.
    IdentityDialog* dialog() const { return m_dialog; }

public slots:
    void reload();
    void addIdentity();
    void editIdentity();
    void removeIdentity();
    void makeDefault();

private:
    qint64 currentId() const;
    void openDialog(qint64 identityId);

    Database m_database;
    SenderIdentityStore m_store;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_default;
    QPointer<IdentityDialog> m_dialog;
};

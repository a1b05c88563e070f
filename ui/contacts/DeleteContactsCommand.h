// Deleting contacts as an undoable step: the removed contacts are kept whole until the step leaves the stack.
#pragma once

#include <functional>

#include <QUndoCommand>

#include "contacts/Contact.h"
#include "storage/Database.h"

class DeleteContactsCommand : public QUndoCommand
{
public:
    // `changed` is called after each redo/undo so the view can reload; `failed` gets a message.
    DeleteContactsCommand(Database database,
                          QList<qint64> ids,
                          std::function<void()> changed,
                          std::function<void(const QString&)> failed);

    void redo() override;
    void undo() override;

private:
    Database m_database;
    QList<qint64> m_ids;
    QList<Contact> m_removed;
    std::function<void()> m_changed;
    std::function<void(const QString&)> m_failed;
};

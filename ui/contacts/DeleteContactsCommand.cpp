// Deleting contacts as an undoable step: the removed contacts are kept whole until the step leaves the stack.
#include "DeleteContactsCommand.h"

#include <QCoreApplication>

#include "contacts/ContactRepository.h"

DeleteContactsCommand::DeleteContactsCommand(Database database,
                                             QList<qint64> ids,
                                             std::function<void()> changed,
                                             std::function<void(const QString&)> failed)
    : m_database(std::move(database))
    , m_ids(std::move(ids))
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{
    // The count goes in as a plain variable: lupdate skips a translate() whose %n argument is a cast.
    const int count = static_cast<int>(m_ids.size());
    setText(QCoreApplication::translate("DeleteContactsCommand", "Delete %n contact(s)", nullptr, count));
}

void DeleteContactsCommand::redo()
{
    const Result<QList<Contact>> removed = ContactRepository(m_database).remove(m_ids);
    if (removed) {
        m_removed = *removed;
    } else {
        m_failed(removed.error());
    }
    m_changed();
}

void DeleteContactsCommand::undo()
{
    const Status restored = ContactRepository(m_database).restore(m_removed);
    if (!restored) {
        m_failed(restored.error());
    }
    m_changed();
}

// MoveBlockCommand: undoable reordering.
#include "MoveBlockCommand.h"

#include <QCoreApplication>

#include "DesignerDocument.h"

MoveBlockCommand::MoveBlockCommand(DesignerDocument* document, const QString& id, const BlockPlace& to)
    : m_document(document)
    , m_id(id)
    , m_to(to)
{
    setText(QCoreApplication::translate("MoveBlockCommand", "Move block"));
}

void MoveBlockCommand::redo()
{
    const std::optional<BlockPlace> from = m_document->document().placeOf(m_id);
    if (!from || !m_document->edit().moveBlock(m_id, m_to)) {
        setObsolete(true);
        return;
    }
    // The original index is also where the block goes back once it is taken out of `to` again.
    m_from = *from;
    m_document->notifyChanged(m_id);
}

void MoveBlockCommand::undo()
{
    m_document->edit().moveBlock(m_id, m_from);
    m_document->notifyChanged(m_id);
}

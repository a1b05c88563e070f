// RemoveBlockCommand: undoable deletion of a block.
#include "RemoveBlockCommand.h"

#include <QCoreApplication>

#include "DesignerDocument.h"

RemoveBlockCommand::RemoveBlockCommand(DesignerDocument* document, const QString& id)
    : m_document(document)
    , m_id(id)
{
    setText(QCoreApplication::translate("RemoveBlockCommand", "Delete block"));
}

void RemoveBlockCommand::redo()
{
    const std::optional<BlockPlace> place = m_document->document().placeOf(m_id);
    std::optional<TemplateBlock> block = place ? m_document->edit().takeBlock(m_id) : std::nullopt;
    if (!block) {
        setObsolete(true);
        return;
    }
    m_place = *place;
    m_block = std::move(*block);
    m_document->notifyChanged();
}

void RemoveBlockCommand::undo()
{
    m_document->edit().insertBlock(m_place, m_block);
    m_document->notifyChanged(m_id);
}

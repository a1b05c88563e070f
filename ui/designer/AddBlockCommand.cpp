// AddBlockCommand: undoable insertion of a new block.
#include "AddBlockCommand.h"

#include <QCoreApplication>

#include "DesignerDocument.h"

AddBlockCommand::AddBlockCommand(DesignerDocument* document, const BlockPlace& place, TemplateBlock block)
    : m_document(document)
    , m_place(place)
    , m_block(std::move(block))
{
    setText(QCoreApplication::translate("AddBlockCommand", "Add block"));
}

void AddBlockCommand::redo()
{
    if (!m_document->edit().insertBlock(m_place, m_block)) {
        setObsolete(true);
        return;
    }
    m_document->notifyChanged(m_block.id);
}

void AddBlockCommand::undo()
{
    m_document->edit().takeBlock(m_block.id);
    m_document->notifyChanged();
}

// DuplicateBlockCommand: undoable copy of a block.
#include "DuplicateBlockCommand.h"

#include <QCoreApplication>

#include "DesignerDocument.h"

DuplicateBlockCommand::DuplicateBlockCommand(DesignerDocument* document, const QString& id)
    : m_document(document)
    , m_id(id)
{
    setText(QCoreApplication::translate("DuplicateBlockCommand", "Duplicate block"));
}

void DuplicateBlockCommand::redo()
{
    if (m_place) {
        m_document->edit().insertBlock(*m_place, m_copy);
        m_document->notifyChanged(m_copy.id);
        return;
    }
    const std::optional<QString> copyId = m_document->edit().duplicateBlock(m_id);
    const TemplateBlock* copy = copyId ? m_document->document().block(*copyId) : nullptr;
    if (!copy) {
        setObsolete(true);
        return;
    }
    m_copy = *copy;
    m_place = m_document->document().placeOf(*copyId);
    m_document->notifyChanged(m_copy.id);
}

void DuplicateBlockCommand::undo()
{
    m_document->edit().takeBlock(m_copy.id);
    m_document->notifyChanged(m_id);
}

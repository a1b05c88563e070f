// SetBlockPropertyCommand: undoable change of one block property.
#include "SetBlockPropertyCommand.h"

#include <QCoreApplication>

#include "DesignerDocument.h"

SetBlockPropertyCommand::SetBlockPropertyCommand(DesignerDocument* document,
                                                 const QString& blockId,
                                                 const QString& key,
                                                 const QJsonValue& value,
                                                 int typingSession,
                                                 bool canvasUpToDate)
    : m_document(document)
    , m_blockId(blockId)
    , m_key(key)
    , m_after(value)
    , m_typingSession(typingSession)
    , m_canvasUpToDate(canvasUpToDate)
{
    const TemplateBlock* block = document->document().block(blockId);
    m_before = block ? block->props.value(key) : QJsonValue(QJsonValue::Undefined);
    setText(QCoreApplication::translate("SetBlockPropertyCommand", "Edit block"));
}

void SetBlockPropertyCommand::apply(const QJsonValue& value, bool canvasUpToDate)
{
    if (!m_document->edit().setBlockProperty(m_blockId, m_key, value)) {
        setObsolete(true);
        return;
    }
    m_document->notifyChanged(m_blockId, canvasUpToDate);
}

void SetBlockPropertyCommand::redo()
{
    apply(m_after, m_canvasUpToDate);
    m_canvasUpToDate = false; // a later redo (after an undo) must show the value again
}

void SetBlockPropertyCommand::undo()
{
    apply(m_before, false);
}

bool SetBlockPropertyCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetBlockPropertyCommand*>(other);
    if (m_typingSession == 0 || next->m_typingSession != m_typingSession || next->m_blockId != m_blockId
        || next->m_key != m_key) {
        return false;
    }
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

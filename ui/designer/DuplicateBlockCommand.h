// DuplicateBlockCommand: undoable copy of a block, placed right after it.
#pragma once

#include <QUndoCommand>

#include "templates/TemplateDocument.h"

class DesignerDocument;

class DuplicateBlockCommand : public QUndoCommand
{
public:
    DuplicateBlockCommand(DesignerDocument* document, const QString& id);

    void redo() override;
    void undo() override;
    QString copyId() const { return m_copy.id; }

private:
    DesignerDocument* m_document;
    QString m_id;
    // Kept after the first redo, so a redo after an undo brings back the same ids.
    std::optional<BlockPlace> m_place;
    TemplateBlock m_copy;
};

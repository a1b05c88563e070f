// MoveBlockCommand: undoable reordering (move up/down, or a drag on the canvas).
#pragma once

#include <QUndoCommand>

#include "templates/TemplateDocument.h"

class DesignerDocument;

class MoveBlockCommand : public QUndoCommand
{
public:
    // `to` as TemplateDocument::moveBlock takes it: as if the block were already removed.
    MoveBlockCommand(DesignerDocument* document, const QString& id, const BlockPlace& to);

    void redo() override;
    void undo() override;

private:
    DesignerDocument* m_document;
    QString m_id;
    BlockPlace m_from;
    BlockPlace m_to;
};

// RemoveBlockCommand: undoable deletion of a block (a columns block with its contents).
#pragma once

#include <QUndoCommand>

#include "templates/TemplateDocument.h"

class DesignerDocument;

class RemoveBlockCommand : public QUndoCommand
{
public:
    RemoveBlockCommand(DesignerDocument* document, const QString& id);

    void redo() override;
    void undo() override;

private:
    DesignerDocument* m_document;
    QString m_id;
    BlockPlace m_place;
    TemplateBlock m_block;
};

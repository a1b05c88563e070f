// AddBlockCommand: undoable insertion of a new block (palette click or drop).
#pragma once

#include <QUndoCommand>

#include "templates/TemplateDocument.h"

class DesignerDocument;

class AddBlockCommand : public QUndoCommand
{
public:
    AddBlockCommand(DesignerDocument* document, const BlockPlace& place, TemplateBlock block);

    void redo() override;
    void undo() override;
    QString blockId() const { return m_block.id; }

private:
    DesignerDocument* m_document;
    BlockPlace m_place;
    TemplateBlock m_block;
};

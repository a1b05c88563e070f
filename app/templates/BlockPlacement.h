// BlockPlacement: the designer's "where does it go" rules — a new block after the selection, a step up or down, a
// drop next to another block — as places TemplateDocument's insertBlock/moveBlock take. Core, so tested without a GUI.
#pragma once

#include <optional>

#include <QString>

#include "templates/TemplateDocument.h"

class BlockPlacement
{
public:
    // Right after the selected block in its own container; a columns block never goes into a column, so it lands
    // after the columns block that holds the selection. Nothing (or an unknown id) selected: at the end.
    static BlockPlace
    forNewBlock(const TemplateDocument& document, const QString& selectedId, TemplateBlock::Type type);
    // One step up (delta -1) or down (+1) inside the block's container, as moveBlock wants it; nothing at an edge.
    static std::optional<BlockPlace> forStep(const TemplateDocument& document, const QString& id, int delta);
    // Before or after `targetId`, as moveBlock wants it. Nothing when the move is impossible (onto itself or into
    // itself) or changes nothing. A columns block dropped on a block in a column goes next to that columns block.
    static std::optional<BlockPlace>
    nextTo(const TemplateDocument& document, const QString& id, const QString& targetId, bool after);
    // How many blocks the container of `place` holds (-1: no such container).
    static int containerSize(const TemplateDocument& document, const BlockPlace& place);
    // An image block's default width: its own width, but never wider than the mail body.
    static int defaultImageWidth(int imageWidth, int contentWidth);
};

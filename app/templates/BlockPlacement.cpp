// BlockPlacement: the designer's placement rules over TemplateDocument's places.
#include "BlockPlacement.h"

#include <algorithm>

BlockPlace
BlockPlacement::forNewBlock(const TemplateDocument& document, const QString& selectedId, TemplateBlock::Type type)
{
    std::optional<BlockPlace> place = selectedId.isEmpty() ? std::nullopt : document.placeOf(selectedId);
    if (!place) {
        return BlockPlace {{}, 0, int(document.blocks.size())};
    }
    if (type == TemplateBlock::Type::Columns && !place->columnsId.isEmpty()) {
        place = document.placeOf(place->columnsId);
        if (!place) {
            return BlockPlace {{}, 0, int(document.blocks.size())};
        }
    }
    place->index += 1;
    return *place;
}

int BlockPlacement::containerSize(const TemplateDocument& document, const BlockPlace& place)
{
    if (place.columnsId.isEmpty()) {
        return int(document.blocks.size());
    }
    const TemplateBlock* columns = document.block(place.columnsId);
    if (!columns || place.column < 0 || place.column >= columns->columns.size()) {
        return -1;
    }
    return int(columns->columns.at(place.column).size());
}

std::optional<BlockPlace> BlockPlacement::forStep(const TemplateDocument& document, const QString& id, int delta)
{
    std::optional<BlockPlace> place = document.placeOf(id);
    if (!place || delta == 0) {
        return std::nullopt;
    }
    const int size = containerSize(document, *place);
    const int index = place->index + delta;
    // After the block is taken out its container holds size - 1 blocks: valid places are 0 … size - 1.
    if (index < 0 || index > size - 1) {
        return std::nullopt;
    }
    place->index = index;
    return place;
}

std::optional<BlockPlace>
BlockPlacement::nextTo(const TemplateDocument& document, const QString& id, const QString& targetId, bool after)
{
    const TemplateBlock* moving = document.block(id);
    const std::optional<BlockPlace> from = document.placeOf(id);
    std::optional<BlockPlace> target = document.placeOf(targetId);
    if (!moving || !from || !target || id == targetId) {
        return std::nullopt;
    }
    if (moving->type == TemplateBlock::Type::Columns && !target->columnsId.isEmpty()) {
        if (target->columnsId == id) {
            return std::nullopt; // into itself
        }
        target = document.placeOf(target->columnsId);
        if (!target) {
            return std::nullopt;
        }
    }
    BlockPlace to = *target;
    to.index += after ? 1 : 0;
    const bool sameContainer = to.columnsId == from->columnsId && to.column == from->column;
    if (sameContainer && from->index < to.index) {
        to.index -= 1; // the block is taken out first, so everything after it moves up by one
    }
    if (to == *from) {
        return std::nullopt;
    }
    return to;
}

int BlockPlacement::defaultImageWidth(int imageWidth, int contentWidth)
{
    if (imageWidth <= 0) {
        return contentWidth;
    }
    return std::min(imageWidth, contentWidth);
}

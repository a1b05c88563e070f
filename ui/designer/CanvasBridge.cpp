// CanvasBridge: relays the canvas script's calls as signals.
#include "CanvasBridge.h"

void CanvasBridge::canvasReady()
{
    emit ready();
}

void CanvasBridge::select(const QString& blockId)
{
    emit blockSelected(blockId);
}

void CanvasBridge::commitText(
    const QString& blockId, const QString& key, const QString& value, int typingSession, bool final)
{
    emit textCommitted(blockId, key, value, typingSession, final);
}

void CanvasBridge::requestMove(const QString& blockId, const QString& targetId, bool after)
{
    emit moveRequested(blockId, targetId, after);
}

void CanvasBridge::dropBlock(const QString& typeKey, const QString& targetId, bool after)
{
    emit blockDropped(typeKey, targetId, after);
}

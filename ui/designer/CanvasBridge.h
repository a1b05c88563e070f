// CanvasBridge: the one object the canvas script sees over QWebChannel ("tayori"). It only relays what the user did
// on the canvas as signals; the designer decides what changes (through its undo stack).
#pragma once

#include <QObject>

class CanvasBridge : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

public slots:
    void canvasReady();
    void select(const QString& blockId);
    void commitText(const QString& blockId, const QString& key, const QString& value, int typingSession, bool final);
    void requestMove(const QString& blockId, const QString& targetId, bool after);
    void dropBlock(const QString& typeKey, const QString& targetId, bool after);

signals:
    void ready();
    void blockSelected(const QString& blockId);
    // `final`: the user stopped editing this text (the canvas may be loaded again).
    void textCommitted(const QString& blockId, const QString& key, const QString& value, int typingSession, bool final);
    void moveRequested(const QString& blockId, const QString& targetId, bool after);
    void blockDropped(const QString& typeKey, const QString& targetId, bool after);
};

// SetBlockPropertyCommand: undoable change of one block property — from the property panel or text typed into the
// canvas. Consecutive typing into the same property is one undo step.
#pragma once

#include <QJsonValue>
#include <QUndoCommand>

class DesignerDocument;

class SetBlockPropertyCommand : public QUndoCommand
{
public:
    enum { Id = 0x7a701 };

    // `typingSession`: edits with the same non-zero session on the same block and key merge into one step.
    // `canvasUpToDate`: the canvas already shows the new value (typed into it).
    SetBlockPropertyCommand(DesignerDocument* document,
                            const QString& blockId,
                            const QString& key,
                            const QJsonValue& value,
                            int typingSession = 0,
                            bool canvasUpToDate = false);

    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const QJsonValue& value, bool canvasUpToDate);

    DesignerDocument* m_document;
    QString m_blockId;
    QString m_key;
    QJsonValue m_before;
    QJsonValue m_after;
    int m_typingSession;
    bool m_canvasUpToDate;
};

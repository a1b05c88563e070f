// ChangeSettingsCommand: undoable change of the document settings (width, colours, font, preheader, dark mode,
// image delivery), of its name and language, and of a raw-HTML template's HTML. Consecutive typing into the same field
// is one undo step.
#pragma once

#include <QUndoCommand>

#include "templates/TemplateDocument.h"

class DesignerDocument;

class ChangeSettingsCommand : public QUndoCommand
{
public:
    enum { Id = 0x7a702 };

    struct State
    {
        TemplateDocument::Settings settings;
        QString name;
        QString language;
        QString html; // the whole mail of a raw-HTML template
    };
    static State stateOf(const TemplateDocument& document);

    // `field`: what was changed; consecutive commands on the same non-empty field merge.
    ChangeSettingsCommand(DesignerDocument* document, const State& after, const QString& field);

    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const State& state);

    DesignerDocument* m_document;
    State m_before;
    State m_after;
    QString m_field;
};

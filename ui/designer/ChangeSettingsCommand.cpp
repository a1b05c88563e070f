// ChangeSettingsCommand: undoable change of the document settings.
#include "ChangeSettingsCommand.h"

#include <QCoreApplication>

#include "DesignerDocument.h"

ChangeSettingsCommand::State ChangeSettingsCommand::stateOf(const TemplateDocument& document)
{
    return State {document.settings, document.name, document.language, document.html};
}

ChangeSettingsCommand::ChangeSettingsCommand(DesignerDocument* document, const State& after, const QString& field)
    : m_document(document)
    , m_before(stateOf(document->document()))
    , m_after(after)
    , m_field(field)
{
    setText(QCoreApplication::translate("ChangeSettingsCommand", "Change template settings"));
}

void ChangeSettingsCommand::apply(const State& state)
{
    TemplateDocument& document = m_document->edit();
    document.settings = state.settings;
    document.name = state.name;
    document.language = state.language;
    document.html = state.html;
    m_document->notifyChanged();
}

void ChangeSettingsCommand::redo()
{
    apply(m_after);
}

void ChangeSettingsCommand::undo()
{
    apply(m_before);
}

bool ChangeSettingsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeSettingsCommand*>(other);
    if (m_field.isEmpty() || next->m_field != m_field) {
        return false;
    }
    m_after = next->m_after;
    return true;
}

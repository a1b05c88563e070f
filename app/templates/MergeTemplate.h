// MergeTemplate: the merge-field language of message bodies and subjects, compiled once and rendered per recipient.
//   {{field}}  {{field|default text}}  {{#if field}} … {{else}} … {{/if}}  {{#if field == "x"}} / != "x"
// Conditions nest; whitespace inside the braces is ignored. A blank value (empty or only whitespace) takes the
// default and makes a bare {{#if field}} false. Values are inserted, never re-parsed, so a value cannot add syntax.
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "common/Result.h"
#include "templates/MergeValues.h"

class MergeTemplate
{
    Q_DECLARE_TR_FUNCTIONS(MergeTemplate)

public:
    // Html: values and defaults are HTML-escaped (& < > " '); the template's own text is markup. Text: all raw.
    enum class Mode {
        Html,
        Text,
    };

    // Errors name the line and column (1-based) of the offending "{{" and what is wrong. A field that is neither
    // standard (MergeValues::standardFieldNames) nor in knownCustomFields is an error, found before sending.
    static Result<MergeTemplate> compile(const QString& source, Mode mode, const QStringList& knownCustomFields);

    // Thread-safe; copies share the compiled form.
    QString render(const MergeValues& values) const;
    // The fields used, each once, in order of first use (conditions included).
    QStringList fields() const;
    Mode mode() const;

    struct Node;
    struct Compiled;

private:
    explicit MergeTemplate(std::shared_ptr<const Compiled> compiled);
    std::shared_ptr<const Compiled> m_compiled;
};

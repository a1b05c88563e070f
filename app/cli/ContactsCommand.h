// tayori-cli contacts count …
#pragma once

#include <QCoreApplication>

#include "cli/CliContext.h"
#include "contacts/ContactFilter.h"

class QCommandLineParser;
class QCommandLineOption;

class ContactsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContactsCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
    // --list, --tag, --search and --segment, shared with export.
    static QList<QCommandLineOption> filterOptions();
    static Result<ContactFilter> filterFrom(const QCommandLineParser& parser);
};

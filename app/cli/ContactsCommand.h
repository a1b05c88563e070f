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
    // --list, --tag, --search and --segment, shared with export and send.
    static QList<QCommandLineOption> filterOptions();
    // `--segment @NAME` is the saved segment NAME (segments/SegmentStore), resolved here to its text form; an unknown
    // name is an error naming it and the saved ones.
    static Result<ContactFilter> filterFrom(const QCommandLineParser& parser, const Database& database);
};

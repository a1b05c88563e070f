// tayori-cli contacts count …
#include "ContactsCommand.h"

#include <cstdio>

#include <QCommandLineParser>

#include "contacts/ContactRepository.h"
#include "segments/SegmentAudience.h"
#include "segments/SegmentStore.h"

QList<QCommandLineOption> ContactsCommand::filterOptions()
{
    return {QCommandLineOption(QStringLiteral("list"), tr("Only contacts on this list."), tr("NAME")),
            QCommandLineOption(QStringLiteral("tag"), tr("Only contacts with this tag."), tr("NAME")),
            QCommandLineOption(QStringLiteral("search"), tr("Only contacts matching this text."), tr("TEXT")),
            QCommandLineOption(QStringLiteral("segment"),
                               tr("Only contacts in this segment (EXPR, or @NAME for a saved segment)."),
                               tr("EXPR"))};
}

Result<ContactFilter> ContactsCommand::filterFrom(const QCommandLineParser& parser, const Database& database)
{
    ContactFilter filter;
    filter.segment = parser.value(QStringLiteral("segment"));
    // No segment expression starts with '@', so a saved segment's name extends the contract without changing it.
    if (filter.segment.trimmed().startsWith(QLatin1Char('@'))) {
        const QString name = filter.segment.trimmed().mid(1).trimmed();
        const SegmentStore store(database);
        const Result<SavedSegment> saved = store.findByName(name);
        if (!saved) {
            QStringList names;
            bool damaged = false; // it exists but does not read: its own message says what to do
            for (const SavedSegment& segment : store.list()) {
                names << segment.name;
                damaged = damaged || (!segment.error.isEmpty() && segment.error == saved.error());
            }
            if (damaged) {
                return Result<ContactFilter>::failure(saved.error());
            }
            if (names.isEmpty()) {
                return Result<ContactFilter>::failure(
                    tr("There is no saved segment called \"%1\", nor any other yet. Save one in the segment builder, "
                       "or give the segment as an expression.")
                        .arg(name));
            }
            return Result<ContactFilter>::failure(tr("There is no saved segment called \"%1\". Saved segments: %2.")
                                                      .arg(name, names.join(QStringLiteral(", "))));
        }
        filter.segment = saved->text();
    }
    filter.list = parser.value(QStringLiteral("list"));
    filter.tag = parser.value(QStringLiteral("tag"));
    filter.search = parser.value(QStringLiteral("search"));
    return filter;
}

int ContactsCommand::run(const CliContext& context, const QStringList& arguments)
{
    if (arguments.isEmpty() || arguments.first() != QLatin1String("count")) {
        return context.fail(tr("contacts takes the subcommand count."), CliContext::UsageError);
    }
    QCommandLineParser parser;
    parser.addOptions(filterOptions());
    if (!parser.parse(QStringList {QStringLiteral("contacts")} + arguments.mid(1))) {
        return context.fail(parser.errorText(), CliContext::UsageError);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.fail(tr("contacts count takes no arguments, only options."), CliContext::UsageError);
    }
    const Result<Database> database = context.openDatabase();
    if (!database) {
        return context.fail(database.error());
    }
    const Result<ContactFilter> filter = filterFrom(parser, *database);
    if (!filter) {
        return context.fail(filter.error(), CliContext::UsageError);
    }
    const ContactRepository repository(*database);
    const Status valid = repository.checkFilter(*filter);
    if (!valid) {
        return context.fail(valid.error(), CliContext::UsageError);
    }
    const qint64 count = repository.count(*filter);
    if (count == 0 && !filter->segment.trimmed().isEmpty()) {
        // Still a success (0 is an answer), but say why on stderr: a misspelt tag or list is the usual cause.
        const QByteArray note
            = (SegmentAudience(*database).describe(filter->segment, SegmentCount {}) + QLatin1Char('\n')).toUtf8();
        std::fwrite(note.constData(), 1, static_cast<size_t>(note.size()), stderr);
    }
    return context.succeed({{QStringLiteral("count"), count}}, QString::number(count) + QLatin1Char('\n'));
}

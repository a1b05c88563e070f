// tayori-cli export FILE …: contacts to CSV for Excel.
#include "ExportCommand.h"

#include <QCommandLineParser>

#include "cli/ContactsCommand.h"
#include "contacts/ContactRepository.h"
#include "import/ContactExporter.h"

int ExportCommand::run(const CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(ContactsCommand::filterOptions());
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
                                            tr("utf-8, utf-8-bom (the default, for Excel) or shift_jis."),
                                            tr("NAME"),
                                            QStringLiteral("utf-8-bom"));
    const QCommandLineOption noGuardOption(QStringLiteral("no-formula-guard"),
                                           tr("Do not prefix cells starting with = + - @."));
    parser.addOptions({encodingOption, noGuardOption});
    if (!parser.parse(QStringList {QStringLiteral("export")} + arguments)) {
        return context.fail(parser.errorText(), CliContext::UsageError);
    }
    if (parser.positionalArguments().size() != 1) {
        return context.fail(tr("export takes exactly one FILE."), CliContext::UsageError);
    }
    const QString encodingName = parser.value(encodingOption).toLower().remove(QLatin1Char('_'));
    ContactExporter::Encoding encoding;
    if (encodingName == QLatin1String("utf-8") || encodingName == QLatin1String("utf8")) {
        encoding = ContactExporter::Encoding::Utf8;
    } else if (encodingName == QLatin1String("utf-8-bom") || encodingName == QLatin1String("utf8bom")) {
        encoding = ContactExporter::Encoding::Utf8WithBom;
    } else if (encodingName == QLatin1String("shiftjis") || encodingName == QLatin1String("shift-jis")
               || encodingName == QLatin1String("sjis") || encodingName == QLatin1String("cp932")) {
        encoding = ContactExporter::Encoding::ShiftJis;
    } else {
        return context.fail(tr("--encoding takes utf-8, utf-8-bom or shift_jis."), CliContext::UsageError);
    }
    const Result<Database> database = context.openDatabase();
    if (!database) {
        return context.fail(database.error());
    }
    const Result<ContactFilter> filter = ContactsCommand::filterFrom(parser, *database);
    if (!filter) {
        return context.fail(filter.error(), CliContext::UsageError);
    }
    const Status valid = ContactRepository(*database).checkFilter(*filter);
    if (!valid) {
        return context.fail(valid.error(), CliContext::UsageError);
    }
    ContactExporter exporter(*database);
    exporter.setFormulaGuard(!parser.isSet(noGuardOption));
    const QString path = parser.positionalArguments().first();
    const Result<ContactExporter::Summary> summary = exporter.run(path, *filter, encoding);
    if (!summary) {
        return context.fail(summary.error());
    }
    QString text = tr("%n contact(s) written to %1.\n", nullptr, static_cast<int>(summary->rows)).arg(path);
    if (summary->unencodable > 0) {
        text += tr("%1 character(s) have no Shift_JIS form and were written as '?': export as UTF-8 to keep them.\n")
                    .arg(summary->unencodable);
    }
    return context.succeed({{QStringLiteral("rows"), summary->rows},
                            {QStringLiteral("file"), path},
                            {QStringLiteral("unencodable"), summary->unencodable}},
                           text);
}

// tayori-cli import FILE …: the CSV import from a script.
#include "ImportCommand.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include "import/ContactImporter.h"
#include "import/HeaderMapper.h"
#include "import/ImportPreview.h"

QByteArray ImportCommand::canonicalCharset(const QString& name)
{
    const QString key = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (key == QLatin1String("sjis") || key == QLatin1String("shiftjis") || key == QLatin1String("cp932")
        || key == QLatin1String("windows31j") || key == QLatin1String("ms932")) {
        return QByteArrayLiteral("Shift_JIS");
    }
    if (key == QLatin1String("utf8") || key == QLatin1String("utf8bom")) {
        return QByteArrayLiteral("UTF-8");
    }
    if (key == QLatin1String("utf16le")) {
        return QByteArrayLiteral("UTF-16LE");
    }
    if (key == QLatin1String("utf16be")) {
        return QByteArrayLiteral("UTF-16BE");
    }
    if (key == QLatin1String("eucjp")) {
        return QByteArrayLiteral("EUC-JP");
    }
    return name.trimmed().toLatin1();
}

Status ImportCommand::applyMapping(const QString& spec, const QStringList& headers, QList<ColumnMapping>& mapping)
{
    const qsizetype equals = spec.indexOf(QLatin1Char('='));
    if (equals <= 0 || equals == spec.size() - 1) {
        return Status::failure(tr("--map takes FIELD=COLUMN (e.g. --map email=メールアドレス), not '%1'.").arg(spec));
    }
    const QString fieldName = spec.left(equals).trimmed();
    const QString columnName = spec.mid(equals + 1).trimmed();
    qsizetype column = headers.indexOf(columnName);
    for (qsizetype i = 0; column < 0 && i < headers.size(); ++i) {
        if (headers.at(i).compare(columnName, Qt::CaseInsensitive) == 0) {
            column = i;
        }
    }
    bool isNumber = false;
    const int number = columnName.toInt(&isNumber);
    if (column < 0 && isNumber && number >= 1 && number <= headers.size()) {
        column = number - 1;
    }
    if (column < 0) {
        return Status::failure(tr("--map %1: the file has no column '%2' (columns: %3).")
                                   .arg(spec, columnName, headers.join(QStringLiteral(", "))));
    }
    ColumnMapping target;
    const QString lower = fieldName.toLower();
    if (lower == QLatin1String("ignore") || lower == QLatin1String("skip")) {
        target.field = ContactField::Ignore;
    } else {
        target.field = HeaderMapper::fieldFor(fieldName);
        if (target.field == ContactField::Custom || target.field == ContactField::Ignore) {
            target.field = ContactField::Custom;
            target.customKey = HeaderMapper::customKeyFor(fieldName);
        }
    }
    // A standard field comes from one column only: the column that had it becomes a custom field.
    if (target.field != ContactField::Custom && target.field != ContactField::Ignore) {
        for (qsizetype i = 0; i < mapping.size(); ++i) {
            if (i != column && mapping.at(i).field == target.field) {
                mapping[i] = {ContactField::Custom, HeaderMapper::customKeyFor(headers.at(i))};
            }
        }
    }
    mapping[column] = target;
    return success();
}

int ImportCommand::run(const CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption listOption(QStringLiteral("list"), tr("Add every contact to this list."), tr("NAME"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"), tr("The file's encoding."), tr("NAME"), QStringLiteral("auto"));
    const QCommandLineOption delimiterOption(
        QStringLiteral("delimiter"), tr("The field delimiter."), tr("C"), QStringLiteral("auto"));
    const QCommandLineOption mapOption(QStringLiteral("map"), tr("Map a column to a field."), tr("FIELD=COLUMN"));
    const QCommandLineOption tagOption(QStringLiteral("tag"), tr("Tag every contact."), tr("NAME"));
    const QCommandLineOption duplicateOption(QStringLiteral("on-duplicate"),
                                             tr("What to do with addresses already stored."),
                                             tr("update|skip"),
                                             QStringLiteral("update"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Check the file and count, write nothing."));
    const QCommandLineOption reportOption(QStringLiteral("report"), tr("Save the row errors as CSV."), tr("FILE"));
    parser.addOptions({listOption,
                       encodingOption,
                       delimiterOption,
                       mapOption,
                       tagOption,
                       duplicateOption,
                       dryRunOption,
                       reportOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file."));
    if (!parser.parse(QStringList {QStringLiteral("import")} + arguments)) {
        return context.fail(parser.errorText(), CliContext::UsageError);
    }
    if (parser.positionalArguments().size() != 1) {
        return context.fail(tr("import takes exactly one FILE."), CliContext::UsageError);
    }

    ImportOptions options;
    options.filePath = parser.positionalArguments().first();
    options.list = parser.value(listOption);
    options.tags = parser.values(tagOption);
    options.dryRun = parser.isSet(dryRunOption);
    const QString policy = parser.value(duplicateOption);
    if (policy == QLatin1String("skip")) {
        options.duplicates = DuplicatePolicy::Skip;
    } else if (policy != QLatin1String("update")) {
        return context.fail(tr("--on-duplicate takes update or skip."), CliContext::UsageError);
    }
    if (parser.value(encodingOption) != QLatin1String("auto")) {
        options.charset = canonicalCharset(parser.value(encodingOption));
    }
    const QString delimiter = parser.value(delimiterOption);
    if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t")) {
        options.delimiter = QLatin1Char('\t');
    } else if (delimiter.size() == 1) {
        options.delimiter = delimiter.front();
    } else if (delimiter != QLatin1String("auto")) {
        return context.fail(tr("--delimiter takes one character, tab or auto."), CliContext::UsageError);
    }

    const Result<ImportPreview> preview
        = ImportPreview::inspect(options.filePath, options.charset, options.delimiter, 0);
    if (!preview) {
        return context.fail(preview.error());
    }
    if (parser.isSet(mapOption)) {
        options.mapping = preview->mapping;
        for (const QString& spec : parser.values(mapOption)) {
            const Status applied = applyMapping(spec, preview->headers, options.mapping);
            if (!applied) {
                return context.fail(applied.error(), CliContext::UsageError);
            }
        }
    }

    const Result<Database> database = context.openDatabase();
    if (!database) {
        return context.fail(database.error());
    }
    ContactImporter importer(*database);
    const Result<ImportReport> report = importer.run(options);
    if (!report) {
        return context.fail(report.error());
    }
    if (parser.isSet(reportOption)) {
        const Status saved = report->saveCsv(parser.value(reportOption));
        if (!saved) {
            return context.fail(saved.error());
        }
    }
    QString text = (options.dryRun ? tr("Dry run, nothing written: %1 rows, %2 new, %3 updated, %4 duplicates, %5 "
                                        "invalid.\n")
                                   : tr("%1 rows: %2 imported, %3 updated, %4 duplicates, %5 invalid.\n"))
                       .arg(report->rows)
                       .arg(report->imported)
                       .arg(report->updated)
                       .arg(report->duplicates)
                       .arg(report->invalid);
    // A terminal shows the first problems; --report or --json has them all.
    constexpr qsizetype shownIssues = 20;
    for (const ImportIssue& issue : report->issues.mid(0, shownIssues)) {
        text += (issue.severity == ImportIssue::Severity::Error ? tr("  row %1, %2: error: %3\n")
                                                                : tr("  row %1, %2: warning: %3\n"))
                    .arg(issue.row)
                    .arg(issue.columnName.isEmpty() ? tr("whole row") : issue.columnName, issue.reason);
    }
    const qint64 notShown = report->issues.size() - shownIssues + report->droppedIssues();
    if (notShown > 0) {
        text += tr("  … and %1 more; --report FILE.csv saves them all.\n").arg(notShown);
    }
    return context.succeed(report->toJson(), text);
}

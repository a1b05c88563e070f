// The outcome of an import: counts and every row-level problem (row, column, reason), savable as CSV.
#include "ImportReport.h"

#include <QJsonArray>
#include <QSaveFile>

#include "import/CsvWriter.h"

void ImportReport::addIssue(ImportIssue issue)
{
    if (issues.size() >= maxIssues) {
        ++m_droppedIssues;
        return;
    }
    issues.append(std::move(issue));
}

qsizetype ImportReport::errorCount() const
{
    return std::count_if(issues.cbegin(), issues.cend(), [](const ImportIssue& issue) {
        return issue.severity == ImportIssue::Severity::Error;
    });
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray errors;
    QJsonArray warnings;
    for (const ImportIssue& issue : issues) {
        const QJsonObject entry {{QStringLiteral("row"), issue.row},
                                 {QStringLiteral("column"), issue.columnName},
                                 {QStringLiteral("column_number"), issue.column},
                                 {QStringLiteral("reason"), issue.reason}};
        (issue.severity == ImportIssue::Severity::Error ? errors : warnings).append(entry);
    }
    QJsonObject json {{QStringLiteral("rows"), rows},
                      {QStringLiteral("imported"), imported},
                      {QStringLiteral("updated"), updated},
                      {QStringLiteral("duplicates"), duplicates},
                      {QStringLiteral("invalid"), invalid},
                      {QStringLiteral("errors"), errors},
                      {QStringLiteral("warnings"), warnings}};
    if (dryRun) {
        json.insert(QStringLiteral("dry_run"), true);
    }
    if (m_droppedIssues > 0) {
        json.insert(QStringLiteral("issues_not_listed"), m_droppedIssues);
    }
    return json;
}

Status ImportReport::saveCsv(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(tr("Cannot write the error report %1: %2").arg(path, file.errorString()));
    }
    CsvWriter writer(&file, QByteArrayLiteral("UTF-8"), true);
    writer.writeRecord({tr("Row"), tr("Column"), tr("Severity"), tr("Reason")});
    for (const ImportIssue& issue : issues) {
        writer.writeRecord({QString::number(issue.row),
                            issue.columnName,
                            issue.severity == ImportIssue::Severity::Error ? tr("Error") : tr("Warning"),
                            issue.reason});
    }
    if (!writer.ok() || !file.commit()) {
        return Status::failure(tr("Cannot write the error report %1: %2").arg(path, file.errorString()));
    }
    return success();
}

// The outcome of an import: counts and every row-level problem (row, column, reason), savable as CSV.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "common/Result.h"

struct ImportIssue
{
    enum class Severity { Error, Warning };
    qint64 row = 0;     // as a spreadsheet numbers it: the header is row 1
    int column = 0;     // 1-based; 0 when the whole row is meant
    QString columnName; // the column's header
    QString reason;
    Severity severity = Severity::Error;
};

class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    // rows = imported + updated + duplicates + invalid
    qint64 rows = 0;
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 duplicates = 0; // same address earlier in the file, or already stored when skipping
    qint64 invalid = 0;
    bool dryRun = false;
    QList<ImportIssue> issues;

    // Keeps the first issues only; a million bad rows must not fill the memory. The counts stay exact.
    static constexpr qsizetype maxIssues = 10000;
    void addIssue(ImportIssue issue);
    qint64 droppedIssues() const { return m_droppedIssues; }
    qsizetype errorCount() const;

    // The CLI contract: {"rows","imported","updated","duplicates","invalid","errors":[{"row","column","reason"}]}
    QJsonObject toJson() const;
    // UTF-8 with BOM so Excel opens it with Japanese intact.
    Status saveCsv(const QString& path) const;

private:
    qint64 m_droppedIssues = 0;
};

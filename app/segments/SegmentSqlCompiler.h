// Compiles a segment tree to a parameterised SQL condition over `contacts c`: every value is bound, none pasted.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>
#include <QVariantList>

#include "common/Result.h"
#include "segments/Segment.h"

// Used as `FROM contacts c` + joins + ` WHERE ` + condition, binding joinValues then values.
struct SegmentSql
{
    // An inner join on the list every match must be on, when nothing narrower can start the query: SQLite reads
    // the members straight from the list's index instead of first copying them into a temporary set for
    // `c.id IN (…)`. A member row is unique per contact (the table's primary key), so nobody is counted twice.
    QString joins;
    QVariantList joinValues;
    QString condition = QStringLiteral("1"); // for a WHERE clause; refers to the contacts table as `c`
    QVariantList values;                     // in placeholder order
};

class SegmentSqlCompiler
{
    Q_DECLARE_TR_FUNCTIONS(SegmentSqlCompiler)

public:
    // `customFieldKeys`: the custom fields that exist; any other field name is an error found now, not an empty
    // result later. Dates (created >= 2026-04-01) are days in `zone`, compared with the UTC times stored.
    static Result<SegmentSql> compile(const SegmentNode& node,
                                      const QStringList& customFieldKeys,
                                      const QTimeZone& zone = QTimeZone::systemTimeZone());
    static QStringList standardFields();
};

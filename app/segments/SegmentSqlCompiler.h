// Compiles a segment tree to a parameterised SQL condition over `contacts c`: every value is bound, none pasted.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>
#include <QVariantList>

#include "common/Result.h"
#include "segments/Segment.h"

struct SegmentSql
{
    QString condition;   // for a WHERE clause; refers to the contacts table as `c`
    QVariantList values; // in placeholder order
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

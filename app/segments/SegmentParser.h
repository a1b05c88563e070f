// Parses the segment text form (CLI contract):
//   terms  tag:NAME  list:NAME  status:STATE  FIELD OP VALUE   (OP: = != < <= > >= ~ ^)
//   VALUE  a bare word, a "double-quoted string" (\" and \\ escape) or a date YYYY-MM-DD
//   AND binds tighter than OR; NOT; parentheses; keywords in any case.
#pragma once

#include <memory>

#include <QCoreApplication>

#include "common/Result.h"
#include "segments/Segment.h"

class SegmentParser
{
    Q_DECLARE_TR_FUNCTIONS(SegmentParser)

public:
    // Errors name the position (1-based character) and what was expected there.
    static Result<std::shared_ptr<const SegmentNode>> parse(const QString& text);
};

// ScheduleTime: the reserved date and time of a campaign as the user writes it (`--at`, the wizard) → a UTC instant.
// Without an offset the time is local wall-clock time, resolved with the system's time-zone rules, so a schedule
// across a DST change still goes out at the written local time.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "common/Result.h"

class ScheduleTime
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleTime)

public:
    // YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]. Refused: another form, a local time that does not exist (skipped by a DST
    // change), and a time not after `now` (a schedule in the past would go out at once, which is not what was asked).
    static Result<QDateTime> parse(const QString& text, const QDateTime& now = QDateTime::currentDateTimeUtc());
};

// ScheduleTime: parsing and checking reserved times.
#include "ScheduleTime.h"

#include <QRegularExpression>

Result<QDateTime> ScheduleTime::parse(const QString& text, const QDateTime& now)
{
    using R = Result<QDateTime>;
    static const QRegularExpression form(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:\d{2})?$)"));
    const QRegularExpressionMatch match = form.match(text.trimmed());
    if (!match.hasMatch()) {
        return R::failure(tr("“%1” is not a date and time; write it as YYYY-MM-DDTHH:MM, such as 2026-12-24T09:00 "
                             "(local time) or 2026-12-24T09:00+09:00.")
                              .arg(text));
    }
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(match.captured(2), Qt::ISODate);
    if (!date.isValid() || !time.isValid()) {
        return R::failure(tr("“%1” is not a real date or time; check the day and the hour.").arg(text));
    }
    QDateTime when;
    const QString zone = match.captured(3);
    if (zone.isEmpty()) {
        when = QDateTime(date, time, Qt::LocalTime);
        // Qt moves a time in a spring-forward gap; such a wall-clock time never happens, so say so.
        if (!when.isValid() || when.time() != time || when.date() != date) {
            return R::failure(tr("%1 does not exist in this time zone (the clocks skip it for daylight saving time); "
                                 "choose another time.")
                                  .arg(text));
        }
    } else if (zone == QLatin1String("Z")) {
        when = QDateTime(date, time, Qt::UTC);
    } else {
        const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(4, 2).toInt();
        if (hours > 14 || minutes > 59) {
            return R::failure(
                tr("“%1” has an offset that no time zone uses; write it as ±HH:MM, such as +09:00.").arg(text));
        }
        when = QDateTime(date, time, Qt::OffsetFromUTC, sign * (hours * 3600 + minutes * 60));
    }
    const QDateTime utc = when.toUTC();
    if (utc <= now.toUTC()) {
        return R::failure(tr("%1 is in the past; choose a later time, or send now without --at.")
                              .arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)));
    }
    return utc;
}

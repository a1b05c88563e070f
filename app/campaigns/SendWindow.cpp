// SendWindow: the stored form, and the wall-clock arithmetic in a time zone (DST gaps and repeats included).
#include "campaigns/SendWindow.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace {
constexpr int minutesPerDay = 24 * 60;
const char* const dayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr quint8 weekdays = 0x1f;
constexpr quint8 weekend = 0x60;
constexpr quint8 everyDay = 0x7f;

bool hasDay(quint8 days, const QDate& date)
{
    return (days >> (date.dayOfWeek() - 1)) & 1;
}

QString clockText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

// The instant the wall clock in `zone` shows `minute` (0…1440) on `date`. A time the clocks skip (spring forward)
// happens at the end of the gap: the first minute after it that exists.
QDateTime wallClock(const QDate& date, int minute, const QTimeZone& zone)
{
    if (minute >= minutesPerDay) {
        return wallClock(date.addDays(1), minute - minutesPerDay, zone);
    }
    for (int m = minute; m < minutesPerDay; ++m) {
        const QTime time(m / 60, m % 60);
        const QDateTime at(date, time, zone);
        // Qt moves a non-existent time rather than refusing it; only an exact wall-clock match is taken.
        if (at.isValid() && at.date() == date && at.time() == time) {
            return at.toUTC();
        }
    }
    return wallClock(date.addDays(1), 0, zone);
}
} // namespace

bool SendWindow::contains(const QDateTime& utc, const QTimeZone& zone) const
{
    if (!isSet()) {
        return true;
    }
    const QDateTime local = utc.toTimeZone(zone);
    const int minute = local.time().hour() * 60 + local.time().minute();
    return hasDay(days, local.date()) && minute >= startMinute && minute < endMinute;
}

QDateTime SendWindow::nextOpening(const QDateTime& utc, const QTimeZone& zone) const
{
    if (!isSet()) {
        return {};
    }
    if (contains(utc, zone)) {
        return utc;
    }
    const QDate today = utc.toTimeZone(zone).date();
    // Today's opening may still be ahead; otherwise the first chosen day after it (at most a week on).
    for (int d = 0; d <= 7; ++d) {
        const QDate date = today.addDays(d);
        if (!hasDay(days, date)) {
            continue;
        }
        const QDateTime opening = wallClock(date, startMinute, zone);
        if (opening > utc && opening < wallClock(date, endMinute, zone)) {
            return opening;
        }
    }
    return {};
}

QDateTime SendWindow::closing(const QDateTime& utc, const QTimeZone& zone) const
{
    if (!isSet() || !contains(utc, zone)) {
        return {};
    }
    return wallClock(utc.toTimeZone(zone).date(), endMinute, zone);
}

QString SendWindow::toText() const
{
    if (!isSet()) {
        return {};
    }
    QStringList names;
    for (int i = 0; i < 7; ++i) {
        if ((days >> i) & 1) {
            names << QLatin1String(dayKeys[i]);
        }
    }
    return names.join(QLatin1Char(',')) + QLatin1Char(' ') + clockText(startMinute) + QLatin1Char('-')
           + clockText(endMinute);
}

Result<SendWindow> SendWindow::parse(const QString& text)
{
    using R = Result<SendWindow>;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return SendWindow();
    }
    static const QRegularExpression form(QStringLiteral(R"(^([a-z,]+)\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$)"));
    const QRegularExpressionMatch match = form.match(trimmed.toLower());
    if (!match.hasMatch()) {
        return R::failure(tr("“%1” is not a send window; write the days and the hours, such as "
                             "“mon,tue,wed,thu,fri 09:00-18:00”.")
                              .arg(text));
    }
    SendWindow window;
    window.days = 0;
    for (const QString& day : match.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        int index = -1;
        for (int i = 0; i < 7; ++i) {
            if (day == QLatin1String(dayKeys[i])) {
                index = i;
            }
        }
        if (index < 0) {
            return R::failure(
                tr("“%1” in the send window is not a day; use mon, tue, wed, thu, fri, sat and sun.").arg(day));
        }
        window.days |= quint8(1 << index);
    }
    const int startHour = match.captured(2).toInt();
    const int startMin = match.captured(3).toInt();
    const int endHour = match.captured(4).toInt();
    const int endMin = match.captured(5).toInt();
    window.startMinute = startHour * 60 + startMin;
    window.endMinute = endHour * 60 + endMin;
    if (startHour > 23 || startMin > 59 || endMin > 59 || window.endMinute > minutesPerDay) {
        return R::failure(tr("The send window “%1” has a time that does not exist; use 00:00 to 24:00.").arg(text));
    }
    if (window.endMinute <= window.startMinute) {
        return R::failure(tr("The send window “%1” closes before it opens; a window cannot span midnight, so "
                             "choose an end time later than the start.")
                              .arg(text));
    }
    if (window.days == 0) {
        return R::failure(tr("The send window “%1” names no day; choose at least one.").arg(text));
    }
    return window;
}

QString SendWindow::displayText() const
{
    if (!isSet()) {
        return tr("Any time");
    }
    QString dayText;
    if (days == everyDay) {
        dayText = tr("Every day");
    } else if (days == weekdays) {
        dayText = tr("Weekdays");
    } else if (days == weekend) {
        dayText = tr("Weekends");
    } else {
        QStringList names;
        for (int i = 0; i < 7; ++i) {
            if ((days >> i) & 1) {
                names << QLocale().dayName(i + 1, QLocale::ShortFormat);
            }
        }
        dayText = names.join(tr(", ", "between day names"));
    }
    auto time
        = [](int minute) { return QStringLiteral("%1:%2").arg(minute / 60).arg(minute % 60, 2, 10, QLatin1Char('0')); };
    //: Days, opening time, closing time: "Weekdays 9:00–18:00" (Japanese: "平日 9:00〜18:00").
    return tr("%1 %2–%3").arg(dayText, time(startMinute), time(endMinute));
}

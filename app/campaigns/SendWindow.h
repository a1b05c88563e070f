// SendWindow: when a campaign may send, in local time — e.g. weekdays 09:00–18:00. Outside it the campaign waits
// and carries on at the next opening. No days chosen means no window: any time.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include "common/Result.h"

struct SendWindow
{
    Q_DECLARE_TR_FUNCTIONS(SendWindow)

public:
    // Bit 0 = Monday … bit 6 = Sunday (Qt::DayOfWeek - 1). 0: no window.
    quint8 days = 0;
    int startMinute = 9 * 60; // local time of day the window opens, minutes after midnight
    int endMinute = 18 * 60;  // closes; greater than startMinute (no window over midnight)

    bool isSet() const { return days != 0; }
    bool contains(const QDateTime& utc, const QTimeZone& zone = QTimeZone::systemTimeZone()) const;
    // `utc` itself when inside the window, else the next opening (DST-aware). Invalid when !isSet().
    QDateTime nextOpening(const QDateTime& utc, const QTimeZone& zone = QTimeZone::systemTimeZone()) const;
    // When the opening `utc` is in closes. Invalid when outside the window or !isSet().
    QDateTime closing(const QDateTime& utc, const QTimeZone& zone = QTimeZone::systemTimeZone()) const;

    // Stored form: "" (no window) or "mon,tue,wed,thu,fri 09:00-18:00".
    QString toText() const;
    static Result<SendWindow> parse(const QString& text);
    // For the UI: "平日 9:00〜18:00" / "Weekdays 9:00–18:00".
    QString displayText() const;
    bool operator==(const SendWindow&) const = default;
};

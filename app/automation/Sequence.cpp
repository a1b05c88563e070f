// Sequence and SequenceStep: due-time arithmetic and the stored keys of the enums.
#include "automation/Sequence.h"

namespace {
// A local time that a DST change skips (02:30 on the spring-forward night) is taken an hour later.
QDateTime localAt(QDate date, QTime time, const QTimeZone& zone)
{
    QDateTime at(date, time, zone);
    if (!at.isValid()) {
        at = QDateTime(date, time.addSecs(3600), zone);
    }
    return at;
}
} // namespace

QDateTime SequenceStep::dueAt(const QDateTime& triggerUtc, const QDateTime& previousUtc, const QTimeZone& zone) const
{
    const QDateTime base = anchor == StepAnchor::Trigger || !previousUtc.isValid() ? triggerUtc : previousUtc;
    if (!base.isValid()) {
        return {};
    }
    const QDateTime local = base.toTimeZone(zone);
    if (delayUnit == DelayUnit::Hours) {
        const QDateTime after = base.addSecs(qint64(delayAmount) * 3600).toTimeZone(zone);
        if (!sendTime) {
            return after.toUTC();
        }
        QDateTime at = localAt(after.date(), *sendTime, zone);
        if (at < after) {
            at = localAt(after.date().addDays(1), *sendTime, zone);
        }
        return at.toUTC();
    }
    if (!sendTime) {
        // addDays on a zoned time keeps the wall-clock time: "3 days" is three calendar days, 71 or 73 hours
        // across a DST change.
        return local.addDays(delayAmount).toUTC();
    }
    QDateTime at = localAt(local.date().addDays(delayAmount), *sendTime, zone);
    if (at < base) {
        at = localAt(local.date().addDays(delayAmount + 1), *sendTime, zone);
    }
    return at.toUTC();
}

QString SequenceStep::unitKey(DelayUnit unit)
{
    return unit == DelayUnit::Hours ? QStringLiteral("hours") : QStringLiteral("days");
}

std::optional<DelayUnit> SequenceStep::parseUnit(const QString& key)
{
    if (key == QLatin1String("hours")) {
        return DelayUnit::Hours;
    }
    if (key == QLatin1String("days")) {
        return DelayUnit::Days;
    }
    return std::nullopt;
}

QString SequenceStep::anchorKey(StepAnchor anchor)
{
    return anchor == StepAnchor::Trigger ? QStringLiteral("trigger") : QStringLiteral("previous");
}

std::optional<StepAnchor> SequenceStep::parseAnchor(const QString& key)
{
    if (key == QLatin1String("trigger")) {
        return StepAnchor::Trigger;
    }
    if (key == QLatin1String("previous")) {
        return StepAnchor::PreviousStep;
    }
    return std::nullopt;
}

QTimeZone Sequence::zone() const
{
    if (!timeZone.isEmpty()) {
        const QTimeZone named(timeZone.toUtf8());
        if (named.isValid()) {
            return named;
        }
    }
    return QTimeZone::systemTimeZone();
}

QString Sequence::describeDelay(const SequenceStep& step)
{
    const bool trigger = step.anchor == StepAnchor::Trigger;
    QString text;
    if (step.delayAmount == 0) {
        text = trigger ? tr("on joining") : tr("right after the previous step");
    } else if (step.delayUnit == DelayUnit::Hours) {
        text = trigger ? tr("%n hour(s) after joining", nullptr, step.delayAmount)
                       : tr("%n hour(s) after the previous step", nullptr, step.delayAmount);
    } else {
        text = trigger ? tr("%n day(s) after joining", nullptr, step.delayAmount)
                       : tr("%n day(s) after the previous step", nullptr, step.delayAmount);
    }
    if (step.sendTime) {
        text = tr("%1, at %2").arg(text, step.sendTime->toString(QStringLiteral("HH:mm")));
    }
    return text;
}

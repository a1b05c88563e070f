// Clock: where "now" comes from. The scheduler and step mail ask a Clock rather than the system, so tests can move
// time forward (ManualClock) through days of a drip sequence or across a DST change in milliseconds.
#pragma once

#include <QDateTime>

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // The real time; lives for the whole program.
    static const Clock& system();
};

class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime nowUtc)
        : m_now(nowUtc.toUTC())
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& nowUtc) { m_now = nowUtc.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

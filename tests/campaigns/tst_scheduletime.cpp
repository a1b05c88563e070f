// Tests of ScheduleTime: the --at forms, offsets, local time across a DST change (a POSIX TZ rule, so no tzdata is
// needed), and the refusals — a malformed or impossible time, a local time the clocks skip, a time in the past.
#include <ctime>

#include <QtTest>

#include "campaigns/ScheduleTime.h"

class TestScheduleTime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Central European rules: clocks go from 02:00 to 03:00 on the last Sunday of March.
        qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
        tzset();
    }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        QTest::newRow("local winter") << QStringLiteral("2030-01-02T09:00") << QStringLiteral("2030-01-02T08:00:00Z");
        QTest::newRow("local summer") << QStringLiteral("2030-07-02T09:00") << QStringLiteral("2030-07-02T07:00:00Z");
        QTest::newRow("seconds") << QStringLiteral("2030-01-02T09:00:30") << QStringLiteral("2030-01-02T08:00:30Z");
        QTest::newRow("day before the change")
            << QStringLiteral("2030-03-30T03:30") << QStringLiteral("2030-03-30T02:30:00Z");
        QTest::newRow("just after the change")
            << QStringLiteral("2030-03-31T03:30") << QStringLiteral("2030-03-31T01:30:00Z");
        QTest::newRow("Z") << QStringLiteral("2030-01-02T09:00Z") << QStringLiteral("2030-01-02T09:00:00Z");
        QTest::newRow("Japan") << QStringLiteral("2030-01-02T09:00+09:00") << QStringLiteral("2030-01-02T00:00:00Z");
        QTest::newRow("India") << QStringLiteral("2030-01-02T09:00-05:30") << QStringLiteral("2030-01-02T14:30:00Z");
        QTest::newRow("spaces around") << QStringLiteral(" 2030-01-02T09:00Z ")
                                       << QStringLiteral("2030-01-02T09:00:00Z");
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const auto now = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
        const Result<QDateTime> parsed = ScheduleTime::parse(text, now);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
        QCOMPARE(parsed->toString(Qt::ISODate), utc);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("space for T") << QStringLiteral("2030-01-02 09:00") << QStringLiteral("YYYY-MM-DDTHH:MM");
        QTest::newRow("words") << QStringLiteral("tomorrow") << QStringLiteral("YYYY-MM-DDTHH:MM");
        QTest::newRow("date only") << QStringLiteral("2030-01-02") << QStringLiteral("YYYY-MM-DDTHH:MM");
        QTest::newRow("month 13") << QStringLiteral("2030-13-01T09:00") << QStringLiteral("not a real date");
        QTest::newRow("30 February") << QStringLiteral("2030-02-30T09:00") << QStringLiteral("not a real date");
        QTest::newRow("25 o'clock") << QStringLiteral("2030-01-02T25:00") << QStringLiteral("not a real date");
        QTest::newRow("offset too large") << QStringLiteral("2030-01-02T09:00+15:00") << QStringLiteral("offset");
        QTest::newRow("skipped by DST") << QStringLiteral("2030-03-31T02:30") << QStringLiteral("does not exist");
        QTest::newRow("past") << QStringLiteral("2026-12-04T11:59Z") << QStringLiteral("in the past");
        QTest::newRow("now") << QStringLiteral("2026-12-04T12:00Z") << QStringLiteral("in the past");
    }

    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto now = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
        const Result<QDateTime> parsed = ScheduleTime::parse(text, now);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(expected), qPrintable(parsed.error()));
    }
};

QTEST_GUILESS_MAIN(TestScheduleTime)
#include "tst_scheduletime.moc"

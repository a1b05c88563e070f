// Tests for SendWindow: the stored form, and opening/closing times in real zones across DST changes.
#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include "campaigns/SendWindow.h"

using namespace Qt::StringLiterals;

namespace {
QDateTime utc(const QString& text)
{
    return QDateTime::fromString(text + u"Z"_s, Qt::ISODate).toUTC();
}

SendWindow window(const QString& text)
{
    const Result<SendWindow> parsed = SendWindow::parse(text);
    if (!parsed) {
        qFatal("%s", qPrintable(parsed.error()));
    }
    return *parsed;
}
} // namespace

class TestSendWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseAndText_data();
    void parseAndText();
    void badText_data();
    void badText();
    void contains_data();
    void contains();
    void nextOpening_data();
    void nextOpening();
    void closing_data();
    void closing();
    void displayText_data();
    void displayText();
};

void TestSendWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    for (const char* zone : {"Europe/Berlin", "America/New_York", "Asia/Tokyo"}) {
        QVERIFY2(QTimeZone(zone).isValid(), zone); // tzdata is a declared dependency
    }
}

void TestSendWindow::parseAndText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("stored");
    QTest::newRow("none") << u""_s << 0 << 9 * 60 << 18 * 60 << u""_s;
    QTest::newRow("weekdays") << u"mon,tue,wed,thu,fri 09:00-18:00"_s << 0x1f << 540 << 1080
                              << u"mon,tue,wed,thu,fri 09:00-18:00"_s;
    QTest::newRow("any order, case, spaces, single digit hour")
        << u"  SUN,sat 7:30 - 12:15 "_s << 0x60 << 450 << 735 << u"sat,sun 07:30-12:15"_s;
    QTest::newRow("until midnight") << u"wed 00:00-24:00"_s << 0x04 << 0 << 1440 << u"wed 00:00-24:00"_s;
}

void TestSendWindow::parseAndText()
{
    QFETCH(QString, text);
    QFETCH(int, days);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, stored);
    const Result<SendWindow> parsed = SendWindow::parse(text);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(int(parsed->days), days);
    QCOMPARE(parsed->startMinute, start);
    QCOMPARE(parsed->endMinute, end);
    QCOMPARE(parsed->toText(), stored);
    QCOMPARE(*SendWindow::parse(parsed->toText()), *parsed); // round trip
}

void TestSendWindow::badText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("no hours") << u"mon,tue"_s << u"not a send window"_s;
    QTest::newRow("unknown day") << u"mon,fry 09:00-18:00"_s << u"“fry”"_s;
    QTest::newRow("over midnight") << u"fri 22:00-02:00"_s << u"closes before it opens"_s;
    QTest::newRow("empty window") << u"fri 09:00-09:00"_s << u"closes before it opens"_s;
    QTest::newRow("hour 25") << u"fri 09:00-25:00"_s << u"does not exist"_s;
    QTest::newRow("minute 60") << u"fri 09:60-18:00"_s << u"does not exist"_s;
    QTest::newRow("no day") << u", 09:00-18:00"_s << u"names no day"_s;
}

void TestSendWindow::badText()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    const Result<SendWindow> parsed = SendWindow::parse(text);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(says), qPrintable(parsed.error()));
}

void TestSendWindow::contains_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("at");
    QTest::addColumn<bool>("inside");
    const QString weekdays = u"mon,tue,wed,thu,fri 09:00-18:00"_s;
    QTest::newRow("Tokyo Monday 9:00 opens") << weekdays << u"Asia/Tokyo"_s << u"2026-12-07T00:00:00"_s << true;
    QTest::newRow("Tokyo Monday 17:59 inside") << weekdays << u"Asia/Tokyo"_s << u"2026-12-07T08:59:59"_s << true;
    QTest::newRow("Tokyo Monday 18:00 closed") << weekdays << u"Asia/Tokyo"_s << u"2026-12-07T09:00:00"_s << false;
    QTest::newRow("Tokyo Sunday 23:59 UTC is Monday 8:59")
        << weekdays << u"Asia/Tokyo"_s << u"2026-12-06T23:59:00"_s << false;
    QTest::newRow("Tokyo Saturday noon") << weekdays << u"Asia/Tokyo"_s << u"2026-12-05T03:00:00"_s << false;
    QTest::newRow("the same instant is Friday in New York")
        << weekdays << u"America/New_York"_s << u"2026-12-04T15:00:00"_s << true;
    // Berlin springs forward on 2026-03-29 at 01:00 UTC: 02:00 CET becomes 03:00 CEST.
    QTest::newRow("Berlin 01:59 CET before the change")
        << u"sun 02:00-04:00"_s << u"Europe/Berlin"_s << u"2026-03-29T00:59:00"_s << false;
    QTest::newRow("Berlin 03:00 CEST after the change")
        << u"sun 02:00-04:00"_s << u"Europe/Berlin"_s << u"2026-03-29T01:00:00"_s << true;
    // New York falls back on 2026-11-01 at 06:00 UTC: 01:00–02:00 happens twice.
    QTest::newRow("New York first 01:30 (EDT)")
        << u"sun 01:00-02:00"_s << u"America/New_York"_s << u"2026-11-01T05:30:00"_s << true;
    QTest::newRow("New York second 01:30 (EST)")
        << u"sun 01:00-02:00"_s << u"America/New_York"_s << u"2026-11-01T06:30:00"_s << true;
    QTest::newRow("New York 02:00 EST closed")
        << u"sun 01:00-02:00"_s << u"America/New_York"_s << u"2026-11-01T07:00:00"_s << false;
    QTest::newRow("no window: always") << u""_s << u"Asia/Tokyo"_s << u"2026-12-05T03:00:00"_s << true;
}

void TestSendWindow::contains()
{
    QFETCH(QString, window);
    QFETCH(QString, zone);
    QFETCH(QString, at);
    QFETCH(bool, inside);
    QCOMPARE(::window(window).contains(utc(at), QTimeZone(zone.toLatin1())), inside);
}

void TestSendWindow::nextOpening_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("expected"); // UTC; empty: invalid
    const QString weekdays = u"mon,tue,wed,thu,fri 09:00-18:00"_s;
    const QString daily = u"mon,tue,wed,thu,fri,sat,sun 09:00-18:00"_s;
    QTest::newRow("Tokyo Saturday → Monday 9:00")
        << weekdays << u"Asia/Tokyo"_s << u"2026-12-05T03:00:00"_s << u"2026-12-07T00:00:00"_s;
    QTest::newRow("inside: now") << weekdays << u"Asia/Tokyo"_s << u"2026-12-07T01:00:00"_s << u"2026-12-07T01:00:00"_s;
    QTest::newRow("Tokyo Monday evening → Tuesday 9:00")
        << weekdays << u"Asia/Tokyo"_s << u"2026-12-07T10:00:00"_s << u"2026-12-08T00:00:00"_s;
    QTest::newRow("Tokyo Monday early → Monday 9:00")
        << weekdays << u"Asia/Tokyo"_s << u"2026-12-06T22:00:00"_s << u"2026-12-07T00:00:00"_s;
    // Across DST: the opening stays at 9:00 local, so its UTC moves by an hour.
    QTest::newRow("Berlin spring forward: 9:00 CEST = 07:00 UTC")
        << daily << u"Europe/Berlin"_s << u"2026-03-28T18:00:00"_s << u"2026-03-29T07:00:00"_s;
    QTest::newRow("Berlin fall back: 9:00 CET = 08:00 UTC")
        << daily << u"Europe/Berlin"_s << u"2026-10-24T17:00:00"_s << u"2026-10-25T08:00:00"_s;
    QTest::newRow("New York Friday evening → Monday 9:00 EDT")
        << weekdays << u"America/New_York"_s << u"2026-03-06T23:00:00"_s << u"2026-03-09T13:00:00"_s;
    // 02:30 does not exist on 2026-03-08 in New York: the window opens when the clocks reach 03:00 EDT.
    QTest::newRow("New York opening in the DST gap")
        << u"sun 02:30-04:00"_s << u"America/New_York"_s << u"2026-03-08T05:00:00"_s << u"2026-03-08T07:00:00"_s;
    // A window entirely in the gap never opens that day: the next Sunday.
    QTest::newRow("New York window inside the gap → a week later")
        << u"sun 02:00-02:59"_s << u"America/New_York"_s << u"2026-03-08T05:00:00"_s << u"2026-03-15T06:00:00"_s;
    QTest::newRow("no window") << u""_s << u"Asia/Tokyo"_s << u"2026-12-05T03:00:00"_s << u""_s;
}

void TestSendWindow::nextOpening()
{
    QFETCH(QString, window);
    QFETCH(QString, zone);
    QFETCH(QString, from);
    QFETCH(QString, expected);
    const QDateTime opening = ::window(window).nextOpening(utc(from), QTimeZone(zone.toLatin1()));
    if (expected.isEmpty()) {
        QVERIFY(!opening.isValid());
        return;
    }
    QCOMPARE(opening.toUTC(), utc(expected));
    QVERIFY(::window(window).contains(opening, QTimeZone(zone.toLatin1())));
}

void TestSendWindow::closing_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("expected"); // UTC; empty: invalid
    QTest::newRow("Tokyo Monday 10:00 → 18:00") << u"mon,tue,wed,thu,fri 09:00-18:00"_s << u"Asia/Tokyo"_s
                                                << u"2026-12-07T01:00:00"_s << u"2026-12-07T09:00:00"_s;
    QTest::newRow("outside: none") << u"mon,tue,wed,thu,fri 09:00-18:00"_s << u"Asia/Tokyo"_s
                                   << u"2026-12-05T03:00:00"_s << u""_s;
    QTest::newRow("Berlin midnight on the spring-forward day")
        << u"sun 00:00-24:00"_s << u"Europe/Berlin"_s << u"2026-03-29T00:30:00"_s << u"2026-03-29T22:00:00"_s;
    QTest::newRow("New York closing in the DST gap → 03:00 EDT")
        << u"sun 00:00-02:30"_s << u"America/New_York"_s << u"2026-03-08T05:30:00"_s << u"2026-03-08T07:00:00"_s;
    QTest::newRow("New York fall back: 18:00 EST")
        << u"sun 09:00-18:00"_s << u"America/New_York"_s << u"2026-11-01T15:00:00"_s << u"2026-11-01T23:00:00"_s;
}

void TestSendWindow::closing()
{
    QFETCH(QString, window);
    QFETCH(QString, zone);
    QFETCH(QString, at);
    QFETCH(QString, expected);
    const QDateTime closes = ::window(window).closing(utc(at), QTimeZone(zone.toLatin1()));
    if (expected.isEmpty()) {
        QVERIFY(!closes.isValid());
    } else {
        QCOMPARE(closes.toUTC(), utc(expected));
    }
}

void TestSendWindow::displayText_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("shown");
    QTest::newRow("none") << u""_s << u"Any time"_s;
    QTest::newRow("weekdays") << u"mon,tue,wed,thu,fri 09:00-18:00"_s << u"Weekdays 9:00–18:00"_s;
    QTest::newRow("weekends") << u"sat,sun 10:30-12:00"_s << u"Weekends 10:30–12:00"_s;
    QTest::newRow("every day") << u"mon,tue,wed,thu,fri,sat,sun 00:00-24:00"_s << u"Every day 0:00–24:00"_s;
    QTest::newRow("some days") << u"mon,wed 08:00-09:00"_s << u"Mon, Wed 8:00–9:00"_s;
}

void TestSendWindow::displayText()
{
    QFETCH(QString, window);
    QFETCH(QString, shown);
    QCOMPARE(::window(window).displayText(), shown);
}

QTEST_GUILESS_MAIN(TestSendWindow)
#include "tst_sendwindow.moc"

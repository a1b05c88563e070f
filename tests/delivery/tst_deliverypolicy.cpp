// The rules of the delivery engine that need no server: retry backoff with jitter, relay and domain throttles,
// link tokens (forged, altered, swapped or mis-purposed tokens never verify), Message-IDs fixed per recipient.
#include <QRegularExpression>
#include <QTest>

#include "campaigns/Campaign.h"
#include "delivery/DeliveryThrottle.h"
#include "delivery/RetryPolicy.h"
#include "web/LinkToken.h"

using namespace std::chrono;
using namespace Qt::StringLiterals;

class TestDeliveryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void backoff_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expectedMs");
        // firstDelay 60 s, factor 2, max 3600 s, jitter ±20 %.
        QTest::newRow("first, no jitter") << 1 << 0.5 << qint64(60000);
        QTest::newRow("first, lowest") << 1 << 0.0 << qint64(48000);
        QTest::newRow("first, highest") << 1 << 1.0 << qint64(72000);
        QTest::newRow("second") << 2 << 0.5 << qint64(120000);
        QTest::newRow("fifth") << 5 << 0.5 << qint64(960000);
        QTest::newRow("capped") << 10 << 0.5 << qint64(3600000);
        QTest::newRow("capped, highest") << 30 << 1.0 << qint64(4320000);
    }
    void backoff()
    {
        QFETCH(int, attempts);
        QFETCH(double, random);
        QFETCH(qint64, expectedMs);
        RetryPolicy policy;
        QCOMPARE(policy.delayAfter(attempts, random).count(), expectedMs);
    }

    void maxAttempts()
    {
        RetryPolicy policy;
        policy.maxAttempts = 3;
        QVERIFY(policy.mayRetry(1));
        QVERIFY(policy.mayRetry(2));
        QVERIFY(!policy.mayRetry(3));
    }

    void carrierDomainsAreGentle_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("limited");
        QTest::newRow("docomo") << u"docomo.ne.jp"_s << true;
        QTest::newRow("ezweb") << u"ezweb.ne.jp"_s << true;
        QTest::newRow("au.com") << u"au.com"_s << true;
        QTest::newRow("softbank") << u"softbank.ne.jp"_s << true;
        QTest::newRow("i.softbank") << u"i.softbank.jp"_s << true;
        QTest::newRow("gmail") << u"gmail.com"_s << false;
        QTest::newRow("company") << u"example.co.jp"_s << false;
    }
    void carrierDomainsAreGentle()
    {
        QFETCH(QString, domain);
        QFETCH(bool, limited);
        const auto limit = DeliveryThrottle::defaultLimit(domain);
        QCOMPARE(limit.maxInFlight > 0 && limit.perSecond > 0, limited);
    }

    void domainInFlightLimit()
    {
        DeliveryThrottle throttle;
        const auto now = DeliveryThrottle::Clock::now();
        DeliveryThrottle::Clock::time_point retryAt;
        throttle.setDomainLimit(u"slow.example"_s, {2, 0});
        QVERIFY(throttle.tryAcquire(u"slow.example"_s, now, retryAt));
        QVERIFY(throttle.tryAcquire(u"slow.example"_s, now, retryAt));
        QVERIFY(!throttle.tryAcquire(u"slow.example"_s, now, retryAt));
        // Other domains are not held up by a slow one.
        QVERIFY(throttle.tryAcquire(u"fast.example"_s, now, retryAt));
        throttle.release(u"slow.example"_s);
        QVERIFY(throttle.tryAcquire(u"slow.example"_s, now, retryAt));
    }

    void domainRate()
    {
        DeliveryThrottle throttle;
        throttle.setDomainLimit(u"docomo.ne.jp"_s, {0, 2.0});
        auto now = DeliveryThrottle::Clock::now();
        DeliveryThrottle::Clock::time_point retryAt;
        int granted = 0;
        // Over 10 simulated seconds at 2/s: about 20, never a burst beyond the bucket.
        for (int tick = 0; tick < 1000; ++tick) {
            if (throttle.tryAcquire(u"docomo.ne.jp"_s, now, retryAt)) {
                ++granted;
                throttle.release(u"docomo.ne.jp"_s);
            } else {
                QVERIFY(retryAt > now);
            }
            now += milliseconds(10);
        }
        QVERIFY2(granted >= 19 && granted <= 22, qPrintable(QString::number(granted)));
    }

    void relayRateAndSlowDown()
    {
        DeliveryThrottle throttle(100.0);
        auto now = DeliveryThrottle::Clock::now();
        DeliveryThrottle::Clock::time_point retryAt;
        int granted = 0;
        for (int tick = 0; tick < 1000; ++tick) { // one simulated second
            granted += throttle.tryAcquire(u"a.example"_s, now, retryAt) ? 1 : 0;
            throttle.release(u"a.example"_s);
            now += milliseconds(1);
        }
        QVERIFY2(granted >= 99 && granted <= 102, qPrintable(QString::number(granted)));
        // A 421: a pause, and half the rate.
        throttle.relayTroubled(now);
        QCOMPARE(throttle.currentRelayRate(), 50.0);
        QVERIFY(!throttle.tryAcquire(u"a.example"_s, now + milliseconds(100), retryAt));
        QVERIFY(retryAt >= now + milliseconds(500));
        QVERIFY(throttle.tryAcquire(u"a.example"_s, now + milliseconds(600), retryAt));
        // Successes bring it back, never above the configured rate.
        for (int i = 0; i < 100; ++i) {
            throttle.relaySucceeded();
        }
        QCOMPARE(throttle.currentRelayRate(), 100.0);
    }

    void tokenRoundTrip_data()
    {
        QTest::addColumn<int>("purpose");
        QTest::addColumn<qint64>("contact");
        QTest::addColumn<qint64>("campaign");
        QTest::newRow("unsubscribe small") << int(LinkToken::Purpose::Unsubscribe) << qint64(1) << qint64(1);
        QTest::newRow("bounce large") << int(LinkToken::Purpose::Bounce) << qint64(9876543210) << qint64(123456);
        QTest::newRow("preferences zero campaign") << int(LinkToken::Purpose::Preferences) << qint64(42) << qint64(0);
    }
    void tokenRoundTrip()
    {
        QFETCH(int, purpose);
        QFETCH(qint64, contact);
        QFETCH(qint64, campaign);
        const LinkToken tokens(QByteArray(32, '\x5a'));
        const auto p = LinkToken::Purpose(purpose);
        const QByteArray token = tokens.issue(p, contact, campaign);
        // base64url, short enough for a VERP local part.
        QVERIFY(token.size() <= 40);
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]+$"_s).match(QString::fromLatin1(token)).hasMatch());
        const auto claims = tokens.verify(token, p);
        QVERIFY(claims);
        QCOMPARE(claims->contactId, contact);
        QCOMPARE(claims->campaignId, campaign);
    }

    void forgedTokensFail()
    {
        const LinkToken tokens(QByteArray(32, '\x11'));
        const QByteArray token = tokens.issue(LinkToken::Purpose::Unsubscribe, 7, 3);
        // Another installation's secret.
        QVERIFY(!LinkToken(QByteArray(32, '\x12')).verify(token, LinkToken::Purpose::Unsubscribe));
        // The wrong purpose: a bounce token cannot unsubscribe anyone.
        QVERIFY(!tokens.verify(token, LinkToken::Purpose::Preferences));
        // Every single-character change.
        const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < token.size(); ++i) {
            QByteArray altered = token;
            altered[i] = alphabet.at((alphabet.indexOf(token.at(i)) + 1) % alphabet.size());
            QVERIFY2(!tokens.verify(altered, LinkToken::Purpose::Unsubscribe), altered.constData());
        }
        // Truncated, extended, empty, garbage.
        QVERIFY(!tokens.verify(token.left(token.size() - 1), LinkToken::Purpose::Unsubscribe));
        QVERIFY(!tokens.verify(token + "A", LinkToken::Purpose::Unsubscribe));
        QVERIFY(!tokens.verify(QByteArray(), LinkToken::Purpose::Unsubscribe));
        QVERIFY(!tokens.verify("../../etc/passwd", LinkToken::Purpose::Unsubscribe));
        // A click token is bound to its URL.
        const QByteArray click = tokens.issue(LinkToken::Purpose::Click, 7, 3, "https://example.jp/a");
        QVERIFY(tokens.verify(click, LinkToken::Purpose::Click, "https://example.jp/a"));
        QVERIFY(!tokens.verify(click, LinkToken::Purpose::Click, "https://evil.example/a"));
    }

    void messageIdIsFixedPerRecipient()
    {
        Campaign campaign;
        campaign.id = 12;
        campaign.token = u"k3j4h5g6f7"_s;
        campaign.fromAddress = u"news@Example.CO.JP"_s;
        QCOMPARE(campaign.messageId(345), QByteArray("tayori.12.345.k3j4h5g6f7@example.co.jp"));
        QCOMPARE(campaign.messageId(345), campaign.messageId(345));
        QVERIFY(campaign.messageId(345) != campaign.messageId(346));
        campaign.fromAddress = u"info@例え.jp"_s;
        QVERIFY(campaign.messageId(1).endsWith("@xn--r8jz45g.jp"));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryPolicy)
#include "tst_deliverypolicy.moc"

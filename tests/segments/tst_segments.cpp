// The segment text form (CLI contract): parsing, its canonical round trip, errors, and the SQL it compiles to,
// counted on a real SQLite file.
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "contacts/ContactRepository.h"
#include "segments/SegmentParser.h"
#include "segments/SegmentSqlCompiler.h"

class TestSegments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void parseErrors_data();
    void parseErrors();
    void counts_data();
    void counts();
    void compileErrors_data();
    void compileErrors();
    void hostileValuesAreBound();

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
};

void TestSegments::initTestCase()
{
    const Result<Database> db = Database::open(m_dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(db.ok());
    m_db = *db;
    ContactRepository repository(*m_db);
    struct Row
    {
        const char* email;
        const char* family;
        const char* given;
        const char* company;
        ContactStatus status;
        QStringList tags;
        QStringList lists;
        QMap<QString, QString> custom;
    };
    const QList<Row> rows = {
        {"gold1@example.jp",
         "山田",
         "太郎",
         "山田商店",
         ContactStatus::Subscribed,
         {QStringLiteral("vip")},
         {QStringLiteral("newsletter")},
         {{QStringLiteral("plan"), QStringLiteral("gold")}, {QStringLiteral("age"), QStringLiteral("9")}}},
        {"gold2@example.com",
         "Smith",
         "John",
         "ACME",
         ContactStatus::Subscribed,
         {QStringLiteral("test")},
         {QStringLiteral("newsletter")},
         {{QStringLiteral("plan"), QStringLiteral("gold")}, {QStringLiteral("age"), QStringLiteral("42")}}},
        {"silver@example.jp",
         "佐藤",
         "花子",
         "",
         ContactStatus::Subscribed,
         {},
         {QStringLiteral("newsletter")},
         {{QStringLiteral("plan"), QStringLiteral("silver")}}},
        {"gone@example.jp", "田中", "一郎", "田中工業", ContactStatus::Unsubscribed, {QStringLiteral("vip")}, {}, {}},
        {"100%@example.com", "O'Brien", "Pat", "100% Juice", ContactStatus::Subscribed, {}, {}, {}},
    };
    for (const Row& row : rows) {
        Contact contact;
        contact.email = QString::fromUtf8(row.email);
        contact.familyName = QString::fromUtf8(row.family);
        contact.givenName = QString::fromUtf8(row.given);
        contact.company = QString::fromUtf8(row.company);
        contact.status = row.status;
        contact.tags = row.tags;
        contact.lists = row.lists;
        contact.customValues = row.custom;
        QVERIFY(repository.add(contact).ok());
    }
    // One contact created on a known local day, for the date terms: 1774958400 is 2026-03-31T12:00:00Z.
    QSqlQuery(QStringLiteral("UPDATE contacts SET created_at = 1774958400 WHERE COALESCE(email_key, email) = "
                             "'silver@example.jp'"),
              m_db->connection());
}

void TestSegments::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("tag") << QStringLiteral("tag:vip") << QStringLiteral("tag:vip");
    QTest::newRow("keywords any case") << QStringLiteral("tag:a and list:b OR not status:subscribed")
                                       << QStringLiteral("tag:a AND list:b OR NOT status:subscribed");
    QTest::newRow("contract example")
        << QStringLiteral("list:newsletter AND (plan = gold OR tag:vip) AND NOT tag:test AND created >= 2026-04-01")
        << QStringLiteral("list:newsletter AND (plan = gold OR tag:vip) AND NOT tag:test AND created >= 2026-04-01");
    QTest::newRow("every operator") << QStringLiteral("a=1 AND b!=2 AND c<3 AND d<=4 AND e>5 AND f>=6 AND g~7 AND h^8")
                                    << QStringLiteral("a = 1 AND b != 2 AND c < 3 AND d <= 4 AND e > 5 AND f >= 6 AND "
                                                      "g ~ 7 AND h ^ 8");
    QTest::newRow("quoted value") << QStringLiteral("company = \"ACME, Inc.\"")
                                  << QStringLiteral("company = \"ACME, Inc.\"");
    QTest::newRow("escaped quote") << QStringLiteral("company ~ \"say \\\"hi\\\"\"")
                                   << QStringLiteral("company ~ \"say \\\"hi\\\"\"");
    QTest::newRow("keyword as value is quoted") << QStringLiteral("plan = \"or\"") << QStringLiteral("plan = \"or\"");
    QTest::newRow("redundant parentheses") << QStringLiteral("((tag:a))") << QStringLiteral("tag:a");
    QTest::newRow("and binds tighter") << QStringLiteral("tag:a OR tag:b AND tag:c")
                                       << QStringLiteral("tag:a OR tag:b AND tag:c");
    QTest::newRow("grouped or") << QStringLiteral("(tag:a OR tag:b) AND tag:c")
                                << QStringLiteral("(tag:a OR tag:b) AND tag:c");
    QTest::newRow("not group") << QStringLiteral("NOT (tag:a OR tag:b)") << QStringLiteral("NOT (tag:a OR tag:b)");
    QTest::newRow("japanese") << QStringLiteral("list:\"2026 秋セミナー\" AND 会員ランク = ゴールド")
                              << QStringLiteral("list:\"2026 秋セミナー\" AND 会員ランク = ゴールド");
}

void TestSegments::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto parsed = SegmentParser::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE((*parsed)->toText(), canonical);
    const auto again = SegmentParser::parse(canonical);
    QVERIFY(again.ok());
    QCOMPARE((*again)->toText(), canonical);
}

void TestSegments::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("dangling and") << QStringLiteral("tag:a AND") << QStringLiteral("character 10");
    QTest::newRow("missing value") << QStringLiteral("plan =") << QStringLiteral("expected a value");
    QTest::newRow("unknown prefix") << QStringLiteral("colour:red") << QStringLiteral("tag:, list: or status:");
    QTest::newRow("unclosed paren") << QStringLiteral("(tag:a OR tag:b") << QStringLiteral("expected ')'");
    QTest::newRow("unclosed quote") << QStringLiteral("plan = \"gold") << QStringLiteral("never closed");
    QTest::newRow("bare bang") << QStringLiteral("plan ! gold") << QStringLiteral("NOT to negate");
    QTest::newRow("two terms without and") << QStringLiteral("tag:a tag:b") << QStringLiteral("expected AND, OR");
}

void TestSegments::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto parsed = SegmentParser::parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(expected), qPrintable(parsed.error()));
}

void TestSegments::counts_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("tag") << QStringLiteral("tag:vip") << qint64(2);
    QTest::newRow("tag case-insensitive") << QStringLiteral("tag:VIP") << qint64(2);
    QTest::newRow("list") << QStringLiteral("list:newsletter") << qint64(3);
    QTest::newRow("status") << QStringLiteral("status:unsubscribed") << qint64(1);
    QTest::newRow("status japanese") << QStringLiteral("status:配信停止") << qint64(1);
    QTest::newRow("custom equal") << QStringLiteral("plan = gold") << qint64(2);
    QTest::newRow("custom not equal includes missing") << QStringLiteral("plan != gold") << qint64(3);
    QTest::newRow("custom numeric") << QStringLiteral("age > 10") << qint64(1);
    QTest::newRow("custom numeric le") << QStringLiteral("age <= 9") << qint64(1);
    QTest::newRow("contains") << QStringLiteral("company ~ 商") << qint64(1);
    QTest::newRow("contains percent literally") << QStringLiteral("company ~ \"100%\"") << qint64(1);
    QTest::newRow("starts with") << QStringLiteral("email ^ GOLD") << qint64(2);
    QTest::newRow("email equal ignores case") << QStringLiteral("email = Silver@Example.JP") << qint64(1);
    QTest::newRow("japanese family name") << QStringLiteral("last_name = 山田") << qint64(1);
    QTest::newRow("not") << QStringLiteral("NOT tag:vip") << qint64(3);
    QTest::newRow("and or precedence") << QStringLiteral("tag:test OR tag:vip AND status:unsubscribed") << qint64(2);
    QTest::newRow("grouped") << QStringLiteral("(tag:test OR tag:vip) AND status:unsubscribed") << qint64(1);
    QTest::newRow("contract example") << QStringLiteral(
        "list:newsletter AND (plan = gold OR tag:vip) AND NOT tag:test AND created >= 2026-01-01")
                                      << qint64(1);
    // silver@ was created at 2026-03-31T12:00Z: 31 March as a local day from UTC-11 to UTC+11 (Tokyo 21:00).
    QTest::newRow("date equal") << QStringLiteral("created = 2026-03-31") << qint64(1);
    QTest::newRow("date before") << QStringLiteral("created < 2026-04-01") << qint64(1);
    QTest::newRow("date after") << QStringLiteral("created > 2026-03-31") << qint64(4);
    QTest::newRow("matches nobody") << QStringLiteral("plan = platinum") << qint64(0);
}

void TestSegments::counts()
{
    QFETCH(QString, segment);
    QFETCH(qint64, expected);
    const ContactRepository repository(*m_db);
    ContactFilter filter;
    filter.segment = segment;
    const Status valid = repository.checkFilter(filter);
    QVERIFY2(valid.ok(), qPrintable(valid.error()));
    QCOMPARE(repository.count(filter), expected);
}

void TestSegments::compileErrors_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown field") << QStringLiteral("colour = red") << QStringLiteral("Unknown field 'colour'");
    QTest::newRow("unknown status") << QStringLiteral("status:happy") << QStringLiteral("Unknown status");
    QTest::newRow("bad date") << QStringLiteral("created >= April") << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("date contains") << QStringLiteral("created ~ 2026-04-01") << QStringLiteral("YYYY-MM-DD");
}

void TestSegments::compileErrors()
{
    QFETCH(QString, segment);
    QFETCH(QString, expected);
    ContactFilter filter;
    filter.segment = segment;
    const ContactRepository repository(*m_db);
    const Status valid = repository.checkFilter(filter);
    QVERIFY(!valid.ok());
    QVERIFY2(valid.error().contains(expected), qPrintable(valid.error()));
    QCOMPARE(repository.count(filter), 0); // never "everyone" by mistake
}

void TestSegments::hostileValuesAreBound()
{
    const auto parsed
        = SegmentParser::parse(QStringLiteral("company = \"x' OR 1=1 --\" OR tag:\"'); DROP TABLE contacts; --\""));
    QVERIFY(parsed.ok());
    const Result<SegmentSql> sql = SegmentSqlCompiler::compile(**parsed, {});
    QVERIFY(sql.ok());
    QVERIFY(!sql->condition.contains(QStringLiteral("DROP")));
    QVERIFY(!sql->condition.contains(QStringLiteral("1=1")));
    QCOMPARE(sql->values.size(), 2);
    ContactFilter filter;
    filter.segment = (*parsed)->toText();
    QCOMPARE(ContactRepository(*m_db).count(filter), 0);
    QCOMPARE(ContactRepository(*m_db).count(), 5);
}

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"

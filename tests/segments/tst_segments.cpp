// The segment text form (CLI contract): parsing, its canonical round trip, errors, and the SQL it compiles to,
// counted on a real SQLite file.
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "contacts/ContactRepository.h"
#include "segments/SegmentAudience.h"
#include "segments/SegmentJson.h"
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
    void hostileValuesCounted_data();
    void hostileValuesCounted();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonErrors_data();
    void jsonErrors();
    void plans_data();
    void plans();
    void idsAndForEachUseTheSegment();
    void queryPlans_data();
    void queryPlans();
    void audience_data();
    void audience();
    void audienceErrors();

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::optional<Database> m_hostileDb;
};

namespace {
// Hostile company names: each stored once, each must be found exactly once by "company = VALUE".
QStringList hostileCompanies()
{
    return {QStringLiteral("x' OR 1=1 --"),
            QStringLiteral("'; DROP TABLE contacts; --"),
            QStringLiteral("50% off"),
            QStringLiteral("a_b"),
            QStringLiteral("axb"),
            QStringLiteral("back\\slash"),
            QStringLiteral("say \"hi\""),
            QStringLiteral("and"),
            QStringLiteral("(paren)"),
            QStringLiteral("nul") + QChar(0) + QStringLiteral("byte"),
            QString(10000, QLatin1Char('L')) + QStringLiteral("ong"),
            QStringLiteral("ÅNGSTRÖM 株式会社")};
}
} // namespace

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
    const Result<Database> hostile = Database::open(m_dir.filePath(QStringLiteral("hostile.sqlite")));
    QVERIFY(hostile.ok());
    m_hostileDb = *hostile;
    ContactRepository hostileRepository(*m_hostileDb);
    int n = 0;
    for (const QString& company : hostileCompanies()) {
        Contact contact;
        contact.email = QStringLiteral("h%1@example.com").arg(n++);
        contact.company = company;
        contact.customValues.insert(QStringLiteral("note"), company);
        contact.tags = QStringList {company.left(200)};
        const Result<qint64> added = hostileRepository.add(contact);
        QVERIFY2(added.ok(), qPrintable(added.error()));
    }
    // A suppressed address: it matches segments but is not part of a campaign's audience.
    QVERIFY(QSqlQuery(m_db->connection())
                .exec(QStringLiteral("INSERT INTO suppressions (email_key, reason, created_at) VALUES "
                                     "('gold2@example.com', 'complaint', '2026-12-01T00:00:00Z')")));
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
    // Positions are 1-based characters, pointing at what is wrong.
    QTest::newRow("close paren where a term goes")
        << QStringLiteral("tag:a AND )") << QStringLiteral("character 11: expected a condition");
    QTest::newRow("colon alone") << QStringLiteral("tag:a AND :b")
                                 << QStringLiteral("character 11: expected a condition such as tag:NAME, list:NAME, "
                                                   "status:STATE or FIELD = VALUE, found ':'");
    QTest::newRow("or at the end") << QStringLiteral("plan = gold OR") << QStringLiteral("character 15:");
    QTest::newRow("paren never closed at the end")
        << QStringLiteral("(tag:a") << QStringLiteral("character 7: expected ')'");
    QTest::newRow("or or") << QStringLiteral("tag:a OR OR tag:b") << QStringLiteral("character 10:");
    QTest::newRow("two operators") << QStringLiteral("plan = = gold")
                                   << QStringLiteral("character 8: expected a value");
    QTest::newRow("after japanese") << QStringLiteral("会員 = ゴールド )")
                                    << QStringLiteral("character 11: expected AND, OR or the end, found ')'");
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
    // Each operator on standard fields (text compares ignore case, as the contacts search does).
    QTest::newRow("first_name =") << QStringLiteral("first_name = john") << qint64(1);
    QTest::newRow("first_name !=") << QStringLiteral("first_name != John") << qint64(4);
    QTest::newRow("last_name ^") << QStringLiteral("last_name ^ o'") << qint64(1);
    QTest::newRow("company <") << QStringLiteral("company < B") << qint64(3);
    QTest::newRow("company <=") << QStringLiteral("company <= acme") << qint64(3);
    QTest::newRow("company >") << QStringLiteral("company > ACME") << qint64(2);
    QTest::newRow("company >=") << QStringLiteral("company >= ACME") << qint64(3);
    QTest::newRow("phone empty") << QStringLiteral("phone = \"\"") << qint64(5);
    QTest::newRow("email ~") << QStringLiteral("email ~ .COM") << qint64(2);
    QTest::newRow("email <") << QStringLiteral("email < h") << qint64(4);
    QTest::newRow("email >=") << QStringLiteral("email >= s") << qint64(1);
    // … and on custom fields: text, case-insensitive; numbers as numbers; != includes contacts without the field.
    QTest::newRow("custom <") << QStringLiteral("plan < h") << qint64(2);
    QTest::newRow("custom >=") << QStringLiteral("plan >= SILVER") << qint64(1);
    QTest::newRow("custom ~") << QStringLiteral("plan ~ OL") << qint64(2);
    QTest::newRow("custom ^") << QStringLiteral("plan ^ S") << qint64(1);
    QTest::newRow("custom = ignores case") << QStringLiteral("plan = GOLD") << qint64(2);
    QTest::newRow("custom key ignores case") << QStringLiteral("PLAN = gold") << qint64(2);
    QTest::newRow("custom numeric >=") << QStringLiteral("age >= 9") << qint64(2);
    QTest::newRow("custom numeric <") << QStringLiteral("age < 10") << qint64(1);
    QTest::newRow("custom numeric =") << QStringLiteral("age = 9") << qint64(1);
    QTest::newRow("custom numeric !=") << QStringLiteral("age != 9") << qint64(4);
    QTest::newRow("date <=") << QStringLiteral("created <= 2026-03-31") << qint64(1);
    QTest::newRow("date >=") << QStringLiteral("created >= 2026-04-01") << qint64(4);
    QTest::newRow("date !=") << QStringLiteral("created != 2026-03-31") << qint64(4);
    // Keywords and prefixes in any case; nesting and precedence.
    QTest::newRow("mixed case keywords") << QStringLiteral("Tag:vip aNd NoT Status:unsubscribed") << qint64(1);
    QTest::newRow("upper prefix") << QStringLiteral("LIST:newsletter") << qint64(3);
    QTest::newRow("not of group") << QStringLiteral("NOT (tag:vip OR NOT list:newsletter)") << qint64(2);
    QTest::newRow("double not") << QStringLiteral("NOT NOT tag:vip") << qint64(2);
    QTest::newRow("group minus group") << QStringLiteral(
        "(tag:vip OR list:newsletter) AND NOT (status:unsubscribed OR plan = gold)")
                                       << qint64(1);
    QTest::newRow("or binds looser both sides")
        << QStringLiteral("status:unsubscribed OR plan = silver OR tag:test AND tag:vip") << qint64(2);
    QTest::newRow("list, tag, column and not")
        << QStringLiteral("list:newsletter AND tag:vip AND company ~ 商 AND NOT status:unsubscribed") << qint64(1);
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

void TestSegments::hostileValuesCounted_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<qint64>("expected");
    for (const QString& company : hostileCompanies()) {
        SegmentNode standard;
        standard.kind = SegmentNode::Kind::Compare;
        standard.field = QStringLiteral("company");
        standard.value = company;
        const QString name = company.left(30).replace(QChar(0), QLatin1Char('0'));
        QTest::addRow("company = %s", qPrintable(name)) << standard.toText() << qint64(1);
        standard.op = SegmentNode::Op::StartsWith;
        QTest::addRow("company ^ %s", qPrintable(name)) << standard.toText() << qint64(1);
        standard.field = QStringLiteral("note");
        standard.op = SegmentNode::Op::Equal;
        QTest::addRow("note = %s", qPrintable(name)) << standard.toText() << qint64(1);
        SegmentNode tag;
        tag.kind = SegmentNode::Kind::Tag;
        tag.value = company.left(200);
        QTest::addRow("tag:%s", qPrintable(name)) << tag.toText() << qint64(1);
    }
    // LIKE's wildcards are literal: "a_b" must not match "axb", "50%" not "50 off".
    QTest::newRow("contains underscore") << QStringLiteral("company ~ _") << qint64(1);
    QTest::newRow("contains percent") << QStringLiteral("company ~ %") << qint64(1);
    QTest::newRow("custom contains underscore") << QStringLiteral("note ~ \"a_\"") << qint64(1);
    QTest::newRow("contains backslash") << QStringLiteral("company ~ \"\\\\\"") << qint64(1);
    QTest::newRow("contains quote") << QStringLiteral("company ~ \"'\"") << qint64(2);
    QTest::newRow("keyword value") << QStringLiteral("company = \"AND\"") << qint64(1);
    QTest::newRow("everyone") << QStringLiteral("email ~ example") << qint64(hostileCompanies().size());
    QTest::newRow("a NUL is kept, not an end") << QStringLiteral("company = nul") << qint64(0);
    QTest::newRow("not injection") << QStringLiteral("NOT company = \"x' OR 1=1 --\"")
                                   << qint64(hostileCompanies().size() - 1);
}

// Values a user (or an imported file) may hold that break naive SQL or LIKE: bound, not pasted, and counted right.
void TestSegments::hostileValuesCounted()
{
    QFETCH(QString, segment);
    QFETCH(qint64, expected);
    const auto parsed = SegmentParser::parse(segment);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const ContactRepository repository(*m_hostileDb);
    ContactFilter filter;
    filter.segment = segment;
    const Status valid = repository.checkFilter(filter);
    QVERIFY2(valid.ok(), qPrintable(valid.error()));
    QCOMPARE(repository.count(filter), expected);
    QCOMPARE(repository.count(), qint64(hostileCompanies().size())); // nothing dropped
}

void TestSegments::jsonRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("tag") << QStringLiteral("tag:vip");
    QTest::newRow("list") << QStringLiteral("list:\"2026 秋セミナー\"");
    QTest::newRow("status") << QStringLiteral("status:subscribed");
    QTest::newRow("every operator") << QStringLiteral(
        "a = 1 AND b != 2 AND c < 3 AND d <= 4 AND e > 5 AND f >= 6 AND g ~ 7 AND h ^ 8");
    QTest::newRow("contract example") << QStringLiteral(
        "list:newsletter AND (plan = gold OR tag:vip) AND NOT tag:test AND created >= 2026-04-01");
    QTest::newRow("nested not") << QStringLiteral("NOT (tag:a OR NOT (tag:b AND tag:c))");
    QTest::newRow("or of ands") << QStringLiteral("tag:a AND tag:b OR tag:c AND NOT list:d");
    QTest::newRow("hostile value") << QStringLiteral("company = \"'; DROP TABLE contacts; -- \\\"\\\\\"");
    QTest::newRow("empty value") << QStringLiteral("company = \"\"");
}

// text → tree → JSON → tree → text gives the canonical text back, and the JSON itself is stable.
void TestSegments::jsonRoundTrip()
{
    QFETCH(QString, text);
    const auto parsed = SegmentParser::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const QByteArray document = SegmentJson::toBytes(**parsed);
    const auto loaded = SegmentJson::fromBytes(document);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE((*loaded)->toText(), (*parsed)->toText());
    QCOMPARE(SegmentJson::toBytes(**loaded), document);
    QCOMPARE(QJsonDocument::fromJson(document).object().value(QStringLiteral("version")).toInt(), 1);
}

void TestSegments::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{\"version\": 1,") << QStringLiteral("not a JSON object");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("no version") << QByteArray(R"({"root": {"type": "tag", "name": "a"}})")
                                << QStringLiteral("(missing)");
    QTest::newRow("future version") << QByteArray(R"({"version": 2, "root": {"type": "tag", "name": "a"}})")
                                    << QStringLiteral("version 2");
    QTest::newRow("no root") << QByteArray(R"({"version": 1})") << QStringLiteral("root: expected");
    QTest::newRow("unknown type") << QByteArray(R"({"version": 1, "root": {"type": "opened"}})")
                                  << QStringLiteral("root.type");
    QTest::newRow("empty group") << QByteArray(R"({"version": 1, "root": {"type": "and", "children": []}})")
                                 << QStringLiteral("root.children");
    QTest::newRow("nested bad op") << QByteArray(
        R"({"version": 1, "root": {"type": "or", "children": [{"type": "tag", "name": "a"},
            {"type": "compare", "field": "plan", "op": "==", "value": "gold"}]}})")
                                   << QStringLiteral("root.children[1].op");
    QTest::newRow("field with space") << QByteArray(
        R"({"version": 1, "root": {"type": "compare", "field": "my plan", "op": "=", "value": "x"}})")
                                      << QStringLiteral("root.field");
    QTest::newRow("keyword field") << QByteArray(
        R"({"version": 1, "root": {"type": "compare", "field": "or", "op": "=", "value": "x"}})")
                                   << QStringLiteral("root.field");
    QTest::newRow("number value") << QByteArray(
        R"({"version": 1, "root": {"type": "compare", "field": "age", "op": ">", "value": 3}})")
                                  << QStringLiteral("root.value");
    QTest::newRow("not without child") << QByteArray(R"({"version": 1, "root": {"type": "not"}})")
                                       << QStringLiteral("root.child");
    QTest::newRow("tag without name") << QByteArray(
        R"({"version": 1, "root": {"type": "not", "child": {"type": "tag"}}})")
                                      << QStringLiteral("root.child.name");
}

void TestSegments::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto loaded = SegmentJson::fromBytes(json);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(expected), qPrintable(loaded.error()));
}

void TestSegments::plans_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<bool>("joined");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<qint64>("expected");
    // Each shape the compiler plans differently, with the count it must still give.
    QTest::newRow("a list alone is joined") << QStringLiteral("list:newsletter") << true << QString() << qint64(3);
    QTest::newRow("a list with a date is joined")
        << QStringLiteral("list:newsletter AND created < 2026-04-01") << true << QString() << qint64(1);
    QTest::newRow("a list beside a tag is probed")
        << QStringLiteral("list:newsletter AND tag:vip") << false << QStringLiteral("EXISTS") << qint64(1);
    QTest::newRow("two lists") << QStringLiteral("list:newsletter AND list:NEWSLETTER") << true
                               << QStringLiteral("EXISTS") << qint64(3);
    QTest::newRow("an OR of sets is one union") << QStringLiteral("plan = gold OR tag:vip OR list:newsletter") << false
                                                << QStringLiteral("UNION ALL") << qint64(4);
    QTest::newRow("an OR with a column") << QStringLiteral("tag:vip OR tag:test OR company = ACME") << false
                                         << QStringLiteral("UNION ALL") << qint64(3);
    QTest::newRow("unknown list joined") << QStringLiteral("list:nope") << true << QString() << qint64(0);
    QTest::newRow("unknown list probed") << QStringLiteral("list:nope AND tag:vip") << false << QString() << qint64(0);
    QTest::newRow("list under not") << QStringLiteral("NOT list:newsletter") << false << QString() << qint64(2);
}

void TestSegments::plans()
{
    QFETCH(QString, segment);
    QFETCH(bool, joined);
    QFETCH(QString, contains);
    QFETCH(qint64, expected);
    const auto parsed = SegmentParser::parse(segment);
    QVERIFY(parsed.ok());
    const Result<SegmentSql> sql = SegmentSqlCompiler::compile(**parsed, {QStringLiteral("plan")});
    QVERIFY2(sql.ok(), qPrintable(sql.error()));
    QCOMPARE(!sql->joins.isEmpty(), joined);
    const QString text = sql->joins + QLatin1Char(' ') + sql->condition;
    QVERIFY2(text.contains(contains), qPrintable(text));
    QCOMPARE(sql->joinValues.size() + sql->values.size(), text.count(QLatin1Char('?'))); // every value bound, once
    ContactFilter filter;
    filter.segment = segment;
    QCOMPARE(ContactRepository(*m_db).count(filter), expected);
}

// ids() and forEach() go through the same compiled SQL as count(), joins included, combined with the simple filters.
void TestSegments::idsAndForEachUseTheSegment()
{
    const ContactRepository repository(*m_db);
    ContactFilter filter;
    filter.segment = QStringLiteral("list:newsletter");
    filter.search = QStringLiteral("gold");
    const QList<qint64> ids = repository.ids(filter, ContactSort::Email, Qt::AscendingOrder);
    QCOMPARE(ids.size(), 2);
    QStringList visited;
    QVERIFY(repository
                .forEach(filter,
                         [&](const Contact& contact) {
                             visited << contact.email;
                             return true;
                         })
                .ok());
    QCOMPARE(visited, (QStringList {QStringLiteral("gold1@example.jp"), QStringLiteral("gold2@example.com")}));
    filter.tag = QStringLiteral("test");
    QCOMPARE(repository.count(filter), 1);
}

void TestSegments::queryPlans_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("forbidden");
    // What makes a count over a million contacts fast (bench/RESULTS.md), checked on SQLite's plan, not on a clock.
    QTest::newRow("custom value from the NOCASE index")
        << QStringLiteral("plan = GOLD")
        << QStringList {QStringLiteral("contact_values_by_field_nocase (field_id=? AND value=?)")}
        << QStringList {QStringLiteral("SCAN c")};
    QTest::newRow("custom prefix as an index range")
        << QStringLiteral("plan ^ go")
        << QStringList {QStringLiteral("contact_values_by_field_nocase (field_id=? AND value>? AND value<?)")}
        << QStringList();
    QTest::newRow("a list alone is read from its index")
        << QStringLiteral("list:newsletter AND created >= 2026-01-01")
        << QStringList {QStringLiteral("SEARCH sj USING PRIMARY KEY (list_id=?)")}
        << QStringList {QStringLiteral("LIST SUBQUERY"), QStringLiteral("SCAN c")};
    QTest::newRow("issue example starts from the OR, probes the list")
        << QStringLiteral("list:newsletter AND (plan = gold OR tag:vip) AND NOT tag:test AND created >= 2026-04-01")
        << QStringList {QStringLiteral("SEARCH c USING INTEGER PRIMARY KEY (rowid=?)"),
                        QStringLiteral("UNION ALL"),
                        QStringLiteral("SEARCH m USING PRIMARY KEY (list_id=? AND contact_id=?)")}
        << QStringList {QStringLiteral("SCAN c"), QStringLiteral("MULTI-INDEX OR")};
}

void TestSegments::queryPlans()
{
    QFETCH(QString, segment);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, forbidden);
    const auto parsed = SegmentParser::parse(segment);
    QVERIFY(parsed.ok());
    QStringList keys;
    for (const CustomField& field : ContactRepository(*m_db).customFields()) {
        keys << field.key;
    }
    const Result<SegmentSql> sql = SegmentSqlCompiler::compile(**parsed, keys);
    QVERIFY2(sql.ok(), qPrintable(sql.error()));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM contacts c") + sql->joins
                          + QStringLiteral(" WHERE ") + sql->condition));
    for (const QVariant& value : sql->joinValues + sql->values) {
        query.addBindValue(value);
    }
    QVERIFY(query.exec());
    QStringList plan;
    while (query.next()) {
        plan << query.value(3).toString();
    }
    const QString text = plan.join(QLatin1Char('\n'));
    for (const QString& step : expected) {
        QVERIFY2(text.contains(step), qPrintable(step + QStringLiteral(" not in:\n") + text));
    }
    for (const QString& step : forbidden) {
        QVERIFY2(!text.contains(step), qPrintable(step + QStringLiteral(" in:\n") + text));
    }
}

void TestSegments::audience_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<qint64>("matching");
    QTest::addColumn<qint64>("mailable");
    QTest::addColumn<QString>("message");
    // gone@ is unsubscribed, gold2@ is suppressed: both match, neither may be mailed.
    QTest::newRow("everyone") << QString() << qint64(5) << qint64(3) << QStringLiteral("5 contacts match; 3 can");
    QTest::newRow("spaces are everyone") << QStringLiteral("  ") << qint64(5) << qint64(3) << QString();
    QTest::newRow("tag") << QStringLiteral("tag:vip") << qint64(2) << qint64(1) << QStringLiteral("2 contacts match");
    QTest::newRow("custom and list") << QStringLiteral("list:newsletter AND plan = gold") << qint64(2) << qint64(1)
                                     << QString();
    QTest::newRow("list joined") << QStringLiteral("list:newsletter") << qint64(3) << qint64(2) << QString();
    QTest::newRow("none mailable") << QStringLiteral("status:unsubscribed") << qint64(1) << qint64(0)
                                   << QStringLiteral("none can be mailed");
    QTest::newRow("misspelt tag") << QStringLiteral("tag:vipp AND list:newsletter") << qint64(0) << qint64(0)
                                  << QStringLiteral("there is no tag 'vipp'");
    QTest::newRow("misspelt list in a group")
        << QStringLiteral("tag:vip AND NOT (list:nope OR list:NOPE)") << qint64(2) << qint64(1) << QString();
    QTest::newRow("two missing") << QStringLiteral("list:nope OR tag:nada") << qint64(0) << qint64(0)
                                 << QStringLiteral("there is no list 'nope'; there is no tag 'nada'");
    QTest::newRow("nobody, names exist") << QStringLiteral("tag:vip AND tag:test") << qint64(0) << qint64(0)
                                         << QStringLiteral("Loosen a condition");
}

// The live count of the builder: matching contacts and, of those, the campaign audience (subscribed, not suppressed).
void TestSegments::audience()
{
    QFETCH(QString, segment);
    QFETCH(qint64, matching);
    QFETCH(qint64, mailable);
    QFETCH(QString, message);
    const SegmentAudience audience(*m_db);
    const Result<SegmentCount> count = audience.count(segment);
    QVERIFY2(count.ok(), qPrintable(count.error()));
    QCOMPARE(count->matching, matching);
    QCOMPARE(count->mailable, mailable);
    const QString described = audience.describe(segment, *count);
    QVERIFY2(described.contains(message), qPrintable(described));
}

void TestSegments::audienceErrors()
{
    const SegmentAudience audience(*m_db);
    const Result<SegmentCount> bad = audience.count(QStringLiteral("plan = "));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(QStringLiteral("character 8")), qPrintable(bad.error()));
    const Result<SegmentCount> unknown = audience.count(QStringLiteral("colour = red"));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().contains(QStringLiteral("Unknown field 'colour'")));
    QCOMPARE(SegmentAudience(*m_hostileDb).describe(QString(), {}),
             QStringLiteral("There are no contacts yet: import or add some first."));
}

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"

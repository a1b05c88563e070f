// Saved segments on a real SQLite file: a complex segment round-trips through the store, names are unique ignoring
// case, bad names and segments that do not compile are refused with the reason, and a stored document that no longer
// reads (written by SQL here) is reported naming the segment instead of crashing.
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "contacts/ContactRepository.h"
#include "segments/SegmentParser.h"
#include "segments/SegmentStore.h"

class TestSegmentStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void saveReplacesByNameIgnoringCase();
    void badNames_data();
    void badNames();
    void segmentMustCompile_data();
    void segmentMustCompile();
    void renameAndRemove();
    void corruptedRowIsReported_data();
    void corruptedRowIsReported();
    void namesUniqueInTheSchema();

private:
    static std::shared_ptr<const SegmentNode> parse(const QString& text);
    qint64 rows() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SegmentStore> m_store;
};

void TestSegmentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<Database> db = Database::open(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = *db;
    ContactRepository repository(*m_db);
    QVERIFY(repository.ensureCustomField(QStringLiteral("plan"), QStringLiteral("Plan")).ok());
    QVERIFY(repository.ensureCustomField(QStringLiteral("age"), QStringLiteral("Age")).ok());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    m_store = std::make_unique<SegmentStore>(*m_db, *m_clock);
}

void TestSegmentStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

std::shared_ptr<const SegmentNode> TestSegmentStore::parse(const QString& text)
{
    const auto parsed = SegmentParser::parse(text);
    if (!parsed) {
        qFatal("%s", qPrintable(parsed.error()));
    }
    return *parsed;
}

qint64 TestSegmentStore::rows() const
{
    QSqlQuery query(m_db->connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM segments")) && query.next() ? query.value(0).toLongLong()
                                                                                       : -1;
}

void TestSegmentStore::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::newRow("issue example") << QStringLiteral("Gold from April")
                                   << QStringLiteral("list:newsletter AND (plan = gold OR tag:vip) AND NOT tag:test "
                                                     "AND created >= 2026-04-01");
    QTest::newRow("nested nots, quotes, every op")
        << QStringLiteral("複雑な「条件」")
        << QStringLiteral("NOT (tag:\"a \\\"b\\\" \\\\c\" OR NOT (plan ^ g AND company ~ \"x y\")) OR "
                          "status:unsubscribed AND age > 30 AND age <= 60 AND NOT plan != silver AND email < m");
    QTest::newRow("japanese values") << QStringLiteral(
        "東京の方") << QStringLiteral("list:\"2026 秋\" AND company ^ 株式会社 AND updated < 2026-11-30");
    QTest::newRow("one term") << QStringLiteral("vip") << QStringLiteral("tag:vip");
}

// Saved, found by id and by name in another case, listed: the same tree, whose text is the text saved.
void TestSegmentStore::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    QCOMPARE(parse(text)->toText(), text); // the rows are canonical, so comparing text compares trees
    const Result<qint64> id = m_store->save(QStringLiteral("  ") + name + QStringLiteral(" "), *parse(text));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY(*id > 0);

    const Result<SavedSegment> byId = m_store->find(*id);
    QVERIFY2(byId.ok(), qPrintable(byId.error()));
    QCOMPARE(byId->name, name); // trimmed
    QCOMPARE(byId->text(), text);
    QVERIFY(byId->error.isEmpty());
    QCOMPARE(byId->createdAt, m_clock->nowUtc());
    QCOMPARE(byId->updatedAt, m_clock->nowUtc());
    QCOMPARE(byId->createdAt.timeSpec(), Qt::UTC);

    const Result<SavedSegment> byName = m_store->findByName(name.toUpper());
    QVERIFY2(byName.ok(), qPrintable(byName.error()));
    QCOMPARE(byName->id, *id);
    QCOMPARE(byName->text(), text);

    const QList<SavedSegment> all = m_store->list();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().text(), text);

    // What is stored is the SegmentJson document, version 1, readable by any JSON parser.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT definition, created_at FROM segments")) && query.next());
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object().value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(document.object().value(QStringLiteral("root")).isObject());
    QCOMPARE(query.value(1).toLongLong(), m_clock->nowUtc().toSecsSinceEpoch());
}

// Saving under a name that exists (in any case) replaces its definition: one row, same id, same spelling.
void TestSegmentStore::saveReplacesByNameIgnoringCase()
{
    const Result<qint64> first = m_store->save(QStringLiteral("Gold"), *parse(QStringLiteral("plan = gold")));
    QVERIFY(first.ok());
    const Result<qint64> other = m_store->save(QStringLiteral("Test"), *parse(QStringLiteral("tag:test")));
    QVERIFY(other.ok());
    QVERIFY(*other != *first);
    m_clock->advanceSeconds(3600);
    const Result<qint64> second
        = m_store->save(QStringLiteral("GOLD"), *parse(QStringLiteral("plan = gold AND NOT tag:test")));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(*second, *first);
    QCOMPARE(rows(), 2);
    const Result<SavedSegment> gold = m_store->find(*first);
    QVERIFY(gold.ok());
    QCOMPARE(gold->name, QStringLiteral("Gold"));
    QCOMPARE(gold->text(), QStringLiteral("plan = gold AND NOT tag:test"));
    QCOMPARE(gold->updatedAt, m_clock->nowUtc());
    QCOMPARE(gold->createdAt, m_clock->nowUtc().addSecs(-3600));
    QCOMPARE(m_store->find(*other)->text(), QStringLiteral("tag:test")); // the other one untouched
    // Listed by name, ignoring case.
    QVERIFY(m_store->save(QStringLiteral("abc"), *parse(QStringLiteral("tag:a"))).ok());
    QStringList names;
    for (const SavedSegment& segment : m_store->list()) {
        names << segment.name;
    }
    QCOMPARE(names, (QStringList {QStringLiteral("abc"), QStringLiteral("Gold"), QStringLiteral("Test")}));
}

void TestSegmentStore::badNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QStringLiteral("has no name");
    QTest::newRow("spaces") << QStringLiteral("   \u3000") << QStringLiteral("has no name");
    QTest::newRow("line break") << QStringLiteral("two\nlines") << QStringLiteral("one line");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("one line");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("one line");
    QTest::newRow("too long") << QString(SegmentStore::maxNameLength + 1, QLatin1Char('x'))
                              << QStringLiteral("101 characters long");
}

// A bad name is refused by save and rename with the reason, and nothing changes.
void TestSegmentStore::badNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const Result<qint64> saved = m_store->save(name, *parse(QStringLiteral("tag:vip")));
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(expected), qPrintable(saved.error()));
    QCOMPARE(rows(), 0);
    const Result<qint64> good = m_store->save(QStringLiteral("good"), *parse(QStringLiteral("tag:vip")));
    QVERIFY(good.ok());
    const Status renamed = m_store->rename(*good, name);
    QVERIFY(!renamed.ok());
    QVERIFY2(renamed.error().contains(expected), qPrintable(renamed.error()));
    QCOMPARE(m_store->find(*good)->name, QStringLiteral("good"));
    // Exactly the limit is fine.
    QVERIFY(m_store->save(QString(SegmentStore::maxNameLength, QLatin1Char('y')), *parse(QStringLiteral("tag:a"))));
}

void TestSegmentStore::segmentMustCompile_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown field") << QStringLiteral("tag:vip AND colour = red")
                                   << QStringLiteral("Unknown field 'colour'");
    QTest::newRow("deep unknown field") << QStringLiteral("NOT (tag:a OR (plan = x AND shoe_size > 3))")
                                        << QStringLiteral("Unknown field 'shoe_size'");
}

// A segment that could not be counted now is not saved; the message names the segment and the reason.
void TestSegmentStore::segmentMustCompile()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Result<qint64> saved = m_store->save(QStringLiteral("Broken"), *parse(text));
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(expected), qPrintable(saved.error()));
    QVERIFY2(saved.error().contains(QStringLiteral("\"Broken\" was not saved")), qPrintable(saved.error()));
    QCOMPARE(rows(), 0);
    // Once the field exists, the same segment saves.
    ContactRepository repository(*m_db);
    const QString field = expected.section(QLatin1Char('\''), 1, 1);
    QVERIFY(repository.ensureCustomField(field, field).ok());
    QVERIFY(m_store->save(QStringLiteral("Broken"), *parse(text)).ok());
}

void TestSegmentStore::renameAndRemove()
{
    const qint64 vip = *m_store->save(QStringLiteral("VIP"), *parse(QStringLiteral("tag:vip")));
    const qint64 gold = *m_store->save(QStringLiteral("Gold"), *parse(QStringLiteral("plan = gold")));
    const Status taken = m_store->rename(vip, QStringLiteral("gOLD"));
    QVERIFY(!taken.ok());
    QVERIFY2(taken.error().contains(QStringLiteral("already called \"Gold\"")), qPrintable(taken.error()));
    QVERIFY(m_store->rename(vip, QStringLiteral("vip")).ok()); // its own name in another case
    QCOMPARE(m_store->find(vip)->name, QStringLiteral("vip"));
    QVERIFY(m_store->rename(vip, QStringLiteral(" Very important ")).ok());
    QCOMPARE(m_store->findByName(QStringLiteral("very IMPORTANT"))->id, vip);
    QCOMPARE(m_store->find(vip)->text(), QStringLiteral("tag:vip"));
    const Result<SavedSegment> old = m_store->findByName(QStringLiteral("VIP"));
    QVERIFY(!old.ok());
    QCOMPARE(old.error(), QStringLiteral("There is no saved segment called \"VIP\"."));

    QVERIFY(m_store->remove(gold).ok());
    QVERIFY(!m_store->find(gold).ok());
    QVERIFY(m_store->find(gold).error().contains(QStringLiteral("no longer exists")));
    QVERIFY(!m_store->remove(gold).ok());
    QVERIFY(!m_store->rename(gold, QStringLiteral("x")).ok());
    QCOMPARE(rows(), 1);
}

void TestSegmentStore::corruptedRowIsReported_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("expected"); // from SegmentJson's reason
    QTest::newRow("not json") << QStringLiteral("{\"version\": 1, \"root\": ") << QString();
    QTest::newRow("empty") << QString(QLatin1String("")) << QString();
    QTest::newRow("newer version") << QStringLiteral("{\"version\": 2, \"root\": {\"type\": \"tag\", \"name\": \"a\"}}")
                                   << QStringLiteral("version");
    QTest::newRow("unknown node") << QStringLiteral("{\"version\": 1, \"root\": {\"type\": \"opened\"}}")
                                  << QStringLiteral("root");
    QTest::newRow("and of one child missing")
        << QStringLiteral("{\"version\": 1, \"root\": {\"type\": \"and\"}}") << QStringLiteral("root");
    QTest::newRow("bad op") << QStringLiteral("{\"version\": 1, \"root\": {\"type\": \"compare\", \"field\": \"plan\", "
                                              "\"op\": \"===\", \"value\": \"x\"}}")
                            << QStringLiteral("op");
}

// A definition written by SQL that no longer reads: find, findByName and list report it naming the segment; the
// others still read, and it can be deleted.
void TestSegmentStore::corruptedRowIsReported()
{
    QFETCH(QString, definition);
    QFETCH(QString, expected);
    const qint64 good = *m_store->save(QStringLiteral("Good"), *parse(QStringLiteral("tag:vip")));
    QSqlQuery insert(m_db->connection());
    insert.prepare(QStringLiteral("INSERT INTO segments (name, definition, created_at, updated_at) "
                                  "VALUES ('Damaged', ?, 0, 0)"));
    insert.addBindValue(definition);
    QVERIFY(insert.exec());
    const qint64 damaged = insert.lastInsertId().toLongLong();

    const Result<SavedSegment> byId = m_store->find(damaged);
    QVERIFY(!byId.ok());
    QVERIFY2(byId.error().contains(QStringLiteral("\"Damaged\" cannot be read")), qPrintable(byId.error()));
    QVERIFY2(byId.error().contains(expected), qPrintable(byId.error()));
    const Result<SavedSegment> byName = m_store->findByName(QStringLiteral("damaged"));
    QVERIFY(!byName.ok());
    QCOMPARE(byName.error(), byId.error());

    const QList<SavedSegment> all = m_store->list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("Damaged"));
    QVERIFY(!all.at(0).root);
    QCOMPARE(all.at(0).error, byId.error());
    QCOMPARE(all.at(0).text(), QString());
    QCOMPARE(all.at(1).text(), QStringLiteral("tag:vip"));
    QVERIFY(m_store->find(good).ok());

    // Saving over it repairs it; deleting it works too.
    QVERIFY(m_store->save(QStringLiteral("DAMAGED"), *parse(QStringLiteral("tag:fixed"))).ok());
    QCOMPARE(m_store->find(damaged)->text(), QStringLiteral("tag:fixed"));
    QVERIFY(m_store->remove(damaged).ok());
    QCOMPARE(rows(), 1);
}

// The UNIQUE NOCASE column itself refuses a second "vip", whoever writes it.
void TestSegmentStore::namesUniqueInTheSchema()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO segments (name, definition, created_at, updated_at) "
                                      "VALUES ('vip', '{}', 0, 0)")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO segments (name, definition, created_at, updated_at) "
                                       "VALUES ('VIP', '{}', 0, 0)")));
}

QTEST_GUILESS_MAIN(TestSegmentStore)
#include "tst_segmentstore.moc"

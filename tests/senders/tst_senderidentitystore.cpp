// SenderIdentityStore on a real SQLite file: validation and normalisation of every field, duplicates, the default.
#include <QTemporaryDir>
#include <QTest>

#include "senders/SenderIdentityStore.h"

class TestSenderIdentityStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void validation_data();
    void validation();
    void duplicateAddressRefused();
    void defaultFollowsAddAndRemove();
    void updateKeepsRowAndChecks();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

void TestSenderIdentityStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<Database> db = Database::open(m_dir->filePath(QStringLiteral("senders.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = *db;
}

void TestSenderIdentityStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSenderIdentityStore::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("replyTo");
    QTest::addColumn<QString>("bounce");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("storedAddress"); // or a word the error must contain
    QTest::addColumn<QString>("storedBounce");

    QTest::newRow("plain") << QStringLiteral("便り通信") << QStringLiteral("news@example.co.jp") << QString()
                           << QString() << true << QStringLiteral("news@example.co.jp") << QString();
    QTest::newRow("trimmed, domain lowercased")
        << QStringLiteral("  Shop ") << QStringLiteral(" news@EXAMPLE.jp ") << QStringLiteral("help@example.jp")
        << QStringLiteral("@Bounce.Example.jp") << true << QStringLiteral("news@example.jp")
        << QStringLiteral("bounce.example.jp");
    QTest::newRow("IDN domain to punycode")
        << QString() << QStringLiteral("info@例え.jp") << QString() << QStringLiteral("例え.jp") << true
        << QStringLiteral("info@xn--r8jz45g.jp") << QStringLiteral("xn--r8jz45g.jp");
    QTest::newRow("no at sign") << QString() << QStringLiteral("news.example.jp") << QString() << QString() << false
                                << QStringLiteral("sender address") << QString();
    QTest::newRow("empty address") << QStringLiteral("x") << QString() << QString() << QString() << false
                                   << QStringLiteral("sender address") << QString();
    QTest::newRow("bad reply-to") << QString() << QStringLiteral("a@example.jp") << QStringLiteral("reply@")
                                  << QString() << false << QStringLiteral("reply-to") << QString();
    QTest::newRow("bad bounce domain") << QString() << QStringLiteral("a@example.jp") << QString()
                                       << QStringLiteral("not a domain") << false << QStringLiteral("bounce domain")
                                       << QString();
    QTest::newRow("single-label bounce domain")
        << QString() << QStringLiteral("a@example.jp") << QString() << QStringLiteral("localhost") << false
        << QStringLiteral("bounce domain") << QString();
    QTest::newRow("line break in name") << QStringLiteral("Evil\r\nBcc: x@y.jp") << QStringLiteral("a@example.jp")
                                        << QString() << QString() << false << QStringLiteral("line break") << QString();
}

void TestSenderIdentityStore::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(QString, replyTo);
    QFETCH(QString, bounce);
    QFETCH(bool, valid);
    QFETCH(QString, storedAddress);
    QFETCH(QString, storedBounce);

    SenderIdentityStore store(*m_db);
    const Result<qint64> id = store.add({0, name, address, replyTo, bounce, false});
    QCOMPARE(id.ok(), valid);
    if (!valid) {
        QVERIFY2(id.error().contains(storedAddress), qPrintable(id.error()));
        QVERIFY(store.list().isEmpty());
        return;
    }
    const std::optional<SenderIdentity> stored = store.find(*id);
    QVERIFY(stored);
    QCOMPARE(stored->displayName, name.trimmed());
    QCOMPARE(stored->address, storedAddress);
    QCOMPARE(stored->bounceDomain, storedBounce);
    QVERIFY(stored->isDefault); // the first identity is the default
}

void TestSenderIdentityStore::duplicateAddressRefused()
{
    SenderIdentityStore store(*m_db);
    QVERIFY(store.add({0, QStringLiteral("A"), QStringLiteral("news@example.jp"), {}, {}, false}).ok());
    const Result<qint64> again = store.add({0, QStringLiteral("B"), QStringLiteral("News@Example.JP"), {}, {}, false});
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("already exists")), qPrintable(again.error()));
    QCOMPARE(store.list().size(), 1);
}

void TestSenderIdentityStore::defaultFollowsAddAndRemove()
{
    SenderIdentityStore store(*m_db);
    const qint64 first = store.add({0, {}, QStringLiteral("a@example.jp"), {}, {}, false}).value();
    const qint64 second = store.add({0, {}, QStringLiteral("b@example.jp"), {}, {}, false}).value();
    QCOMPARE(store.defaultIdentity()->id, first);
    QVERIFY(store.makeDefault(second).ok());
    QCOMPARE(store.defaultIdentity()->id, second);
    QVERIFY(!store.find(first)->isDefault);
    const qint64 third = store.add({0, {}, QStringLiteral("c@example.jp"), {}, {}, true}).value();
    QCOMPARE(store.defaultIdentity()->id, third);
    QVERIFY(store.remove(third).ok());
    QCOMPARE(store.defaultIdentity()->id, first); // the oldest remaining takes over
    QVERIFY(!store.makeDefault(third).ok());
}

void TestSenderIdentityStore::updateKeepsRowAndChecks()
{
    SenderIdentityStore store(*m_db);
    const qint64 a = store.add({0, {}, QStringLiteral("a@example.jp"), {}, {}, false}).value();
    const qint64 b = store.add({0, {}, QStringLiteral("b@example.jp"), {}, {}, false}).value();
    SenderIdentity edited = *store.find(b);
    edited.displayName = QStringLiteral("営業部");
    edited.replyTo = QStringLiteral("sales@example.jp");
    QVERIFY(store.update(edited).ok());
    QCOMPARE(store.find(b)->displayName, QStringLiteral("営業部"));
    QCOMPARE(store.find(b)->replyTo, QStringLiteral("sales@example.jp"));
    edited.address = QStringLiteral("A@example.jp");
    QVERIFY(!store.update(edited).ok()); // a's address
    edited.address = QStringLiteral("broken");
    QVERIFY(!store.update(edited).ok());
    QCOMPARE(store.find(b)->address, QStringLiteral("b@example.jp"));
    QCOMPARE(store.find(a)->address, QStringLiteral("a@example.jp"));
}

QTEST_GUILESS_MAIN(TestSenderIdentityStore)
#include "tst_senderidentitystore.moc"

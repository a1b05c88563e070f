// The contacts repository on a real SQLite file: uniqueness, validation, undoable delete, filters and sorting.
#include <QTemporaryDir>
#include <QTest>

#include "contacts/ContactRepository.h"

class TestContactRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addAndFindCaseInsensitively();
    void refusesDuplicateAndInvalid();
    void updateKeepsRelations();
    void removeThenRestoreIsExact();
    void countFilters_data();
    void countFilters();
    void sortsAndStreams();

private:
    Contact make(const QString& email, const QString& family, const QString& given) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

Contact TestContactRepository::make(const QString& email, const QString& family, const QString& given) const
{
    Contact contact;
    contact.email = email;
    contact.familyName = family;
    contact.givenName = given;
    return contact;
}

void TestContactRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<Database> db = Database::open(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = *db;
}

void TestContactRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestContactRepository::addAndFindCaseInsensitively()
{
    ContactRepository repository(*m_db);
    Contact contact = make(QStringLiteral("Hanako.Sato@Example.CO.JP"), QStringLiteral("佐藤"), QStringLiteral("花子"));
    contact.tags = {QStringLiteral("vip")};
    contact.lists = {QStringLiteral("newsletter")};
    contact.customValues.insert(QStringLiteral("plan"), QStringLiteral("gold"));
    const Result<qint64> id = repository.add(contact);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const std::optional<Contact> found = repository.findByEmail(QStringLiteral("hanako.sato@example.co.jp"));
    QVERIFY(found);
    QCOMPARE(found->id, *id);
    QCOMPARE(found->fullName(), QStringLiteral("佐藤 花子"));
    QCOMPARE(found->tags, QStringList {QStringLiteral("vip")});
    QCOMPARE(found->lists, QStringList {QStringLiteral("newsletter")});
    QCOMPARE(found->customValues.value(QStringLiteral("plan")), QStringLiteral("gold"));
    QVERIFY(found->createdAt.isValid());
    QCOMPARE(found->createdAt.timeSpec(), Qt::UTC);
}

void TestContactRepository::refusesDuplicateAndInvalid()
{
    ContactRepository repository(*m_db);
    QVERIFY(repository.add(make(QStringLiteral("a@example.com"), {}, {})).ok());
    const Result<qint64> duplicate = repository.add(make(QStringLiteral("A@EXAMPLE.COM"), {}, {}));
    QVERIFY(!duplicate.ok());
    QVERIFY2(duplicate.error().contains(QStringLiteral("already exists")), qPrintable(duplicate.error()));
    const Result<qint64> invalid = repository.add(make(QStringLiteral("not-an-address"), {}, {}));
    QVERIFY(!invalid.ok());
    QCOMPARE(repository.count(), 1);
}

void TestContactRepository::updateKeepsRelations()
{
    ContactRepository repository(*m_db);
    Contact contact = make(QStringLiteral("john@example.com"), QStringLiteral("Smith"), QStringLiteral("John"));
    contact.tags = {QStringLiteral("a"), QStringLiteral("b")};
    const qint64 id = repository.add(contact).value();
    contact = *repository.find(id);
    contact.company = QStringLiteral("ACME");
    contact.tags = {QStringLiteral("b"), QStringLiteral("c")};
    contact.status = ContactStatus::Unsubscribed;
    QVERIFY(repository.update(contact).ok());
    const Contact stored = *repository.find(id);
    QCOMPARE(stored.company, QStringLiteral("ACME"));
    QCOMPARE(stored.tags, (QStringList {QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(stored.status, ContactStatus::Unsubscribed);
    QCOMPARE(stored.fullName(), QStringLiteral("John Smith"));
    // Taking another contact's address is refused.
    QVERIFY(repository.add(make(QStringLiteral("other@example.com"), {}, {})).ok());
    contact.email = QStringLiteral("Other@example.com");
    QVERIFY(!repository.update(contact).ok());
}

void TestContactRepository::removeThenRestoreIsExact()
{
    ContactRepository repository(*m_db);
    Contact contact = make(QStringLiteral("keep@example.com"), QStringLiteral("田中"), QStringLiteral("一郎"));
    contact.tags = {QStringLiteral("展示会")};
    contact.lists = {QStringLiteral("顧客")};
    contact.customValues.insert(QStringLiteral("会員ランク"), QStringLiteral("ゴールド"));
    contact.consentSource = QStringLiteral("form");
    contact.consentAt = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
    const qint64 id = repository.add(contact).value();
    const Contact before = *repository.find(id);
    const Result<QList<Contact>> removed = repository.remove({id});
    QVERIFY(removed.ok());
    QCOMPARE(removed->size(), 1);
    QCOMPARE(repository.count(), 0);
    QVERIFY(repository.restore(*removed).ok());
    const Contact after = *repository.find(id);
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.email, before.email);
    QCOMPARE(after.tags, before.tags);
    QCOMPARE(after.lists, before.lists);
    QCOMPARE(after.customValues, before.customValues);
    QCOMPARE(after.consentAt, before.consentAt);
    QCOMPARE(after.createdAt, before.createdAt);
}

void TestContactRepository::countFilters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("all") << QString() << QString() << QString() << qint64(4);
    QTest::newRow("email part") << QStringLiteral("EXAMPLE.JP") << QString() << QString() << qint64(2);
    QTest::newRow("japanese name") << QStringLiteral("山田") << QString() << QString() << qint64(2);
    QTest::newRow("two words") << QStringLiteral("山田 花子") << QString() << QString() << qint64(1);
    QTest::newRow("percent is literal") << QStringLiteral("100%") << QString() << QString() << qint64(1);
    QTest::newRow("underscore is literal") << QStringLiteral("a_b") << QString() << QString() << qint64(1);
    QTest::newRow("list") << QString() << QStringLiteral("news") << QString() << qint64(2);
    QTest::newRow("tag") << QString() << QString() << QStringLiteral("vip") << qint64(1);
    QTest::newRow("list and search") << QStringLiteral("花子") << QStringLiteral("news") << QString() << qint64(1);
    QTest::newRow("hostile quote") << QStringLiteral("' OR 1=1 --") << QString() << QString() << qint64(0);
}

void TestContactRepository::countFilters()
{
    ContactRepository repository(*m_db);
    Contact a = make(QStringLiteral("taro@example.jp"), QStringLiteral("山田"), QStringLiteral("太郎"));
    a.lists = {QStringLiteral("news")};
    Contact b = make(QStringLiteral("hanako@example.jp"), QStringLiteral("山田"), QStringLiteral("花子"));
    b.lists = {QStringLiteral("news")};
    b.tags = {QStringLiteral("vip")};
    Contact c = make(QStringLiteral("a_b@example.com"), QStringLiteral("Doe"), QStringLiteral("Jane"));
    Contact d = make(QStringLiteral("x@example.com"), QStringLiteral("Roe"), QStringLiteral("Rick"));
    d.company = QStringLiteral("100% Juice Inc.");
    for (const Contact& contact : {a, b, c, d}) {
        QVERIFY(repository.add(contact).ok());
    }
    QFETCH(QString, search);
    QFETCH(QString, list);
    QFETCH(QString, tag);
    QFETCH(qint64, expected);
    QCOMPARE(repository.count({search, list, tag, {}}), expected);
    QCOMPARE(repository.ids({search, list, tag, {}}, ContactSort::Email, Qt::AscendingOrder).size(), expected);
}

void TestContactRepository::sortsAndStreams()
{
    ContactRepository repository(*m_db);
    for (const QString& email :
         {QStringLiteral("c@example.com"), QStringLiteral("A@example.com"), QStringLiteral("b@example.com")}) {
        QVERIFY(repository.add(make(email, {}, {})).ok());
    }
    const QList<qint64> ascending = repository.ids({}, ContactSort::Email, Qt::AscendingOrder);
    QCOMPARE(repository.load(ascending).first().email, QStringLiteral("A@example.com"));
    QCOMPARE(repository.load(ascending).last().email, QStringLiteral("c@example.com"));
    const QList<qint64> descending = repository.ids({}, ContactSort::Email, Qt::DescendingOrder);
    QCOMPARE(repository.load(descending).first().email, QStringLiteral("c@example.com"));
    QStringList streamed;
    QVERIFY(repository
                .forEach({},
                         [&](const Contact& contact) {
                             streamed << contact.email;
                             return true;
                         })
                .ok());
    QCOMPARE(streamed.size(), 3);
}

QTEST_GUILESS_MAIN(TestContactRepository)
#include "tst_contactrepository.moc"

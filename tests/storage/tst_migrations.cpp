// Schema migrations: a database made by an older schema opens and migrates with its data intact.
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "contacts/ContactRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void newDatabaseIsAtLatest();
    void pragmasAreSet();
    void migratesSchema1Database();
    void refusesNewerSchema();
    void failedStepLeavesPreviousVersion();
};

void TestMigrations::newDatabaseIsAtLatest()
{
    QTemporaryDir dir;
    const Result<Database> db = Database::open(dir.filePath(QStringLiteral("sub/folder/tayori.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
    QVERIFY(Migrator::latestVersion() >= 2);
}

void TestMigrations::pragmasAreSet()
{
    QTemporaryDir dir;
    const Result<Database> db = Database::open(dir.filePath(QStringLiteral("t.sqlite")));
    QVERIFY(db.ok());
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestMigrations::migratesSchema1Database()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // Build a database exactly as schema 1 left it, with data in it.
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        old.setDatabaseName(path);
        QVERIFY(old.open());
        QVERIFY(Migrator(old).migrateTo(1).ok());
        QCOMPARE(Migrator(old).currentVersion(), 1);
        QSqlQuery query(old);
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO contacts (email, email_key, family_name, given_name, created_at, updated_at) "
                     "VALUES ('Taro@Example.jp', 'taro@example.jp', '山田', '太郎', '2026-01-02T03:04:05Z', "
                     "'2026-01-02T03:04:05Z')")),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("SELECT furigana FROM contacts"))); // not in schema 1
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    const Result<Database> db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
    ContactRepository repository(*db);
    const std::optional<Contact> contact = repository.findByEmail(QStringLiteral("taro@example.jp"));
    QVERIFY(contact.has_value());
    QCOMPARE(contact->email, QStringLiteral("Taro@Example.jp"));
    QCOMPARE(contact->fullName(), QStringLiteral("山田 太郎"));
    QCOMPARE(contact->furigana, QString());
    QCOMPARE(contact->createdAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM suppressions")));
}

void TestMigrations::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        const Result<Database> db = Database::open(path);
        QVERIFY(db.ok());
        QSqlQuery(QStringLiteral("PRAGMA user_version = 999"), db->connection());
    }
    const Result<Database> reopened = Database::open(path);
    QVERIFY(!reopened.ok());
    QVERIFY2(reopened.error().contains(QStringLiteral("newer version")), qPrintable(reopened.error()));
}

void TestMigrations::failedStepLeavesPreviousVersion()
{
    QTemporaryDir dir;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("clash"));
    db.setDatabaseName(dir.filePath(QStringLiteral("clash.sqlite")));
    QVERIFY(db.open());
    QVERIFY(Migrator(db).migrateTo(1).ok());
    // A table schema 2 wants to create already exists: step 2 must fail as a whole.
    QSqlQuery(QStringLiteral("CREATE TABLE suppressions (x)"), db);
    const Status migrated = Migrator(db).migrateToLatest();
    QVERIFY(!migrated.ok());
    QCOMPARE(Migrator(db).currentVersion(), 1);
    QSqlQuery query(db);
    QVERIFY(!query.exec(QStringLiteral("SELECT furigana FROM contacts")));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("clash"));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

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
    void failedRebuildKeepsForeignKeysOn();
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
        // Build a database exactly as schema 1 left it, with data in it: two contacts, one with consent, a tag, a
        // list and a custom value, so that rebuilding the contacts table must keep what references it.
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        old.setDatabaseName(path);
        QVERIFY(old.open());
        QVERIFY(Migrator(old).migrateTo(1).ok());
        QCOMPARE(Migrator(old).currentVersion(), 1);
        QSqlQuery query(old);
        const QStringList inserts = {
            QStringLiteral(
                "INSERT INTO contacts (id, email, email_key, family_name, given_name, created_at, updated_at) "
                "VALUES (7, 'Taro@Example.jp', 'taro@example.jp', '山田', '太郎', '2026-01-02T03:04:05Z', "
                "'2026-01-02T03:04:05Z')"),
            QStringLiteral(
                "INSERT INTO contacts (id, email, email_key, status, consent_source, consent_at, created_at, "
                "updated_at) VALUES (9, 'hanako@example.jp', 'hanako@example.jp', 'unsubscribed', 'form', "
                "'2025-12-31T23:59:59Z', '2025-11-30T00:00:00Z', '2026-02-03T04:05:06Z')"),
            QStringLiteral("INSERT INTO tags (id, name) VALUES (1, 'vip')"),
            QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (7, 1), (9, 1)"),
            QStringLiteral("INSERT INTO lists (id, name, created_at) VALUES (1, 'news', '2026-01-01T00:00:00Z')"),
            QStringLiteral("INSERT INTO list_members (list_id, contact_id, added_at) VALUES (1, 9, "
                           "'2026-01-01T00:00:00Z')"),
            QStringLiteral("INSERT INTO custom_fields (id, key, label, created_at) VALUES (1, 'plan', 'Plan', "
                           "'2026-01-01T00:00:00Z')"),
            QStringLiteral("INSERT INTO contact_values (contact_id, field_id, value) VALUES (7, 1, 'gold')"),
        };
        for (const QString& insert : inserts) {
            QVERIFY2(query.exec(insert), qPrintable(query.lastError().text()));
        }
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
    QCOMPARE(contact->id, 7);
    QCOMPARE(contact->email, QStringLiteral("Taro@Example.jp"));
    QCOMPARE(contact->fullName(), QStringLiteral("山田 太郎"));
    QCOMPARE(contact->furigana, QString());
    QCOMPARE(contact->createdAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(contact->updatedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QVERIFY(!contact->consentAt.isValid());
    QCOMPARE(contact->tags, QStringList {QStringLiteral("vip")});
    QCOMPARE(contact->lists, QStringList());
    QCOMPARE(contact->customValues.value(QStringLiteral("plan")), QStringLiteral("gold"));

    const std::optional<Contact> hanako = repository.findByEmail(QStringLiteral("HANAKO@example.jp"));
    QVERIFY(hanako.has_value());
    QCOMPARE(hanako->id, 9);
    QCOMPARE(hanako->status, ContactStatus::Unsubscribed);
    QCOMPARE(hanako->consentSource, QStringLiteral("form"));
    QCOMPARE(hanako->consentAt, QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59), Qt::UTC));
    QCOMPARE(hanako->createdAt, QDateTime(QDate(2025, 11, 30), QTime(0, 0), Qt::UTC));
    QCOMPARE(hanako->updatedAt, QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC));
    QCOMPARE(hanako->tags, QStringList {QStringLiteral("vip")});
    QCOMPARE(hanako->lists, QStringList {QStringLiteral("news")});

    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM suppressions")));
    // Times are integers now, and the rebuilt table still refuses an address that differs only in case.
    QVERIFY(query.exec(QStringLiteral("SELECT typeof(created_at), typeof(updated_at), typeof(consent_at) FROM contacts "
                                      "WHERE id = 9"))
            && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("integer"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("integer"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("integer"));
    Contact twin;
    twin.email = QStringLiteral("TARO@EXAMPLE.JP");
    QVERIFY(!repository.add(twin).ok());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO contacts (email, email_key, created_at, updated_at) "
                                       "VALUES ('TARO@EXAMPLE.JP', 'taro@example.jp', 0, 0)")));
    QCOMPARE(repository.count(), 2);
    // The key is stored only where it differs from the address, and the index on the key expression still refuses
    // a second contact whose address is the stored-as-NULL key of another.
    QVERIFY(query.exec(QStringLiteral("SELECT id, email_key FROM contacts ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("taro@example.jp"));
    QVERIFY(query.next());
    QVERIFY(query.value(1).isNull());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO contacts (email, email_key, created_at, updated_at) "
                                       "VALUES ('Hanako@example.jp', 'hanako@example.jp', 0, 0)")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO contacts (email, created_at, updated_at) "
                                       "VALUES ('taro@example.jp', 0, 0)")));
    // Schema 7: the templates library, names unique regardless of case, assets removed with their template.
    QVERIFY(query.exec(QStringLiteral("INSERT INTO templates (id, name, document, created_at, updated_at) "
                                      "VALUES (1, 'News', '{}', 0, 0)")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO templates (name, document, created_at, updated_at) "
                                       "VALUES ('news', '{}', 0, 0)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO template_assets (template_id, name, mime_type, width, height, "
                                      "data) VALUES (1, 'a.png', 'image/png', 1, 1, x'00')")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM templates WHERE id = 1")));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM template_assets")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM contacts c WHERE "
                                      "COALESCE(c.email_key, c.email) = 'taro@example.jp'"))
            && query.next());
    QVERIFY2(query.value(3).toString().contains(QStringLiteral("contacts_by_key")),
             qPrintable(query.value(3).toString()));
    QCOMPARE(repository.count(), 2);
    // Foreign keys are on again and still cascade to the rebuilt table.
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!query.next());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM contacts WHERE id = 9")));
    QVERIFY(query.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM contact_tags WHERE contact_id = 9) + "
                                      "(SELECT COUNT(*) FROM list_members WHERE contact_id = 9)"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (12345, 1)")));
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

void TestMigrations::failedRebuildKeepsForeignKeysOn()
{
    QTemporaryDir dir;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dangling"));
    db.setDatabaseName(dir.filePath(QStringLiteral("dangling.sqlite")));
    QVERIFY(db.open());
    QVERIFY(Migrator(db).migrateTo(3).ok());
    {
        // A tag on a contact that does not exist (written with foreign keys off): step 4 rebuilds contacts, finds it
        // in its foreign key check and must fail as a whole.
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO contacts (id, email, email_key, created_at, updated_at) VALUES "
                                          "(1, 'a@example.jp', 'a@example.jp', '2026-01-02T03:04:05Z', "
                                          "'2026-01-02T03:04:05Z')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO tags (id, name) VALUES (1, 'vip')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (1, 1), (999, 1)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    }
    const Status migrated = Migrator(db).migrateToLatest();
    QVERIFY(!migrated.ok());
    QVERIFY2(migrated.error().contains(QStringLiteral("contact_tags")), qPrintable(migrated.error()));
    QCOMPARE(Migrator(db).currentVersion(), 3);
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("SELECT typeof(created_at), (SELECT COUNT(*) FROM contact_tags) FROM "
                                          "contacts"))
                && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("text"));
        QCOMPARE(query.value(1).toInt(), 2);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("dangling"));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

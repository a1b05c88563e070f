// Writes imported contacts in one transaction with prepared statements: the import's only SQL.
// All or nothing: nothing is visible to others until commit(), and rollback() (or a crash) leaves the database as
// before.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <vector>

#include "common/Result.h"
#include "contacts/Contact.h"
#include "storage/Database.h"

class ContactImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ContactImportWriter)

public:
    enum class Outcome {
        Inserted,
        Updated,         // already stored; the row's non-empty values were written
        SkippedExisting, // already stored; left as it was
        DuplicateInFile, // an earlier row of this import has the same address
        Failed,
    };
    struct Written
    {
        Outcome outcome = Outcome::Failed;
        qint64 firstRow = 0; // for DuplicateInFile: the row that had the address first
        QString note;        // a warning for the user (e.g. an unsubscribed contact kept unsubscribed)
    };

    explicit ContactImportWriter(Database database);
    ~ContactImportWriter();

    // `consentSource` is recorded on new contacts; `list` and `tags` are added to every written contact.
    // `expectedRows` (an estimate) lets a big import into a small table build secondary indexes once at the end.
    Status begin(const QString& consentSource, const QString& list, const QStringList& tags, qint64 expectedRows = 0);
    // `contact.email` must be validated already; `emailKey` is its case-folded form.
    // `statusGiven`: the file had a status for this row (otherwise new contacts are subscribed).
    Written write(const Contact& contact, const QString& emailKey, bool statusGiven, bool updateExisting, qint64 row);
    Status commit();
    void rollback();

private:
    Result<qint64> tagId(const QString& name);
    Result<qint64> listId(const QString& name);
    Result<qint64> customFieldId(const QString& key);
    bool addRelations(qint64 contactId, const Contact& contact);
    // Finalises the prepared statements: SQLite will not COMMIT while a statement is still active.
    void releaseStatements();
    void deferSecondaryIndexes();
    static constexpr qint64 kDeferIndexesFrom = 20000;

    Database m_database;
    QSqlDatabase m_db;
    bool m_active = false;
    qint64 m_maxIdBefore = 0;         // rows above it were inserted by this import
    std::vector<qint64> m_sourceRows; // source row of each inserted contact, by id - m_maxIdBefore - 1
    QString m_now;
    QString m_consentSource;
    qint64 m_listId = 0;
    QList<qint64> m_extraTagIds;
    QHash<QString, qint64> m_tagIds;
    QHash<QString, qint64> m_listIds;
    QList<std::pair<QString, QString>> m_deferredIndexes; // name, CREATE statement
    QHash<QString, qint64> m_fieldIds;
    QSqlQuery m_find, m_insert, m_update, m_insertTag, m_insertMember, m_upsertValue;
};

// Writes imported contacts in one transaction, many rows per statement: the import's only SQL.
// All or nothing: nothing is visible to others until commit(), and rollback() (or a crash) leaves the database as
// before.
#pragma once

#include <map>
#include <vector>

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include "common/Result.h"
#include "contacts/Contact.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/SqliteValues.h"

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
        qint64 row = 0; // the source row this outcome is for
        Outcome outcome = Outcome::Failed;
        qint64 firstRow = 0; // for DuplicateInFile: the row that had the address first
        QString note;        // a warning for the user (e.g. an unsubscribed contact kept unsubscribed)
        QString email;       // for SkippedExisting: the row's address
    };

    explicit ContactImportWriter(Database database);
    ~ContactImportWriter();

    // `consentSource` is recorded on new contacts; `list` and `tags` are added to every written contact.
    // `updateExisting`: rows whose address is already stored update that contact (otherwise they are skipped).
    // `expectedRows` (an estimate) lets a big import into a small table build secondary indexes once at the end.
    Status begin(const QString& consentSource,
                 const QString& list,
                 const QStringList& tags,
                 bool updateExisting,
                 qint64 expectedRows = 0);
    // Queues a row; rows are written kBatchRows at a time, so the outcomes come later. Returns the outcomes of the
    // rows this call wrote (often none), in row order; valid until the next call.
    // `contact.email` must be validated already; `emailKey` is its case-folded form.
    // `statusGiven`: the file had a status for this row (otherwise new contacts are subscribed).
    const std::vector<Written>& write(Contact contact, const QString& emailKey, bool statusGiven, qint64 row);
    // Writes the queued rows and returns their outcomes; call before commit() and before a dry run's rollback().
    const std::vector<Written>& flush();
    bool hasPendingRows() const { return !m_pending.empty(); }
    Status commit();
    void rollback();

    // Rows per statement: enough to amortise SQLite's per-statement cost, few enough to stay far below its limit
    // of 32766 bound values (13 per contact).
    static constexpr int kBatchRows = 256;

private:
    // One queued row with its tag, list and custom field ids, resolved in row order as they were before batching.
    struct Pending
    {
        Contact contact;
        QString emailKey;
        bool statusGiven = false;
        qint64 row = 0;
        QList<qint64> tagIds;
        QList<qint64> listIds;
        QList<std::pair<qint64, QString>> values; // custom field id, value
        QString failure;                          // why an id could not be resolved
    };
    // An INSERT of many rows at once, prepared once per row count; `rowSql` is one row's "(?, ?, …)" and
    // `leading` are values bound once per statement to the placeholders in `head` (before the rows).
    class MultiRowInsert
    {
    public:
        void setup(QSqlDatabase db, QString head, QString rowSql, QString tail, QVariantList leading = {});
        int columns() const { return m_columns; }
        // values.size() must be a multiple of columns(); `firstRow` and `rows` (-1: all) pick some of them.
        bool exec(const SqliteValues& values, qsizetype firstRow = 0, qsizetype rows = -1);
        qint64 rowsAffected() const { return m_rowsAffected; }
        QString lastError() const { return m_error; }
        void release() { m_prepared.clear(); }

    private:
        SqliteStatement* statement(int rows); // prepared on first use; nullptr (and lastError()) when it cannot be
        QSqlDatabase m_db;
        QString m_head, m_rowSql, m_tail;
        QVariantList m_leading;
        int m_columns = 0;
        std::map<int, SqliteStatement> m_prepared; // by row count: full batches and the last, shorter one
        qint64 m_rowsAffected = 0;
        QString m_error;
    };

    Result<qint64> tagId(const QString& name);
    Result<qint64> listId(const QString& name);
    Result<qint64> customFieldId(const QString& key);
    // Inserts the rows of the batch whose address is new; false (and a note on the failing row) on a database error.
    bool insertNew(const std::vector<qsizetype>& candidates);
    Written writeExisting(const Pending& pending);
    void queueRelations(qint64 contactId, const Pending& pending);
    bool flushRelations(QString* error);
    // Finalises the prepared statements: SQLite will not COMMIT while a statement is still active.
    void releaseStatements();
    void deferSecondaryIndexes();
    static constexpr qint64 kDeferIndexesFrom = 20000;

    Database m_database;
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_updateExisting = true;
    qint64 m_maxIdBefore = 0;         // rows above it were inserted by this import
    qint64 m_nextId = 0;              // this import gives ids itself: it holds the write lock
    std::vector<qint64> m_sourceRows; // source row of each inserted contact, by id - m_maxIdBefore - 1
    QString m_nowText;                // for the tables that keep times as text (lists, custom fields, list members)
    qint64 m_nowSeconds = 0;          // for contacts' times
    QString m_consentSource;
    qint64 m_listId = 0;
    QList<qint64> m_extraTagIds;
    QHash<QString, qint64> m_tagIds;
    QHash<QString, qint64> m_listIds;
    QList<std::pair<QString, QString>> m_deferredIndexes; // name, CREATE statement
    QHash<QString, qint64> m_fieldIds;

    std::vector<Pending> m_pending;
    QHash<QString, qsizetype> m_firstInBatch; // email key → its first pending row
    std::vector<Written> m_written;
    SqliteValues m_contactRows;                        // reused batch after batch, as are the relation rows
    SqliteValues m_tagRows, m_memberRows, m_valueRows; // relation rows waiting for their multi-row INSERT
    MultiRowInsert m_insertContacts, m_insertTags, m_insertMembers, m_upsertValues;
    QSqlQuery m_find, m_update, m_findInserted;
};

// A prepared statement on the SQLite handle under a QSqlDatabase, for bulk writes: QtSql builds a placeholder name
// with QString::arg for every value it binds, which costs more than SQLite's own work on a million-row import.
#pragma once

#include <QSqlDatabase>
#include <QString>

class SqliteValues;
struct sqlite3;
struct sqlite3_stmt;

class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // False (and lastError()) when `db` is not an open SQLite connection or the SQL does not compile.
    bool prepare(const QSqlDatabase& db, const QString& sql);
    bool isPrepared() const { return m_statement != nullptr; }
    int parameterCount() const;

    // Indexes count from 0, as QSqlQuery's. The text must stay alive until exec(): SQLite does not copy it.
    // A null QString binds '' (our text columns are NOT NULL DEFAULT '').
    void bindText(int index, const QString& text);
    void bindInt64(int index, qint64 value);
    void bindNull(int index);
    // Binds a QVariant holding a QString, an integer or nothing (NULL).
    void bind(int index, const QVariant& value);
    // Binds values[first, first + count) to the placeholders from `index` on. `values` must stay unchanged until
    // exec(): SQLite reads its UTF-8 text in place.
    void bindValues(int index, const SqliteValues& values, qsizetype first, qsizetype count);

    // Runs the statement to its end (a write: rows are not read) and resets it for the next values.
    bool exec();
    qint64 rowsAffected() const { return m_rowsAffected; }
    QString lastError() const { return m_error; }
    void finalize();

private:
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    qint64 m_rowsAffected = 0;
    QString m_error;
};

// The contacts database: where it lives, one connection per thread, pragmas and migrations on open.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "common/Result.h"

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Opens (creating if needed) the SQLite file at `path` and migrates it to the latest schema.
    static Result<Database> open(const QString& path);
    // Parses --db-url (sqlite:///PATH, postgresql://…) and opens it.
    static Result<Database> openUrl(const QString& url);
    // <AppDataLocation>/tayori.sqlite — the embedded default.
    static QString defaultPath();

    // The connection for the calling thread; made on first use (SQLite connections must not cross threads).
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

private:
    explicit Database(QString path);
    static Status configure(QSqlDatabase& db);

    QString m_path;
    QString m_connectionPrefix;
};

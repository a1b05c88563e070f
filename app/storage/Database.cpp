// The contacts database: where it lives, one connection per thread, pragmas and migrations on open.
#include "Database.h"

#include <atomic>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QThreadStorage>
#include <QUrl>

#include "storage/Migrator.h"

namespace {
// Connections opened on this thread, by name; removed when the thread ends.
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString& name : std::as_const(names)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
};
QThreadStorage<ThreadConnections*> s_threadConnections;
std::atomic<int> s_nextDatabaseId {0};
} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(QStringLiteral("tayori-%1").arg(s_nextDatabaseId++))
{
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tayori.sqlite");
}

Result<Database> Database::open(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Result<Database>::failure(
            tr("Cannot create the folder %1 for the database: check its permissions.").arg(info.absolutePath()));
    }
    Database database(info.absoluteFilePath());
    QSqlDatabase db = database.connection();
    if (!db.isOpen()) {
        return Result<Database>::failure(
            tr("Cannot open the database %1: %2").arg(database.m_path, db.lastError().text()));
    }
    const Status migrated = Migrator(db).migrateToLatest();
    if (!migrated) {
        return Result<Database>::failure(migrated.error());
    }
    return database;
}

Result<Database> Database::openUrl(const QString& url)
{
    const QUrl parsed(url);
    if (parsed.scheme() == QLatin1String("sqlite")) {
        return open(parsed.path());
    }
    if (parsed.scheme() == QLatin1String("postgresql") || parsed.scheme() == QLatin1String("postgres")) {
        return Result<Database>::failure(
            tr("PostgreSQL databases are not supported yet; use an SQLite file (--db PATH or sqlite:///PATH)."));
    }
    return Result<Database>::failure(tr("Unknown database URL '%1': use sqlite:///PATH/TO/FILE.sqlite.").arg(url));
}

QSqlDatabase Database::connection() const
{
    const QString name
        = m_connectionPrefix + QStringLiteral("-%1").arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    // Writers wait for each other instead of failing at once (GUI, import worker, CLI on one file).
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (db.open() && !configure(db)) {
        db.close();
    }
    if (!s_threadConnections.hasLocalData()) {
        s_threadConnections.setLocalData(new ThreadConnections);
    }
    s_threadConnections.localData()->names.append(name);
    return db;
}

Status Database::configure(QSqlDatabase& db)
{
    // WAL lets the GUI read while an import writes; NORMAL sync is durable across app crashes in WAL mode.
    // temp_store stays at its default (files): sorting a million rows, or rebuilding an index after an import,
    // then spills to disk beyond the page cache instead of growing the memory without bound.
    static const char* const pragmas[] = {
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA foreign_keys = ON",
    };
    QSqlQuery query(db);
    for (const char* pragma : pragmas) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            return Status::failure(tr("Cannot configure the database: %1").arg(query.lastError().text()));
        }
    }
    return success();
}

int Database::schemaVersion() const
{
    return Migrator(connection()).currentVersion();
}

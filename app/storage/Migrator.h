// Versioned schema migrations: PRAGMA user_version records how far a database has been brought.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "common/Result.h"
#include "storage/SchemaMigrations.h"

class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(QSqlDatabase db);

    static int latestVersion();
    int currentVersion() const;
    // Applies each missing step in its own transaction; a failed step leaves the database at the previous version.
    // A step that rebuilds tables runs with foreign keys off and restores them, whatever happens.
    Status migrateTo(int version);
    Status migrateToLatest() { return migrateTo(latestVersion()); }

private:
    // One step in one transaction; a step that rebuilds tables must leave every foreign key satisfied.
    Status apply(int version, const SchemaMigrations::Step& step);
    int pragmaValue(const QString& pragma) const;

    QSqlDatabase m_db;
};

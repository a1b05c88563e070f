// Versioned schema migrations: PRAGMA user_version records how far a database has been brought.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "common/Result.h"

class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(QSqlDatabase db);

    static int latestVersion();
    int currentVersion() const;
    // Applies each missing step in its own transaction; a failed step leaves the database at the previous version.
    Status migrateTo(int version);
    Status migrateToLatest() { return migrateTo(latestVersion()); }

private:
    QSqlDatabase m_db;
};

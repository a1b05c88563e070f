// Versioned schema migrations: PRAGMA user_version records how far a database has been brought.
#include "Migrator.h"

#include <QSqlError>
#include <QSqlQuery>

#include "storage/SchemaMigrations.h"

Migrator::Migrator(QSqlDatabase db)
    : m_db(std::move(db))
{
}

int Migrator::latestVersion()
{
    return static_cast<int>(SchemaMigrations::steps().size());
}

int Migrator::currentVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
        return query.value(0).toInt();
    }
    return -1;
}

Status Migrator::migrateTo(int version)
{
    const int current = currentVersion();
    if (current < 0) {
        return Status::failure(
            tr("Cannot read the schema version of %1: %2").arg(m_db.databaseName(), m_db.lastError().text()));
    }
    if (current > latestVersion()) {
        return Status::failure(tr("The database %1 was made by a newer version of Tayori (schema %2, this one knows "
                                  "%3): update Tayori to open it.")
                                   .arg(m_db.databaseName())
                                   .arg(current)
                                   .arg(latestVersion()));
    }
    const auto& steps = SchemaMigrations::steps();
    for (int next = current + 1; next <= version; ++next) {
        if (!m_db.transaction()) {
            return Status::failure(tr("Cannot start migrating the database: %1").arg(m_db.lastError().text()));
        }
        QSqlQuery query(m_db);
        for (const QString& statement : steps[next - 1]) {
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                m_db.rollback();
                return Status::failure(tr("Migrating the database to schema %1 failed: %2").arg(next).arg(reason));
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)) || !m_db.commit()) {
            const QString reason = m_db.lastError().text();
            m_db.rollback();
            return Status::failure(tr("Migrating the database to schema %1 failed: %2").arg(next).arg(reason));
        }
    }
    return success();
}

// Versioned schema migrations: PRAGMA user_version records how far a database has been brought.
#include "Migrator.h"

#include <QSqlError>
#include <QSqlQuery>

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
    return pragmaValue(QStringLiteral("user_version"));
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
        const SchemaMigrations::Step& step = steps[next - 1];
        if (!step.rebuildsTables) {
            if (const Status applied = apply(next, step); !applied) {
                return applied;
            }
            continue;
        }
        // PRAGMA foreign_keys is a no-op inside a transaction: it is switched around the step's transaction, and
        // restored however the step ends.
        const bool foreignKeys = pragmaValue(QStringLiteral("foreign_keys")) == 1;
        if (foreignKeys && !QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"))) {
            return Status::failure(
                tr("Migrating the database to schema %1 failed: %2").arg(next).arg(tr("cannot turn foreign keys off")));
        }
        const Status applied = apply(next, step);
        if (foreignKeys && !QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON")) && applied) {
            return Status::failure(tr("Migrating the database to schema %1 failed: %2")
                                       .arg(next)
                                       .arg(tr("cannot turn foreign keys back on")));
        }
        if (!applied) {
            return applied;
        }
    }
    return success();
}

int Migrator::pragmaValue(const QString& pragma) const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next()) {
        return query.value(0).toInt();
    }
    return -1;
}

Status Migrator::apply(int version, const SchemaMigrations::Step& step)
{
    auto failed = [&](const QString& reason) {
        m_db.rollback();
        return Status::failure(tr("Migrating the database to schema %1 failed: %2").arg(version).arg(reason));
    };
    if (!m_db.transaction()) {
        return Status::failure(tr("Cannot start migrating the database: %1").arg(m_db.lastError().text()));
    }
    QSqlQuery query(m_db);
    for (const QString& statement : step.statements) {
        if (!query.exec(statement)) {
            return failed(query.lastError().text());
        }
    }
    if (step.rebuildsTables) {
        // With foreign keys off nothing checked the references while the tables were rebuilt: check them all now.
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            return failed(query.lastError().text());
        }
        if (query.next()) {
            return failed(tr("a row of %1 refers to a missing row of %2")
                              .arg(query.value(0).toString(), query.value(2).toString()));
        }
        query.finish();
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !m_db.commit()) {
        return failed(m_db.lastError().text());
    }
    return success();
}

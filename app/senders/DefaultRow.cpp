// DefaultRow: one default row per table, kept when rows are removed.
#include "senders/DefaultRow.h"

#include <QSqlError>
#include <QSqlQuery>

#include "storage/SqlBinding.h"

namespace {
Status queryStatus(bool ok, const QSqlQuery& query)
{
    return ok ? success() : Status::failure(query.lastError().text());
}
} // namespace

Status DefaultRow::makeOnlyDefault(const QSqlDatabase& db, const QString& table, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET is_default = (id = ?)"));
    return queryStatus(SqlBinding::execWith(query, {id}), query);
}

Status DefaultRow::removeKeepingDefault(QSqlDatabase db, const QString& table, qint64 id)
{
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"));
    Status done = queryStatus(SqlBinding::execWith(query, {id}), query);
    if (done) {
        QSqlQuery oldest(db);
        done = queryStatus(oldest.exec(QStringLiteral("UPDATE ") + table
                                       + QStringLiteral(" SET is_default = 1 WHERE id = "
                                                        "(SELECT MIN(id) FROM ")
                                       + table + QStringLiteral(") AND NOT EXISTS (SELECT 1 FROM ") + table
                                       + QStringLiteral(" WHERE is_default = 1)")),
                           oldest);
    }
    if (!done || !db.commit()) {
        db.rollback();
        return done ? Status::failure(db.lastError().text()) : done;
    }
    return success();
}

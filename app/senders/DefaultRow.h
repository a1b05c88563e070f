// DefaultRow: the "one row is the default" rule that relays and sender identities share (an is_default column).
#pragma once

#include <QSqlDatabase>
#include <QString>

#include "common/Result.h"

namespace DefaultRow {
// Makes row `id` of `table` the only default.
Status makeOnlyDefault(const QSqlDatabase& db, const QString& table, qint64 id);
// Deletes row `id` in one transaction; when it was the default, the oldest remaining row becomes the default.
Status removeKeepingDefault(QSqlDatabase db, const QString& table, qint64 id);
} // namespace DefaultRow

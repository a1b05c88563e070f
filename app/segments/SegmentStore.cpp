// SegmentStore: saved segments in SQLite, their definitions as SegmentJson documents.
#include "segments/SegmentStore.h"

#include <QSqlError>
#include <QSqlQuery>

#include "contacts/ContactRepository.h"
#include "segments/SegmentJson.h"
#include "segments/SegmentSqlCompiler.h"
#include "storage/SqlBinding.h"
#include "storage/Timestamp.h"

using SqlBinding::execWith;

namespace {
const QString selectColumns = QStringLiteral("SELECT id, name, definition, created_at, updated_at FROM segments");

SavedSegment fromRow(const QSqlQuery& query)
{
    SavedSegment segment;
    segment.id = query.value(0).toLongLong();
    segment.name = query.value(1).toString();
    segment.createdAt = Timestamp::fromSeconds(query.value(3));
    segment.updatedAt = Timestamp::fromSeconds(query.value(4));
    // Written by another version, or by hand: report it with the name, never guess at a tree.
    const auto root = SegmentJson::fromBytes(query.value(2).toString().toUtf8());
    if (root) {
        segment.root = *root;
    } else {
        segment.error = SegmentStore::tr("The saved segment \"%1\" cannot be read (%2). Delete it and save it again.")
                            .arg(segment.name, root.error());
    }
    return segment;
}
} // namespace

SegmentStore::SegmentStore(Database database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{
}

QString SegmentStore::nameProblem(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return tr("The segment has no name. Give it one, such as \"Gold customers\".");
    }
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            return tr("A segment name is one line of text. Remove the line breaks and tabs from it.");
        }
    }
    if (trimmed.size() > maxNameLength) {
        return tr("The segment name is %1 characters long. Shorten it to %2 or fewer.")
            .arg(trimmed.size())
            .arg(maxNameLength);
    }
    return {};
}

QList<SavedSegment> SegmentStore::list() const
{
    QList<SavedSegment> segments;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(selectColumns + QStringLiteral(" ORDER BY name, id"))) {
        return segments;
    }
    while (query.next()) {
        segments.append(fromRow(query));
    }
    return segments;
}

Result<SavedSegment>
SegmentStore::findWhere(const QString& condition, const QVariant& value, const QString& asked) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectColumns + QStringLiteral(" WHERE ") + condition);
    if (!execWith(query, {value})) {
        return Result<SavedSegment>::failure(tr("Cannot read the saved segments: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return Result<SavedSegment>::failure(asked);
    }
    SavedSegment segment = fromRow(query);
    if (!segment.error.isEmpty()) {
        return Result<SavedSegment>::failure(segment.error);
    }
    return segment;
}

Result<SavedSegment> SegmentStore::find(qint64 id) const
{
    return findWhere(QStringLiteral("id = ?"),
                     id,
                     tr("The saved segment no longer exists; it may have been deleted. Choose another one."));
}

Result<SavedSegment> SegmentStore::findByName(const QString& name) const
{
    // The column's NOCASE collation makes "=" ignore case, as the UNIQUE constraint does.
    return findWhere(
        QStringLiteral("name = ?"), name.trimmed(), tr("There is no saved segment called \"%1\".").arg(name.trimmed()));
}

Result<qint64> SegmentStore::save(const QString& name, const SegmentNode& root)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        return Result<qint64>::failure(problem);
    }
    const QString trimmed = name.trimmed();
    // Checked now, so a saved segment is one that counted when it was saved (a field deleted later is reported when
    // it is used, by the compiler, as for any segment).
    QStringList customKeys;
    for (const CustomField& field : ContactRepository(m_database).customFields()) {
        customKeys << field.key;
    }
    if (const Result<SegmentSql> compiled = SegmentSqlCompiler::compile(root, customKeys); !compiled) {
        return Result<qint64>::failure(tr("The segment \"%1\" was not saved: %2").arg(trimmed, compiled.error()));
    }
    const QString definition = QString::fromUtf8(SegmentJson::toBytes(root));
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    QSqlQuery query(m_database.connection());
    // One statement, so two savers of the same name cannot both insert: the second replaces the definition.
    query.prepare(QStringLiteral("INSERT INTO segments (name, definition, created_at, updated_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(name) DO UPDATE SET definition = excluded.definition, "
                                 "updated_at = excluded.updated_at RETURNING id"));
    if (!execWith(query, {trimmed, definition, now, now}) || !query.next()) {
        return Result<qint64>::failure(
            tr("The segment \"%1\" was not saved: %2").arg(trimmed, query.lastError().text()));
    }
    return query.value(0).toLongLong();
}

Status SegmentStore::rename(qint64 id, const QString& name)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        return Status::failure(problem);
    }
    const QString trimmed = name.trimmed();
    QSqlQuery taken(m_database.connection());
    taken.prepare(QStringLiteral("SELECT name FROM segments WHERE name = ? AND id <> ?"));
    if (execWith(taken, {trimmed, id}) && taken.next()) {
        return Status::failure(
            tr("Another saved segment is already called \"%1\". Choose another name.").arg(taken.value(0).toString()));
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE segments SET name = ?, updated_at = ? WHERE id = ?"));
    if (!execWith(query, {trimmed, m_clock.nowUtc().toSecsSinceEpoch(), id})) {
        return Status::failure(tr("The segment was not renamed: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() == 0) {
        return Status::failure(tr("The saved segment no longer exists; it may have been deleted."));
    }
    return success();
}

Status SegmentStore::remove(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM segments WHERE id = ?"));
    if (!execWith(query, {id})) {
        return Status::failure(tr("The saved segment was not deleted: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() == 0) {
        return Status::failure(tr("The saved segment no longer exists; it may have been deleted."));
    }
    return success();
}

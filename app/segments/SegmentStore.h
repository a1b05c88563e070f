// SegmentStore: saved segments — a name and the condition tree, stored as a SegmentJson document — so the builder, a
// campaign wizard and `tayori-cli --segment @NAME` reuse one definition. SQL for saved segments stays here.
#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include "common/Clock.h"
#include "common/Result.h"
#include "segments/Segment.h"
#include "storage/Database.h"

struct SavedSegment
{
    qint64 id = 0;
    QString name;
    // The tree; null when the stored document no longer reads (then `error` says why, naming the segment).
    std::shared_ptr<const SegmentNode> root;
    QString error;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    // The text form (`--segment`, SegmentBuilder::setText); "" when the document does not read.
    QString text() const { return root ? root->toText() : QString(); }
};

class SegmentStore
{
    Q_DECLARE_TR_FUNCTIONS(SegmentStore)

public:
    static constexpr int maxNameLength = 100;

    explicit SegmentStore(Database database, const Clock& clock = Clock::system());

    // Every saved segment by name (ignoring case). A row whose document does not read is listed with `error` set, so
    // it can still be seen and deleted.
    QList<SavedSegment> list() const;
    // An error when there is none, or when its stored document no longer reads (naming the segment).
    Result<SavedSegment> find(qint64 id) const;
    Result<SavedSegment> findByName(const QString& name) const;
    // A new name inserts; an existing one (ignoring case) gets this definition and keeps its id and spelling.
    // Refuses an empty or unusable name and a segment that does not compile against the current custom fields.
    Result<qint64> save(const QString& name, const SegmentNode& root);
    // Refuses an unusable name and one another saved segment already has.
    Status rename(qint64 id, const QString& name);
    Status remove(qint64 id);

    // What a name must be: not empty, one line, at most maxNameLength characters. The reason, or "" when it will do.
    static QString nameProblem(const QString& name);

private:
    Result<SavedSegment> findWhere(const QString& condition, const QVariant& value, const QString& asked) const;

    Database m_database;
    const Clock& m_clock;
};

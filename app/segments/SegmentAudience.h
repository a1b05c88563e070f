// Counts a segment's contacts and how many of them a campaign may mail (subscribed, not suppressed): the live count
// of the segment builder and the campaign wizard, and the reason when a segment matches nobody.
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "common/Result.h"
#include "segments/Segment.h"
#include "storage/Database.h"

struct SegmentCount
{
    qint64 matching = 0; // every contact the segment matches
    qint64 mailable = 0; // of those, subscribed and not on the suppression list
};

class SegmentAudience
{
    Q_DECLARE_TR_FUNCTIONS(SegmentAudience)

public:
    explicit SegmentAudience(Database database);

    // "" (or only spaces) = every contact. An error when the text does not parse or names an unknown field.
    // Uses the calling thread's connection, so it may run on a worker thread.
    Result<SegmentCount> count(const QString& segmentText) const;

    // Why a segment may match nobody: the tags and lists it names that do not exist ("there is no tag 'vipp'").
    QStringList missingNames(const SegmentNode& root) const;
    // "1,234 contacts match; 1,200 can be mailed." or, for nobody, a message that says what to check.
    QString describe(const QString& segmentText, const SegmentCount& count) const;

private:
    Database m_database;
};

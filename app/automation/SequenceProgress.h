// SequenceProgress: where each enrolled contact stands in a sequence — the next step not yet sent to them and when it
// is due. Shared by SequenceStore (an edit moves the steps) and SequenceRunner (a step was queued); works inside the
// caller's transaction.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include "automation/Sequence.h"
#include "common/Result.h"

class SequenceProgress
{
    Q_DECLARE_TR_FUNCTIONS(SequenceProgress)

public:
    struct Next
    {
        qint64 stepId = 0;
        QDateTime dueAt;
    };
    // The first step after `lastStepId` (0: from the start) in the sequence's order that is not in `sent`: a step
    // already sent is never due again, whatever an edit did to the order. Nothing: the contact has finished.
    static std::optional<Next> next(const Sequence& sequence,
                                    qint64 lastStepId,
                                    const QSet<qint64>& sent,
                                    const QDateTime& enrolledAt,
                                    const QDateTime& lastSentAt);

    // Recomputes next step and due time of the active contacts of `sequence` (only `contactIds` when given) from the
    // stored progress and sends; those with nothing left become 'finished' at `now`.
    static Status refresh(QSqlDatabase db,
                          const Sequence& sequence,
                          const QDateTime& now,
                          const std::optional<QList<qint64>>& contactIds = std::nullopt);
};

// SequenceRunner: the step-mail side of the due-job runner. Enrols contacts who joined a sequence's trigger list,
// and moves every contact whose next step has come into that step's delivery queue (a campaign of kind 'step'),
// advancing their progress in the same transaction — so a step is queued once per contact however often, and by
// however many processes, this runs. Sending the queued rows is the Scheduler's job (DeliveryEngine).
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"

class SequenceRunner
{
    Q_DECLARE_TR_FUNCTIONS(SequenceRunner)

public:
    explicit SequenceRunner(Database database, const Clock& clock = Clock::system());

    // Returns the step campaigns that have recipients queued now (left resumable: state 'paused').
    Result<QList<qint64>> enqueueDue();
    // The earliest time a step becomes due for someone already enrolled; invalid when nothing is pending. May be in
    // the past when a step cannot be queued yet (its template no longer renders): poll, do not spin on it.
    QDateTime nextDue() const;

private:
    Database m_database;
    const Clock& m_clock;
};

// SequenceStore: step-mail sequences, their steps and how far each contact has got, in the database. Editing keeps
// step ids (progress refers to them), so an edit never resends a step. SQL for sequences stays here.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>

#include "automation/Sequence.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"

// How many contacts a sequence has enrolled, by state.
struct SequenceCounts
{
    qint64 enrolled = 0; // all of them
    qint64 active = 0;
    qint64 finished = 0;
    qint64 left = 0; // unsubscribed, suppressed or left the trigger list
};

// For the editor: per step, how many have been queued it and how many are waiting for it.
struct SequenceStepCounts
{
    qint64 stepId = 0;
    qint64 queued = 0;
    qint64 waiting = 0;
};

class SequenceStore
{
    Q_DECLARE_TR_FUNCTIONS(SequenceStore)

public:
    explicit SequenceStore(Database database, const Clock& clock = Clock::system());

    // What saving would refuse, with the reason: no name or a taken one, no trigger list, no steps, a step without a
    // template (or whose template is gone) or without a subject, an unknown sender identity or time zone.
    Status validate(const Sequence& sequence) const;
    // Stores a new sequence and its steps (ids ignored). Made active: enrols who joins the list from now on.
    Result<qint64> create(Sequence sequence);
    // Saves name, list, sender, time zone, active and the steps in their new order: a step with an id keeps it (and
    // what was sent of it), a step with id 0 is new, a stored step not given is deleted. Contacts already past a
    // place in the order never get a step inserted there; a deleted step is skipped. A step whose content (template,
    // subject, preheader) or sender changed gets a new delivery queue the next time it is due.
    Status update(const Sequence& sequence);
    // Deletes the sequence and its progress; its steps' delivery queues that have not started are cancelled.
    Status remove(qint64 id);

    std::optional<Sequence> find(qint64 id) const;
    // By name.
    QList<Sequence> list() const;
    SequenceCounts counts(qint64 sequenceId) const;
    QList<SequenceStepCounts> stepCounts(qint64 sequenceId) const;
    // Why its step mail is not going out, for the sequences list: a due step that could not be made (its template
    // or sender is broken), else a step's delivery stopped with an error (no web address, the relay refused …).
    // Empty when all is well.
    QString problem(qint64 sequenceId) const;

    // The lists a sequence can start from (id and name, by name): the editor's trigger choices.
    struct ListChoice
    {
        qint64 id = 0;
        QString name;
    };
    QList<ListChoice> lists() const;

private:
    Status saveSteps(QSqlDatabase& db, const Sequence& sequence, const std::optional<Sequence>& before);

    Database m_database;
    const Clock& m_clock;
};

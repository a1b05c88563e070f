// Sequence and SequenceStep: a step-mail sequence as stored — who it is for (the trigger list), who sends it, and its
// ordered steps, each a template and subject sent a delay after the trigger or the previous step.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

enum class DelayUnit { Hours, Days };
// What a step's delay counts from: when the contact joined the trigger list, or when the step before was queued.
enum class StepAnchor { Trigger, PreviousStep };

struct SequenceStep
{
    qint64 id = 0; // 0: new, not stored yet; stored steps keep their id through edits (progress refers to it)
    int delayAmount = 0;
    DelayUnit delayUnit = DelayUnit::Days;
    StepAnchor anchor = StepAnchor::PreviousStep;
    // Local time of day to send at (in the sequence's time zone); not set: as soon as the delay has passed.
    std::optional<QTime> sendTime;
    qint64 templateId = 0;
    QString subject; // merge fields allowed
    QString preheader;
    qint64 campaignId = 0; // its current delivery queue (a campaign of kind 'step'); read-only, 0 until first due

    // When this step is due for a contact who joined the trigger list at `triggerUtc` and got the step before at
    // `previousUtc` (invalid: none yet, the trigger counts). Days are calendar days in `zone`: "3 days" keeps the
    // wall-clock time across a DST change. With a send time: that time on the day the delay ends — the next day's
    // when it has already passed then (hours: the first such time at or after the delay). UTC.
    QDateTime dueAt(const QDateTime& triggerUtc, const QDateTime& previousUtc, const QTimeZone& zone) const;

    static QString unitKey(DelayUnit unit);
    static std::optional<DelayUnit> parseUnit(const QString& key);
    static QString anchorKey(StepAnchor anchor);
    static std::optional<StepAnchor> parseAnchor(const QString& key);
};

struct Sequence
{
    Q_DECLARE_TR_FUNCTIONS(Sequence)

public:
    qint64 id = 0;
    QString name;
    qint64 listId = 0;     // the trigger list: who joins it from activeSince on is enrolled
    qint64 identityId = 0; // sender identity; 0: the default one
    QString timeZone;      // IANA id for send times of day; empty: the system's
    // Where the web endpoints answer (unsubscribe and preference links), as `send --base-url`; empty: only for the
    // outbox (http://127.0.0.1:8080) — a relay needs one.
    QString baseUrl;
    bool active = false;
    QDateTime activeSince; // set by the store when it is made active
    QDateTime createdAt;
    QList<SequenceStep> steps;

    QTimeZone zone() const;
    // "3 days after joining, at 09:00" — for lists and the CLI.
    static QString describeDelay(const SequenceStep& step);
};

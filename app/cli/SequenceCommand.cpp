// tayori-cli sequence list|show: sequences, their steps and progress counts, as text or one JSON object.
#include "SequenceCommand.h"

#include <QHash>
#include <QJsonArray>

#include "automation/SequenceStore.h"
#include "templates/TemplateStore.h"

namespace {
QHash<qint64, QString> listNames(const SequenceStore& store)
{
    QHash<qint64, QString> names;
    for (const SequenceStore::ListChoice& list : store.lists()) {
        names.insert(list.id, list.name);
    }
    return names;
}

QJsonObject countsJson(const SequenceCounts& counts)
{
    return {{QStringLiteral("enrolled"), counts.enrolled},
            {QStringLiteral("active"), counts.active},
            {QStringLiteral("finished"), counts.finished},
            {QStringLiteral("left"), counts.left}};
}
} // namespace

int SequenceCommand::run(const CliContext& context, const QStringList& arguments)
{
    const QString subcommand = arguments.value(0);
    if (subcommand == QLatin1String("list")) {
        return list(context, arguments.mid(1));
    }
    if (subcommand == QLatin1String("show")) {
        return show(context, arguments.mid(1));
    }
    return context.fail(tr("sequence takes the subcommand list or show."), CliContext::UsageError);
}

int SequenceCommand::list(const CliContext& context, const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        return context.fail(tr("sequence list takes no arguments."), CliContext::UsageError);
    }
    const Result<Database> database = context.openDatabase();
    if (!database) {
        return context.fail(database.error());
    }
    const SequenceStore store(*database);
    const QHash<qint64, QString> lists = listNames(store);
    QJsonArray all;
    QString text;
    for (const Sequence& sequence : store.list()) {
        const SequenceCounts counts = store.counts(sequence.id);
        QJsonObject object = countsJson(counts);
        object.insert(QStringLiteral("id"), sequence.id);
        object.insert(QStringLiteral("name"), sequence.name);
        object.insert(QStringLiteral("list"), lists.value(sequence.listId));
        object.insert(QStringLiteral("on"), sequence.active);
        object.insert(QStringLiteral("steps"), sequence.steps.size());
        all.append(object);
        text += tr("%1  %2  %3  list %4, %n step(s), %5 enrolled, %6 finished, %7 left\n",
                   nullptr,
                   int(sequence.steps.size()))
                    .arg(sequence.id, 4)
                    .arg(sequence.active ? tr("on ") : tr("off"), sequence.name, lists.value(sequence.listId))
                    .arg(counts.enrolled)
                    .arg(counts.finished)
                    .arg(counts.left);
    }
    if (all.isEmpty()) {
        text = tr("No sequences yet: make one in Tayori (Step mail).\n");
    }
    return context.succeed({{QStringLiteral("sequences"), all}}, text);
}

int SequenceCommand::show(const CliContext& context, const QStringList& arguments)
{
    bool isNumber = false;
    const qint64 id = arguments.value(0).toLongLong(&isNumber);
    if (arguments.size() != 1 || !isNumber) {
        return context.fail(tr("sequence show takes exactly one sequence ID (see sequence list)."),
                            CliContext::UsageError);
    }
    const Result<Database> database = context.openDatabase();
    if (!database) {
        return context.fail(database.error());
    }
    const SequenceStore store(*database);
    const std::optional<Sequence> sequence = store.find(id);
    if (!sequence) {
        return context.fail(tr("There is no sequence %1. tayori-cli sequence list shows them.").arg(id));
    }
    QHash<qint64, QString> templates;
    for (const TemplateSummary& summary : TemplateStore(*database).list()) {
        templates.insert(summary.id, summary.name);
    }
    QHash<qint64, SequenceStepCounts> stepCounts;
    for (const SequenceStepCounts& counts : store.stepCounts(id)) {
        stepCounts.insert(counts.stepId, counts);
    }
    const SequenceCounts counts = store.counts(id);
    const QString listName = listNames(store).value(sequence->listId);
    QString text
        = tr("%1 (%2), list %3, time zone %4\n%5 enrolled: %6 active, %7 finished, %8 left\n")
              .arg(sequence->name,
                   sequence->active ? tr("on") : tr("off"),
                   listName,
                   sequence->zone().id().isEmpty() ? tr("of this computer") : QString::fromUtf8(sequence->zone().id()))
              .arg(counts.enrolled)
              .arg(counts.active)
              .arg(counts.finished)
              .arg(counts.left);
    QJsonArray steps;
    for (qsizetype i = 0; i < sequence->steps.size(); ++i) {
        const SequenceStep& step = sequence->steps.at(i);
        const SequenceStepCounts perStep = stepCounts.value(step.id);
        steps.append(QJsonObject {
            {QStringLiteral("id"), step.id},
            {QStringLiteral("position"), i + 1},
            {QStringLiteral("delay"), step.delayAmount},
            {QStringLiteral("unit"), SequenceStep::unitKey(step.delayUnit)},
            {QStringLiteral("after"), SequenceStep::anchorKey(step.anchor)},
            {QStringLiteral("send_time"),
             step.sendTime ? QJsonValue(step.sendTime->toString(QStringLiteral("HH:mm"))) : QJsonValue()},
            {QStringLiteral("template"), step.templateId},
            {QStringLiteral("subject"), step.subject},
            {QStringLiteral("campaign"), step.campaignId},
            {QStringLiteral("queued"), perStep.queued},
            {QStringLiteral("waiting"), perStep.waiting},
        });
        text += tr("  %1. %2 — \"%3\" (template %4): %5 queued, %6 waiting\n")
                    .arg(i + 1)
                    .arg(Sequence::describeDelay(step), step.subject, templates.value(step.templateId, tr("missing")))
                    .arg(perStep.queued)
                    .arg(perStep.waiting);
    }
    QJsonObject object = countsJson(counts);
    object.insert(QStringLiteral("id"), sequence->id);
    object.insert(QStringLiteral("name"), sequence->name);
    object.insert(QStringLiteral("list"), listName);
    object.insert(QStringLiteral("on"), sequence->active);
    object.insert(QStringLiteral("time_zone"), sequence->timeZone);
    object.insert(QStringLiteral("steps"), steps);
    return context.succeed({{QStringLiteral("sequence"), object}}, text);
}

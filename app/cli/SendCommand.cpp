// tayori-cli send / resume / status.
#include "SendCommand.h"

#include <atomic>
#include <csignal>
#include <cstdio>

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include "automation/Scheduler.h"
#include "campaigns/CampaignFactory.h"
#include "campaigns/CampaignStore.h"
#include "campaigns/ScheduleTime.h"
#include "cli/ContactsCommand.h"
#include "contacts/ContactRepository.h"
#include "contacts/EmailAddress.h"
#include "delivery/DeliveryEngine.h"
#include "delivery/MessageComposer.h"
#include "senders/RelayStore.h"
#include "smtp/RelayConfig.h"
#include "web/PublicAddress.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
std::atomic<bool> interruptRequested {false};

extern "C" void onInterrupt(int)
{
    interruptRequested = true;
}

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDERR_FILENO) != 0;
#else
    return false;
#endif
}

void printErr(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

// "Name <addr>", "\"Name\" <addr>" or "addr".
bool parseMailbox(const QString& text, QString& name, QString& address)
{
    static const QRegularExpression withName(QStringLiteral("^\\s*(.*?)\\s*<([^<>\\s]+)>\\s*$"));
    const auto match = withName.match(text);
    if (match.hasMatch()) {
        name = match.captured(1);
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
            name = name.mid(1, name.size() - 2);
        }
        address = match.captured(2);
    } else {
        name.clear();
        address = text.trimmed();
    }
    const EmailCheck check = EmailAddress::check(address);
    if (check.valid) {
        address = check.address;
    }
    return check.valid;
}

QJsonObject countsJson(const Campaign& campaign, const DeliveryCounts& counts)
{
    return {{QStringLiteral("campaign"), campaign.id},
            {QStringLiteral("state"), CampaignStateText::key(campaign.state)},
            {QStringLiteral("recipients"), counts.total()},
            {QStringLiteral("sent"), counts.sent},
            {QStringLiteral("failed"), counts.failed + counts.bounced},
            {QStringLiteral("bounced"), counts.bounced},
            {QStringLiteral("deferred"), counts.deferred},
            {QStringLiteral("queued"), counts.queued + counts.sending},
            {QStringLiteral("skipped"), counts.skipped}};
}

QString countsText(const Campaign& campaign, const DeliveryCounts& counts)
{
    return SendCommand::tr("campaign %1 %2: %3 sent, %4 failed (%5 bounced), %6 deferred, %7 queued, %8 skipped\n")
        .arg(campaign.id)
        .arg(CampaignStateText::displayName(campaign.state))
        .arg(counts.sent)
        .arg(counts.failed + counts.bounced)
        .arg(counts.bounced)
        .arg(counts.deferred)
        .arg(counts.queued + counts.sending)
        .arg(counts.skipped);
}

struct RunOutcome
{
    CampaignState state = CampaignState::Paused;
    QString error;
    double seconds = 0;
    QStringList warnings;
};

// Runs one campaign to its end (done, waiting, paused) with progress on a terminal and Ctrl-C as "pause".
Result<RunOutcome>
runCampaign(const Database& database, qint64 campaignId, const DeliveryEngine::Options& options, bool showProgress)
{
    DeliveryEngine engine(database);
    Status started = engine.start(campaignId, options);
    if (!started) {
        return Result<RunOutcome>::failure(started.error());
    }
    RunOutcome outcome;
    outcome.warnings = engine.warnings();
    for (const QString& warning : outcome.warnings) {
        printErr(SendCommand::tr("warning: %1\n").arg(warning));
    }
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&engine, &DeliveryEngine::finished, &loop, [&](CampaignState state, const QString& error) {
        outcome.state = state;
        outcome.error = error;
        loop.quit();
    });
    if (showProgress) {
        QObject::connect(&engine, &DeliveryEngine::progress, &loop, [&](const DeliveryCounts& c, double rate) {
            printErr(SendCommand::tr("\r%1 of %2 sent, %3 failed, %4 deferred — %5 msg/s   ")
                         .arg(c.sent)
                         .arg(c.total())
                         .arg(c.failed + c.bounced)
                         .arg(c.deferred)
                         .arg(rate, 0, 'f', 0));
        });
    }
    // Ctrl-C pauses cleanly: the messages in flight finish, the campaign is left 'paused' for resume.
    interruptRequested = false;
    auto previousInt = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &engine, [&] {
        if (interruptRequested.exchange(false)) {
            printErr(SendCommand::tr("\nPausing after the messages in flight…\n"));
            engine.pause();
        }
    });
    interruptPoll.start(100);
    loop.exec();
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (showProgress) {
        printErr(QStringLiteral("\n"));
    }
    outcome.seconds = double(clock.elapsed()) / 1000.0;
    return outcome;
}

DeliveryEngine::Options engineOptions(const QCommandLineParser& parser)
{
    DeliveryEngine::Options options;
    options.relayPassword = qEnvironmentVariable("TAYORI_SMTP_PASSWORD");
    if (parser.isSet(QStringLiteral("retry-delay"))) {
        options.retry.firstDelay = std::chrono::seconds(parser.value(QStringLiteral("retry-delay")).toInt());
    }
    if (parser.isSet(QStringLiteral("max-wait"))) {
        options.maxWait = std::chrono::seconds(parser.value(QStringLiteral("max-wait")).toInt());
    }
    return options;
}

QList<QCommandLineOption> runOptions()
{
    return {QCommandLineOption(QStringLiteral("retry-delay"),
                               SendCommand::tr("First wait before retrying a deferred recipient (default 60)."),
                               SendCommand::tr("SECONDS")),
            QCommandLineOption(QStringLiteral("max-wait"),
                               SendCommand::tr("Stay this long to retry deferred recipients (default 900); later "
                                               "retries are left for `resume`."),
                               SendCommand::tr("SECONDS"))};
}

bool validSeconds(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name)) {
        return true;
    }
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    return ok && value >= 0;
}

int finishRun(const CliContext& context, const Database& database, qint64 campaignId, const Result<RunOutcome>& run)
{
    if (!run) {
        return context.fail(run.error());
    }
    CampaignStore store(database);
    const auto campaign = store.find(campaignId);
    const DeliveryCounts counts = store.counts(campaignId);
    QJsonObject json = countsJson(*campaign, counts);
    json.insert(QStringLiteral("seconds"), qRound(run->seconds * 1000.0) / 1000.0);
    json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(run->warnings));
    if (!run->error.isEmpty()) {
        // Paused by an error: the reason on stderr, the counts so far on stdout, exit 1.
        if (context.json) {
            json.insert(QStringLiteral("error"), run->error);
            const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        }
        printErr(SendCommand::tr("Campaign %1 paused: %2 Fix it, then run: tayori-cli resume %1\n")
                     .arg(campaignId)
                     .arg(run->error));
        return CliContext::Failure;
    }
    return context.succeed(json, countsText(*campaign, counts));
}
// Runs campaigns one after the other; one JSON object lists them all. A failure in one does not stop the rest.
int runEach(const CliContext& context,
            const Database& database,
            const QList<qint64>& ids,
            const DeliveryEngine::Options& options,
            bool progress)
{
    CampaignStore store(database);
    QJsonArray results;
    QString text;
    int exitCode = CliContext::Success;
    for (qint64 id : std::as_const(ids)) {
        const auto run = runCampaign(database, id, options, progress);
        const auto campaign = store.find(id);
        if (!campaign) {
            continue;
        }
        QJsonObject json = countsJson(*campaign, store.counts(id));
        if (!run || !run->error.isEmpty()) {
            const QString error = run ? run->error : run.error();
            json.insert(QStringLiteral("error"), error);
            printErr(SendCommand::tr("Campaign %1: %2\n").arg(id).arg(error));
            exitCode = CliContext::Failure;
        }
        results.append(json);
        text += countsText(*campaign, store.counts(id));
    }
    if (exitCode != CliContext::Success && !context.json) {
        return exitCode;
    }
    context.succeed({{QStringLiteral("campaigns"), results}}, text);
    return exitCode;
}

// --template ID: the stored template rendered for mail, its images carried inline (the campaign keeps copies, so a
// resume sends the same mail). A pre-flight error refuses the send; warnings are printed.
Status renderTemplate(const CliContext& context, const Database& database, const QString& idText, Campaign& campaign)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok) {
        return Status::failure(
            SendCommand::tr("\"%1\" is not a template ID; tayori-cli template list shows them.").arg(idText));
    }
    QStringList warnings;
    const Status applied = CampaignFactory::applyTemplate(database, id, campaign, &warnings);
    if (applied && !context.json) {
        for (const QString& warning : std::as_const(warnings)) {
            printErr(SendCommand::tr("warning: %1\n").arg(warning));
        }
    }
    return applied;
}
} // namespace

int SendCommand::runSend(const CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(ContactsCommand::filterOptions());
    parser.addOptions(runOptions());
    parser.addOptions({
        {QStringLiteral("subject"), tr("Subject (merge fields allowed)."), tr("TEXT")},
        {QStringLiteral("from"), tr("Sender: \"NAME <ADDRESS>\"."), tr("MAILBOX")},
        {QStringLiteral("reply-to"), tr("Reply-To address."), tr("ADDRESS")},
        {QStringLiteral("html"), tr("HTML part (UTF-8 file)."), tr("FILE")},
        {QStringLiteral("text"), tr("Plain-text part (UTF-8 file)."), tr("FILE")},
        {QStringLiteral("template"),
         tr("A template from the library (tayori-cli template list) instead of --html and --text."),
         tr("ID")},
        {QStringLiteral("at"),
         tr("Schedule instead of sending now: YYYY-MM-DDTHH:MM[:SS] in local time, or with Z or ±HH:MM; "
            "tayori-cli run-due sends it when the time comes."),
         tr("TIME")},
        {QStringLiteral("name"), tr("Campaign name."), tr("NAME")},
        {QStringLiteral("charset"), tr("utf-8 (default) or iso-2022-jp."), tr("CHARSET")},
        {QStringLiteral("smtp"), tr("Transport: smtp://USER@HOST:PORT, smtps://…, file:///FOLDER."), tr("URL")},
        {QStringLiteral("dkim-key"), tr("DKIM private key (PEM); give it twice for RSA + Ed25519."), tr("FILE")},
        {QStringLiteral("dkim-selector"), tr("DKIM selector (once per --dkim-key)."), tr("SELECTOR")},
        {QStringLiteral("dkim-domain"), tr("DKIM domain (default: the From domain)."), tr("DOMAIN")},
        {QStringLiteral("dkim-third-party"), tr("Allow a DKIM domain that does not align with From.")},
        {QStringLiteral("bounce-domain"), tr("Return-Path domain (default: the From domain)."), tr("DOMAIN")},
        {QStringLiteral("connections"), tr("Parallel connections (default 4)."), tr("N")},
        {QStringLiteral("rate"), tr("At most this many messages per second (default: no limit)."), tr("N")},
        {QStringLiteral("base-url"),
         tr("Web address of the unsubscribe pages, e.g. https://news.example.jp."),
         tr("URL")},
    });
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show these options."));
    parser.addOption(help);
    if (!parser.parse(QStringList {QStringLiteral("send")} + arguments)) {
        return context.fail(parser.errorText(), CliContext::UsageError);
    }
    if (parser.isSet(help)) {
        const QByteArray text
            = (tr("Usage: tayori-cli send [options]\n") + parser.helpText().section(QLatin1Char('\n'), 2)).toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        return CliContext::Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.fail(tr("send takes no arguments, only options."), CliContext::UsageError);
    }
    const bool fromTemplate = parser.isSet(QStringLiteral("template"));
    if (fromTemplate && (parser.isSet(QStringLiteral("html")) || parser.isSet(QStringLiteral("text")))) {
        return context.fail(tr("Give either --template or --html/--text, not both."), CliContext::UsageError);
    }
    for (const char* required : {"subject", "from", "html"}) {
        if (!parser.isSet(QLatin1String(required))
            && !(QLatin1String(required) == QLatin1String("html")
                 && (parser.isSet(QStringLiteral("text")) || fromTemplate))) {
            return context.fail(tr("send needs --%1 (or --template).").arg(QLatin1String(required)),
                                CliContext::UsageError);
        }
    }
    Campaign campaign;
    if (!parseMailbox(parser.value(QStringLiteral("from")), campaign.fromName, campaign.fromAddress)) {
        return context.fail(tr("--from \"%1\" is not a valid sender; write \"Name <address@example.jp>\".")
                                .arg(parser.value(QStringLiteral("from"))),
                            CliContext::UsageError);
    }
    campaign.subject = parser.value(QStringLiteral("subject"));
    campaign.name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : campaign.subject;
    campaign.replyTo = parser.value(QStringLiteral("reply-to"));
    for (const auto& [option, target] :
         {std::pair {QStringLiteral("html"), &campaign.html}, std::pair {QStringLiteral("text"), &campaign.text}}) {
        if (!parser.isSet(option)) {
            continue;
        }
        QFile file(parser.value(option));
        if (!file.open(QIODevice::ReadOnly)) {
            return context.fail(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        }
        *target = QString::fromUtf8(file.readAll());
    }
    const QString charset = parser.value(QStringLiteral("charset")).toLower();
    if (charset.isEmpty() || charset == QLatin1String("utf-8") || charset == QLatin1String("utf8")) {
        campaign.charset = "UTF-8";
    } else if (charset == QLatin1String("iso-2022-jp") || charset == QLatin1String("jis")) {
        campaign.charset = "ISO-2022-JP";
    } else {
        return context.fail(tr("--charset must be utf-8 or iso-2022-jp."), CliContext::UsageError);
    }
    if (parser.isSet(QStringLiteral("at"))) {
        const Result<QDateTime> at = ScheduleTime::parse(parser.value(QStringLiteral("at")));
        if (!at) {
            return context.fail(at.error());
        }
        campaign.scheduledAt = *at;
    }
    const QStringList keys = parser.values(QStringLiteral("dkim-key"));
    if (keys.size() > 2) {
        return context.fail(tr("Give --dkim-key at most twice (one RSA and one Ed25519 key)."), CliContext::UsageError);
    }
    const QStringList selectors = parser.values(QStringLiteral("dkim-selector"));
    if (!keys.isEmpty() && selectors.isEmpty()) {
        return context.fail(tr("--dkim-key needs --dkim-selector."), CliContext::UsageError);
    }
    if (!keys.isEmpty() && selectors.size() != keys.size()) {
        // One DNS record per selector: two keys need two selectors.
        return context.fail(tr("Give one --dkim-selector per --dkim-key."), CliContext::UsageError);
    }
    campaign.dkimKeyPath = keys.value(0).isEmpty() ? QString() : QFileInfo(keys.value(0)).absoluteFilePath();
    campaign.dkimKeyPath2 = keys.value(1).isEmpty() ? QString() : QFileInfo(keys.value(1)).absoluteFilePath();
    campaign.dkimSelector = selectors.value(0);
    campaign.dkimSelector2 = selectors.value(1);
    campaign.dkimDomain = parser.value(QStringLiteral("dkim-domain")).toLower();
    campaign.dkimThirdParty = parser.isSet(QStringLiteral("dkim-third-party"));
    campaign.bounceDomain = parser.value(QStringLiteral("bounce-domain")).toLower();
    bool ok = true;
    if (parser.isSet(QStringLiteral("connections"))) {
        campaign.connections = parser.value(QStringLiteral("connections")).toInt(&ok);
        if (!ok || campaign.connections < 1 || campaign.connections > 32) {
            return context.fail(tr("--connections must be between 1 and 32."), CliContext::UsageError);
        }
    }
    if (parser.isSet(QStringLiteral("rate"))) {
        campaign.rate = parser.value(QStringLiteral("rate")).toDouble(&ok);
        if (!ok || campaign.rate < 0) {
            return context.fail(tr("--rate must be a number of messages per second."), CliContext::UsageError);
        }
    }
    if (!validSeconds(parser, QStringLiteral("retry-delay")) || !validSeconds(parser, QStringLiteral("max-wait"))) {
        return context.fail(tr("--retry-delay and --max-wait take a number of seconds."), CliContext::UsageError);
    }
    // No --smtp: the default relay from Settings, else the outbox folder (nothing leaves the machine).
    const Result<Database> database = context.openDatabase();
    if (!database) {
        return context.fail(database.error());
    }
    campaign.baseUrl = parser.value(QStringLiteral("base-url"));
    if (parser.isSet(QStringLiteral("smtp"))) {
        auto given = RelayConfig::fromUrl(parser.value(QStringLiteral("smtp")));
        if (!given) {
            return context.fail(given.error(), CliContext::UsageError);
        }
        campaign.transportUrl = given->toUrl();
    } else {
        const int connections = campaign.connections;
        const double rate = campaign.rate;
        const Status relayApplied = CampaignFactory::applyDefaultRelay(*database, campaign);
        if (!relayApplied) {
            return context.fail(relayApplied.error(), CliContext::UsageError);
        }
        if (parser.isSet(QStringLiteral("connections"))) {
            campaign.connections = connections;
        }
        if (parser.isSet(QStringLiteral("rate"))) {
            campaign.rate = rate;
        }
    }
    auto relay = RelayConfig::fromUrl(campaign.transportUrl);
    if (!relay) {
        return context.fail(relay.error(), CliContext::UsageError);
    }
    if (campaign.baseUrl.isEmpty()) {
        // Nothing leaves the machine with the outbox: links point at the embedded web server's default address;
        // through a relay, at the web address set in Settings.
        campaign.baseUrl
            = relay->kind == RelayConfig::Kind::Outbox ? PublicAddress::localDefault() : PublicAddress::load(*database);
    }

    const Result<ContactFilter> filter = ContactsCommand::filterFrom(parser, *database);
    if (!filter) {
        return context.fail(filter.error(), CliContext::UsageError);
    }
    ContactRepository contacts(*database);
    const Status validFilter = contacts.checkFilter(*filter);
    if (!validFilter) {
        return context.fail(validFilter.error(), CliContext::UsageError);
    }
    const QList<qint64> audience = contacts.ids(*filter, ContactSort::Created, Qt::AscendingOrder);
    if (audience.isEmpty()) {
        return context.fail(tr("No contact matches the chosen list or segment: nothing to send."));
    }
    QStringList audienceText;
    if (!filter->list.isEmpty()) {
        audienceText << QStringLiteral("list:") + filter->list;
    }
    if (!filter->tag.isEmpty()) {
        audienceText << QStringLiteral("tag:") + filter->tag;
    }
    if (!filter->segment.isEmpty()) {
        // Parenthesised after a list or tag: "list:a AND x OR y" would read as "(list:a AND x) OR y".
        audienceText << (audienceText.isEmpty() ? filter->segment
                                                : QStringLiteral("(") + filter->segment + QStringLiteral(")"));
    }
    campaign.audience = audienceText.join(QStringLiteral(" AND "));
    campaign.state = CampaignState::Draft;

    QStringList customKeys;
    for (const CustomField& field : contacts.customFields()) {
        customKeys << field.key;
    }
    if (fromTemplate) {
        const Status rendered = renderTemplate(context, *database, parser.value(QStringLiteral("template")), campaign);
        if (!rendered) {
            return context.fail(rendered.error());
        }
    }
    // Everything that can fail before sending is checked before the campaign is stored: a dry run of the composer.
    {
        auto checked = MessageComposer::create(campaign, customKeys, QByteArray(32, 'x'));
        if (!checked) {
            return context.fail(checked.error());
        }
    }
    CampaignStore store(*database);
    if (campaign.scheduledAt.isValid()) {
        campaign.state = CampaignState::Scheduled;
    }
    auto created = store.create(campaign, audience);
    if (!created) {
        return context.fail(created.error());
    }
    const qint64 campaignId = *created;
    if (campaign.state == CampaignState::Scheduled) {
        const DeliveryCounts counts = store.counts(campaignId);
        return context.succeed(
            {{QStringLiteral("campaign"), campaignId},
             {QStringLiteral("state"), CampaignStateText::key(CampaignState::Scheduled)},
             {QStringLiteral("scheduled"), campaign.scheduledAt.toUTC().toString(Qt::ISODate)},
             {QStringLiteral("recipients"), counts.total()}},
            tr("Campaign %1 is scheduled for %2 (%n recipient(s)). tayori-cli run-due sends it when the time "
               "comes: run it every few minutes from cron, a systemd timer or the Task Scheduler.\n",
               nullptr,
               int(counts.total()))
                .arg(campaignId)
                .arg(QLocale().toString(campaign.scheduledAt.toLocalTime(), QLocale::LongFormat)));
    }
    const auto run = runCampaign(*database, campaignId, engineOptions(parser), !context.json && stderrIsTerminal());
    if (!run) {
        // Not started after all (a check that needs the stored campaign): leave no half-made campaign behind.
        (void)store.setState(campaignId, CampaignState::Paused, run.error());
    }
    if (relay->kind == RelayConfig::Kind::Outbox && run && !context.json) {
        printErr(tr("Nothing left this computer: the messages are in the outbox folder %1\n")
                     .arg(QDir::toNativeSeparators(relay->outboxPath)));
    }
    return finishRun(context, *database, campaignId, run);
}

int SendCommand::runResume(const CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(runOptions());
    if (!parser.parse(QStringList {QStringLiteral("resume")} + arguments)) {
        return context.fail(parser.errorText(), CliContext::UsageError);
    }
    if (parser.positionalArguments().size() > 1) {
        return context.fail(tr("resume takes at most one campaign id."), CliContext::UsageError);
    }
    if (!validSeconds(parser, QStringLiteral("retry-delay")) || !validSeconds(parser, QStringLiteral("max-wait"))) {
        return context.fail(tr("--retry-delay and --max-wait take a number of seconds."), CliContext::UsageError);
    }
    const Result<Database> database = context.openDatabase();
    if (!database) {
        return context.fail(database.error());
    }
    CampaignStore store(*database);
    QList<qint64> ids;
    if (parser.positionalArguments().size() == 1) {
        bool ok = false;
        const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
        if (!ok) {
            return context.fail(tr("\"%1\" is not a campaign id.").arg(parser.positionalArguments().first()),
                                CliContext::UsageError);
        }
        ids << id;
    } else {
        ids = store.resumable();
        if (ids.isEmpty()) {
            return context.succeed({{QStringLiteral("campaigns"), QJsonArray()}},
                                   tr("No campaign is waiting to be resumed.\n"));
        }
    }
    const bool progress = !context.json && stderrIsTerminal();
    if (ids.size() == 1) {
        return finishRun(
            context, *database, ids.first(), runCampaign(*database, ids.first(), engineOptions(parser), progress));
    }
    return runEach(context, *database, ids, engineOptions(parser), progress);
}

int SendCommand::runDue(const CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(runOptions());
    if (!parser.parse(QStringList {QStringLiteral("run-due")} + arguments)) {
        return context.fail(parser.errorText(), CliContext::UsageError);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.fail(tr("run-due takes no arguments."), CliContext::UsageError);
    }
    if (!validSeconds(parser, QStringLiteral("retry-delay")) || !validSeconds(parser, QStringLiteral("max-wait"))) {
        return context.fail(tr("--retry-delay and --max-wait take a number of seconds."), CliContext::UsageError);
    }
    const Result<Database> database = context.openDatabase();
    if (!database) {
        return context.fail(database.error());
    }
    // The app's Scheduler, one pass: scheduled campaigns, waiting ones whose retry has come, and step mail. The
    // runner claim keeps a campaign to one sender: when run-due overlaps another run-due or the app, whoever
    // claims first sends it and the other passes it by.
    Scheduler scheduler(*database);
    scheduler.setEngineOptions(engineOptions(parser));
    QList<qint64> ran;
    QHash<qint64, QString> errors;
    QObject::connect(&scheduler, &Scheduler::campaignStarted, &scheduler, [&](qint64 id) { ran << id; });
    QString stepMailError;
    QObject::connect(&scheduler, &Scheduler::runFailed, &scheduler, [&](qint64 id, const QString& error) {
        if (id == 0) {
            stepMailError = error; // step mail could not be queued: no campaign to name
            return;
        }
        ran << id;
        errors.insert(id, error);
    });
    QObject::connect(
        &scheduler, &Scheduler::campaignFinished, &scheduler, [&](qint64 id, CampaignState, const QString& error) {
            if (!error.isEmpty()) {
                errors.insert(id, error);
            }
        });
    if (!context.json && stderrIsTerminal()) {
        QObject::connect(
            &scheduler, &Scheduler::campaignProgress, &scheduler, [](qint64 id, const DeliveryCounts& c, double rate) {
                printErr(SendCommand::tr("\rcampaign %1: %2 of %3 sent, %4 failed, %5 deferred — %6 "
                                         "msg/s   ")
                             .arg(id)
                             .arg(c.sent)
                             .arg(c.total())
                             .arg(c.failed + c.bounced)
                             .arg(c.deferred)
                             .arg(rate, 0, 'f', 0));
            });
    }
    if (scheduler.runDueOnce() > 0) {
        // Ctrl-C pauses every run cleanly: the messages in flight finish, the campaigns are left 'paused'.
        QEventLoop loop;
        QObject::connect(&scheduler, &Scheduler::idle, &loop, &QEventLoop::quit);
        interruptRequested = false;
        auto previousInt = std::signal(SIGINT, onInterrupt);
        auto previousTerm = std::signal(SIGTERM, onInterrupt);
        QTimer interruptPoll;
        QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&] {
            if (interruptRequested.exchange(false)) {
                printErr(SendCommand::tr("\nPausing after the messages in flight…\n"));
                for (qint64 id : scheduler.running()) {
                    scheduler.pause(id);
                }
            }
        });
        interruptPoll.start(100);
        if (!scheduler.isIdle()) {
            loop.exec();
        }
        std::signal(SIGINT, previousInt);
        std::signal(SIGTERM, previousTerm);
        if (!context.json && stderrIsTerminal()) {
            printErr(QStringLiteral("\n"));
        }
    }
    if (!stepMailError.isEmpty()) {
        printErr(SendCommand::tr("Step mail: %1\n").arg(stepMailError));
    }
    if (ran.isEmpty() && stepMailError.isEmpty()) {
        return context.succeed({{QStringLiteral("campaigns"), QJsonArray()}}, tr("Nothing is due.\n"));
    }
    CampaignStore store(*database);
    QJsonArray results;
    QString text;
    int exitCode = stepMailError.isEmpty() ? CliContext::Success : CliContext::Failure;
    for (qint64 id : std::as_const(ran)) {
        const auto campaign = store.find(id);
        if (!campaign) {
            continue;
        }
        const DeliveryCounts counts = store.counts(id);
        QJsonObject json = countsJson(*campaign, counts);
        json.insert(QStringLiteral("name"), campaign->name);
        json.insert(QStringLiteral("kind"), campaign->kind);
        if (errors.contains(id)) {
            json.insert(QStringLiteral("error"), errors.value(id));
            printErr(SendCommand::tr("Campaign %1: %2 Fix it, then run: tayori-cli resume %1\n")
                         .arg(id)
                         .arg(errors.value(id)));
            exitCode = CliContext::Failure;
        }
        results.append(json);
        text += countsText(*campaign, counts);
    }
    if (exitCode != CliContext::Success && !context.json) {
        return exitCode;
    }
    context.succeed({{QStringLiteral("campaigns"), results}}, text);
    return exitCode;
}

int SendCommand::runStatus(const CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("recipients"), tr("List every recipient with its state and server reply.")});
    if (!parser.parse(QStringList {QStringLiteral("status")} + arguments)) {
        return context.fail(parser.errorText(), CliContext::UsageError);
    }
    if (parser.positionalArguments().size() > 1) {
        return context.fail(tr("status takes at most one campaign id."), CliContext::UsageError);
    }
    const Result<Database> database = context.openDatabase();
    if (!database) {
        return context.fail(database.error());
    }
    CampaignStore store(*database);
    auto describe = [&store](const Campaign& campaign) {
        QJsonObject json = countsJson(campaign, store.counts(campaign.id));
        json.insert(QStringLiteral("name"), campaign.name);
        json.insert(QStringLiteral("subject"), campaign.subject);
        json.insert(QStringLiteral("from"), campaign.fromAddress);
        json.insert(QStringLiteral("created"), campaign.createdAt.toString(Qt::ISODate));
        if (campaign.startedAt.isValid()) {
            json.insert(QStringLiteral("started"), campaign.startedAt.toString(Qt::ISODate));
        }
        if (campaign.finishedAt.isValid()) {
            json.insert(QStringLiteral("finished"), campaign.finishedAt.toString(Qt::ISODate));
        }
        if (!campaign.lastError.isEmpty()) {
            json.insert(QStringLiteral("error"), campaign.lastError);
        }
        return json;
    };
    if (parser.positionalArguments().isEmpty()) {
        QJsonArray all;
        QString text;
        for (const Campaign& campaign : store.list()) {
            all.append(describe(campaign));
            text += countsText(campaign, store.counts(campaign.id));
        }
        if (all.isEmpty()) {
            text = tr("No campaigns yet.\n");
        }
        return context.succeed({{QStringLiteral("campaigns"), all}}, text);
    }
    bool ok = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
    const auto campaign = ok ? store.find(id) : std::nullopt;
    if (!campaign) {
        return context.fail(tr("There is no campaign %1.").arg(parser.positionalArguments().first()));
    }
    QJsonObject json = describe(*campaign);
    QString text = countsText(*campaign, store.counts(id));
    if (!campaign->lastError.isEmpty()) {
        text += tr("last error: %1\n").arg(campaign->lastError);
    }
    if (parser.isSet(QStringLiteral("recipients"))) {
        QJsonArray recipients;
        for (const DeliveryRecord& record : store.deliveries(id)) {
            recipients.append(QJsonObject {{QStringLiteral("email"), record.email},
                                           {QStringLiteral("state"), record.state},
                                           {QStringLiteral("attempts"), record.attempts},
                                           {QStringLiteral("code"), record.smtpCode},
                                           {QStringLiteral("reply"), record.smtpReply}});
            text += record.email + QLatin1Char('\t') + record.state + QLatin1Char('\t')
                    + QString::number(record.attempts) + QLatin1Char('\t') + record.smtpReply + QLatin1Char('\n');
        }
        json.insert(QStringLiteral("recipients"), recipients);
    }
    return context.succeed(json, text);
}

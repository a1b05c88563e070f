// CampaignPreflight: the review step's checks, each with what to do about it.
#include "campaigns/CampaignPreflight.h"

#include <QLocale>
#include <QSet>

#include "campaigns/CampaignFactory.h"
#include "campaigns/CampaignStore.h"
#include "contacts/ContactRepository.h"
#include "dkim/DkimKey.h"
#include "dkim/DkimSigner.h"
#include "templates/MergeTemplate.h"
#include "templates/MergeValues.h"
#include "templates/TemplatePreflight.h"
#include "templates/TemplateRenderer.h"

namespace {
using Level = PreflightCheck::Level;

PreflightCheck check(const char* code, Level level, const QString& message)
{
    return {QString::fromLatin1(code), level, message};
}

// The parts a test message showed: a change to any of them needs a new test.
bool sameContent(const Campaign& a, const Campaign& b)
{
    return a.subject == b.subject && a.preheader == b.preheader && a.html == b.html && a.text == b.text
           && a.fromName == b.fromName && a.fromAddress == b.fromAddress && a.charset == b.charset;
}

void checkDkim(const Campaign& campaign, QList<PreflightCheck>& checks)
{
    if (campaign.dkimKeyPath.isEmpty()) {
        checks << check("dkim-key",
                        Level::Error,
                        CampaignPreflight::tr("There is no DKIM key for %1: the mail would be unsigned and land in "
                                              "spam. Make one in Settings → DKIM keys and publish its DNS record.")
                            .arg(campaign.fromDomain()));
        return;
    }
    QStringList problems;
    for (const QString& path : {campaign.dkimKeyPath, campaign.dkimKeyPath2}) {
        if (path.isEmpty()) {
            continue;
        }
        const Result<DkimKey> key = DkimKey::fromFile(path);
        if (!key) {
            problems << key.error();
        }
    }
    if (!problems.isEmpty()) {
        checks << check("dkim-key",
                        Level::Error,
                        CampaignPreflight::tr("The DKIM key cannot be used: %1 Make a new key in Settings → DKIM keys, "
                                              "or import the right one.")
                            .arg(problems.join(QLatin1Char(' '))));
    } else {
        checks << check("dkim-key",
                        Level::Passed,
                        CampaignPreflight::tr("Signed with the DKIM key “%1” of %2.")
                            .arg(campaign.dkimSelector, campaign.signingDomain()));
    }
    if (DkimSigner::isAligned(campaign.fromDomain(), campaign.signingDomain())) {
        checks << check("dkim-aligned",
                        Level::Passed,
                        CampaignPreflight::tr("The signature's domain %1 matches the sender %2.")
                            .arg(campaign.signingDomain(), campaign.fromAddress));
    } else if (campaign.dkimThirdParty) {
        checks << check("dkim-aligned",
                        Level::Warning,
                        CampaignPreflight::tr("The signature is for %1, not the sender's domain %2: it does not count "
                                              "for DMARC. Sign with a key of %2 if you can.")
                            .arg(campaign.signingDomain(), campaign.fromDomain()));
    } else {
        checks << check("dkim-aligned",
                        Level::Error,
                        CampaignPreflight::tr("The DKIM key is for %1, but the mail is from %2: receivers would not "
                                              "trust the signature. Choose a sender of %1 or make a key for %2.")
                            .arg(campaign.signingDomain(), campaign.fromDomain()));
    }
}

void checkFields(const Database& database, const Campaign& campaign, QList<PreflightCheck>& checks)
{
    QStringList known = MergeValues::standardFieldNames();
    QStringList customKeys;
    for (const CustomField& field : ContactRepository(database).customFields()) {
        customKeys << field.key;
    }
    known += customKeys;
    const QSet<QString> knownSet(known.begin(), known.end());
    QStringList unknown;
    for (const QString& part : {campaign.subject, campaign.preheader, campaign.html, campaign.text}) {
        for (const QString& name : TemplatePreflight::mergeFieldNames(part)) {
            if (!knownSet.contains(name) && !unknown.contains(name)) {
                unknown << name;
            }
        }
    }
    if (!unknown.isEmpty()) {
        checks << check("unknown-fields",
                        Level::Error,
                        CampaignPreflight::tr("Unknown merge fields: %1. Correct the spelling, or add them as custom "
                                              "fields of your contacts.")
                            .arg(unknown.join(QStringLiteral(", "))));
        return;
    }
    // The names are fine; a syntax error (an unclosed {{#if}}) is found by compiling, as the sender will.
    const std::pair<QString, MergeTemplate::Mode> parts[] = {{campaign.subject, MergeTemplate::Mode::Text},
                                                             {campaign.preheader, MergeTemplate::Mode::Text},
                                                             {campaign.html, MergeTemplate::Mode::Html},
                                                             {campaign.text, MergeTemplate::Mode::Text}};
    for (const auto& [source, mode] : parts) {
        const auto compiled = MergeTemplate::compile(source, mode, customKeys);
        if (!compiled) {
            checks << check("unknown-fields",
                            Level::Error,
                            CampaignPreflight::tr("A merge field is written wrongly: %1").arg(compiled.error()));
            return;
        }
    }
    checks << check("unknown-fields", Level::Passed, CampaignPreflight::tr("Every merge field is known."));
}

void checkTestMail(const Database& database, const Campaign& campaign, QList<PreflightCheck>& checks)
{
    bool tested = campaign.testSentAt.isValid();
    if (campaign.id != 0) {
        // What is stored decides: a test sent before the wizard's latest (unsaved) change does not count.
        const auto stored = CampaignStore(database).find(campaign.id);
        tested = stored && stored->testSentAt.isValid() && sameContent(*stored, campaign);
    }
    if (tested) {
        checks << check("test-mail", Level::Passed, CampaignPreflight::tr("A test message of this version was sent."));
    } else {
        checks << check("test-mail",
                        Level::Warning,
                        CampaignPreflight::tr("No test message was sent since the last change. Send yourself a test "
                                              "and look at it on a phone and a computer first."));
    }
}
} // namespace

QList<PreflightCheck> CampaignPreflight::run(const Database& database, const Campaign& campaign, qint64 audienceCount)
{
    QList<PreflightCheck> checks;
    if (audienceCount <= 0) {
        checks << check("audience",
                        Level::Error,
                        tr("The audience matches nobody (unsubscribed, bounced and suppressed contacts are left out). "
                           "Choose another list or change the segment."));
    } else {
        checks << check("audience", Level::Passed, tr("%n recipient(s).", nullptr, int(audienceCount)));
    }

    checkDkim(campaign, checks);

    if (campaign.baseUrl.trimmed().isEmpty()) {
        checks << check("unsubscribe",
                        Level::Error,
                        tr("There is no web address for the unsubscribe link, so the one-click List-Unsubscribe header "
                           "that Gmail and Yahoo require cannot be added. Set the web address in Settings → General "
                           "(where tayori-cli serve answers for your recipients)."));
    } else {
        checks << check("unsubscribe",
                        Level::Passed,
                        tr("One-click unsubscribe (List-Unsubscribe) points to %1.").arg(campaign.baseUrl));
    }

    const qsizetype htmlBytes = campaign.html.toUtf8().size();
    if (htmlBytes > TemplateRenderer::GmailClipBytes) {
        checks << check("size",
                        Level::Warning,
                        tr("The HTML is %1 KB: Gmail cuts off messages over 102 KB, hiding the end (and the "
                           "unsubscribe link). Shorten the text or use fewer blocks.")
                            .arg(htmlBytes / 1024));
    } else {
        checks << check("size", Level::Passed, tr("The HTML is %1 KB.").arg(qMax<qsizetype>(1, htmlBytes / 1024)));
    }

    checkFields(database, campaign, checks);
    checkTestMail(database, campaign, checks);

    if (campaign.state == CampaignState::Scheduled || campaign.scheduledAt.isValid()) {
        if (!campaign.scheduledAt.isValid() || campaign.scheduledAt <= QDateTime::currentDateTimeUtc()) {
            checks << check("schedule",
                            Level::Error,
                            tr("The reserved time %1 is in the past; choose a later time, or send now.")
                                .arg(QLocale().toString(campaign.scheduledAt.toLocalTime(), QLocale::ShortFormat)));
        } else {
            checks << check(
                "schedule",
                Level::Passed,
                tr("Sends at %1.").arg(QLocale().toString(campaign.scheduledAt.toLocalTime(), QLocale::LongFormat)));
        }
    }

    if (campaign.templateId > 0) {
        Campaign rendered = campaign;
        QStringList warnings;
        const Status status = CampaignFactory::applyTemplate(database, campaign.templateId, rendered, &warnings);
        if (!status) {
            checks << check("template", Level::Error, status.error());
        } else if (!warnings.isEmpty()) {
            checks << check("template", Level::Warning, warnings.join(QLatin1Char(' ')));
        } else {
            checks << check("template", Level::Passed, tr("The template passed its checks."));
        }
    }
    return checks;
}

bool CampaignPreflight::hasErrors(const QList<PreflightCheck>& checks)
{
    for (const PreflightCheck& c : checks) {
        if (c.level == PreflightCheck::Level::Error) {
            return true;
        }
    }
    return false;
}

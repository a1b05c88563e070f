// CampaignFactory: a campaign's content from a library template, its sender and relay from Settings.
#include "campaigns/CampaignFactory.h"

#include <algorithm>

#include <QUrl>

#include "contacts/ContactRepository.h"
#include "delivery/TestMailSender.h"
#include "senders/DkimKeyStore.h"
#include "senders/RelayStore.h"
#include "senders/SenderIdentityStore.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateStore.h"
#include "web/PublicAddress.h"
#include "web/WebServer.h"

Status
CampaignFactory::applyTemplate(const Database& database, qint64 templateId, Campaign& campaign, QStringList* warnings)
{
    TemplateStore templates(database);
    auto document = templates.load(templateId);
    if (!document) {
        return Status::failure(document.error());
    }
    TemplateDocument rendering = *document;
    // The campaign's own preheader wins; without one it takes the template's.
    if (campaign.preheader.trimmed().isEmpty()) {
        campaign.preheader = rendering.settings.preheader;
    } else {
        rendering.settings.preheader = campaign.preheader;
    }
    RenderOptions options;
    // The template's choice: attached (cid:), or hosted by `tayori-cli serve` under the campaign's base URL.
    options.assetBaseUrl = WebServer::assetBaseUrl(campaign.baseUrl, templateId);
    for (const CustomField& field : ContactRepository(database).customFields()) {
        options.knownCustomFields << field.key;
    }
    const RenderedTemplate rendered = TemplateRenderer::render(rendering, options);
    QStringList errors;
    for (const PreflightIssue& issue : rendered.issues) {
        if (issue.severity == PreflightIssue::Severity::Error) {
            errors << issue.message;
        } else if (warnings) {
            *warnings << issue.message;
        }
    }
    if (!errors.isEmpty()) {
        return Status::failure(
            tr("The template “%1” is not ready to send: %2").arg(document->name, errors.join(QLatin1Char(' '))));
    }
    QList<InlineImage> images;
    if (!rendering.settings.hostedImages) {
        auto inlined = TestMailSender::inlineImagesFor(rendered.assets, templates.assets(templateId));
        if (!inlined) {
            return Status::failure(inlined.error());
        }
        images = std::move(inlined).value();
    }
    campaign.templateId = templateId;
    campaign.html = rendered.html;
    campaign.text = rendered.text;
    campaign.inlineImages = std::move(images);
    return success();
}

Status CampaignFactory::applySender(const Database& database, qint64 identityId, Campaign& campaign)
{
    SenderIdentityStore identities(database);
    const auto identity = identityId != 0 ? identities.find(identityId) : identities.defaultIdentity();
    if (!identity) {
        return Status::failure(identityId != 0
                                   ? tr("The chosen sender no longer exists; choose another one in Settings.")
                                   : tr("There is no sender yet; add one (name and From address) in Settings."));
    }
    campaign.fromName = identity->displayName;
    campaign.fromAddress = identity->address;
    campaign.replyTo = identity->replyTo;
    campaign.bounceDomain = identity->bounceDomain;
    campaign.dkimDomain.clear();
    campaign.dkimThirdParty = false;
    applyDkimKeys(database, campaign);
    return applyDefaultRelay(database, campaign);
}

void CampaignFactory::applyDkimKeys(const Database& database, Campaign& campaign)
{
    const QString fromDomain = QString::fromLatin1(QUrl::toAce(campaign.fromDomain())).toLower();
    QList<DkimKeyRecord> keys;
    for (const DkimKeyRecord& key : DkimKeyStore(database).list()) {
        if (key.domain.compare(fromDomain, Qt::CaseInsensitive) == 0) {
            keys << key;
        }
    }
    std::stable_sort(keys.begin(), keys.end(), [](const DkimKeyRecord& a, const DkimKeyRecord& b) {
        return a.algorithm == DkimKey::Algorithm::Rsa && b.algorithm != DkimKey::Algorithm::Rsa;
    });
    campaign.dkimKeyPath = keys.isEmpty() ? QString() : keys[0].keyPath;
    campaign.dkimSelector = keys.isEmpty() ? QString() : keys[0].selector;
    const bool second = keys.size() > 1 && keys[1].algorithm != keys[0].algorithm;
    campaign.dkimKeyPath2 = second ? keys[1].keyPath : QString();
    campaign.dkimSelector2 = second ? keys[1].selector : QString();
}

Status CampaignFactory::applyDefaultRelay(const Database& database, Campaign& campaign)
{
    const auto relay = RelayStore(database).defaultRelay();
    QString transport = QUrl::fromLocalFile(RelayStore::defaultOutboxPath()).toString();
    if (relay) {
        transport = relay->url;
        campaign.connections = relay->connections;
        campaign.rate = relay->rate;
    }
    auto config = RelayConfig::fromUrl(transport);
    if (!config) {
        return Status::failure(config.error());
    }
    campaign.transportUrl = config->toUrl();
    if (campaign.baseUrl.isEmpty()) {
        // Nothing leaves the machine with the outbox: links point at the embedded web server's default address.
        // Through a relay they point where Settings says the web pages answer (empty until set: pre-flight says so).
        campaign.baseUrl
            = config->kind == RelayConfig::Kind::Outbox ? PublicAddress::localDefault() : PublicAddress::load(database);
    }
    return success();
}

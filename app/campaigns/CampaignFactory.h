// CampaignFactory: fills a campaign's content from a library template — rendered HTML and plain text with merge
// fields untouched, inline images from the template's assets — and its sender, relay and DKIM settings from a
// sender identity. Shared by `tayori-cli send --template`, the campaign wizard and step mail.
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "campaigns/Campaign.h"
#include "common/Result.h"
#include "storage/Database.h"

class CampaignFactory
{
    Q_DECLARE_TR_FUNCTIONS(CampaignFactory)

public:
    // Sets campaign.templateId, html, text, inlineImages (and the preheader from the template when the campaign
    // has none; the campaign's own preheader is rendered into the HTML). Fails naming the template when it does not
    // exist or does not render; the renderer's warnings go to `warnings` when given. Call applySender (or set
    // baseUrl) first: hosted images are addressed under the campaign's base URL.
    static Status
    applyTemplate(const Database& database, qint64 templateId, Campaign& campaign, QStringList* warnings = nullptr);
    // From, Reply-To, bounce domain, DKIM keys/selectors of identity `identityId` (0: the default identity) and
    // transport, connections and rate of the default relay (else the outbox folder, base URL http://127.0.0.1:8080).
    static Status applySender(const Database& database, qint64 identityId, Campaign& campaign);
    // The keys made for the From domain sign it, RSA first, then Ed25519 (both when both exist); none: unsigned.
    static void applyDkimKeys(const Database& database, Campaign& campaign);
    // Only the relay part of applySender: transport, connections and rate of the default relay, else the outbox
    // folder (and, when the base URL is empty, http://127.0.0.1:8080 where `tayori-cli serve` answers).
    static Status applyDefaultRelay(const Database& database, Campaign& campaign);
};

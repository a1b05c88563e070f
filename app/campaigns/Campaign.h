// Campaign: one mailing as stored — who sends what, through which relay, signed with which key — and its state.
#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "campaigns/SendWindow.h"
#include "mime/MessageBuilder.h"

enum class CampaignState { Draft, Scheduled, Sending, Paused, Waiting, Done, Cancelled };

class CampaignStateText
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStateText)

public:
    // The stored and CLI form: "draft", "sending", "waiting" (only deferred recipients are left, retried later) …
    static QString key(CampaignState state);
    static std::optional<CampaignState> parse(const QString& key);
    static QString displayName(CampaignState state);
    // A run can continue it: interrupted (sending), paused or waiting for retries.
    static bool isResumable(CampaignState state)
    {
        return state == CampaignState::Sending || state == CampaignState::Paused || state == CampaignState::Waiting;
    }
};

struct Campaign
{
    qint64 id = 0;
    QString name;
    CampaignState state = CampaignState::Draft;
    QString subject;   // merge fields allowed
    QString preheader; // merge fields allowed; the inbox's preview line (hidden text at the top of the HTML)
    // 'campaign': a mailing the user made; 'step': the delivery queue of one step-mail step (automation/), not
    // shown in the campaign list.
    QString kind = QStringLiteral("campaign");
    qint64 templateId = 0; // the library template it was made from; 0: HTML given directly
    SendWindow sendWindow; // when it may send; not set: any time
    QDateTime testSentAt;  // when a test of it was last sent (pre-flight asks for one)
    QString fromName;
    QString fromAddress;
    QString replyTo;
    QString bounceDomain; // Return-Path domain; empty: the From domain
    QString html;         // merge-field templates of the two parts
    QString text;
    // Images the HTML refers to as cid:CONTENT-ID, sent as multipart/related parts. Not stored by CampaignStore
    // (yet): whoever builds the campaign from a template fills them from the template's assets.
    QList<InlineImage> inlineImages;
    QByteArray charset = QByteArrayLiteral("UTF-8");
    QString audience; // what was chosen, for reports ("list:news", a segment)
    QString transportUrl;
    QString dkimKeyPath;  // first key (rsa or ed25519)
    QString dkimKeyPath2; // optional second key: both signatures at once
    QString dkimSelector;
    QString dkimSelector2; // the second key's selector (each algorithm has its own DNS record)
    QString dkimDomain;    // empty: the From domain
    bool dkimThirdParty = false;
    QString baseUrl; // where the web endpoints answer: unsubscribe and preference links
    int connections = 4;
    double rate = 0; // messages per second over all connections; 0: unlimited
    QString token;   // random; part of every Message-ID of the campaign
    QDateTime createdAt;
    QDateTime scheduledAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    // A waiting campaign's next run (its send window's next opening, or the first deferred retry); else invalid.
    QDateTime resumeAt;
    QString lastError;

    QString fromDomain() const;
    QString signingDomain() const { return dkimDomain.isEmpty() ? fromDomain() : dkimDomain; }
    QString returnPathDomain() const { return bounceDomain.isEmpty() ? fromDomain() : bounceDomain; }
    // <tayori.CAMPAIGN.DELIVERY.TOKEN@FROMDOMAIN> without brackets: computed, so it is the same on every retry.
    QByteArray messageId(qint64 deliveryId) const;
};

// MessageComposer: per-recipient merge, MIME and DKIM.
#include "delivery/MessageComposer.h"

#include <optional>

#include <QUrl>

#include "dkim/DkimSelfTest.h"
#include "dkim/DkimSigner.h"
#include "mime/MessageBuilder.h"
#include "templates/MergeTemplate.h"
#include "web/LinkToken.h"

struct MessageComposer::Private
{
    Campaign campaign;
    std::optional<MergeTemplate> subject;
    std::optional<MergeTemplate> html;
    std::optional<MergeTemplate> text;
    MessageBuilder builder;
    QList<DkimSigner> signers; // one per key, each with its own selector
    LinkToken tokens;
    QString baseUrl;      // without a trailing slash
    QString returnDomain; // ACE
    QString listId;
    QString feedbackId;
    QStringList warnings;

    Private(const Campaign& c, const QByteArray& secret)
        : campaign(c)
        , builder(c.charset)
        , tokens(secret)
    {
    }
};

namespace {
Result<MergeTemplate>
compilePart(const QString& source, MergeTemplate::Mode mode, const QStringList& known, const QString& partName)
{
    auto compiled = MergeTemplate::compile(source, mode, known);
    if (!compiled) {
        return Result<MergeTemplate>::failure(MessageComposer::tr("%1: %2").arg(partName, compiled.error()));
    }
    return compiled;
}
} // namespace

Result<MessageComposer>
MessageComposer::create(const Campaign& campaign, const QStringList& knownCustomFields, const QByteArray& secret)
{
    using R = Result<MessageComposer>;
    auto d = std::make_shared<Private>(campaign, secret);
    if (campaign.fromDomain().isEmpty()) {
        return R::failure(tr("The sender address \"%1\" is not valid.").arg(campaign.fromAddress));
    }
    if (campaign.subject.trimmed().isEmpty()) {
        return R::failure(tr("The subject is empty. Write a subject."));
    }
    if (campaign.html.trimmed().isEmpty() && campaign.text.trimmed().isEmpty()) {
        return R::failure(tr("The message has neither an HTML nor a text part."));
    }
    if (campaign.charset != "UTF-8" && campaign.charset != "ISO-2022-JP") {
        return R::failure(
            tr("Unknown character set \"%1\": use UTF-8 or ISO-2022-JP.").arg(QString::fromLatin1(campaign.charset)));
    }
    // Characters the charset cannot carry are found now, in the templates, not in 50,000 sent messages.
    const struct
    {
        const QString& text;
        QString name;
    } parts[] = {{campaign.subject, tr("Subject")},
                 {campaign.fromName, tr("Sender name")},
                 {campaign.html, tr("HTML part")},
                 {campaign.text, tr("Text part")}};
    for (const auto& part : parts) {
        const QString bad = MessageBuilder::uncarriableCharacters(part.text, campaign.charset);
        if (!bad.isEmpty()) {
            return R::failure(tr("%1 contains characters %2 cannot carry: %3. Use UTF-8 or replace them.")
                                  .arg(part.name, QString::fromLatin1(campaign.charset), bad));
        }
    }

    auto subject = compilePart(campaign.subject, MergeTemplate::Mode::Text, knownCustomFields, tr("Subject"));
    if (!subject) {
        return R::failure(subject.error());
    }
    d->subject = std::move(subject).value();
    if (!campaign.html.trimmed().isEmpty()) {
        auto html = compilePart(campaign.html, MergeTemplate::Mode::Html, knownCustomFields, tr("HTML part"));
        if (!html) {
            return R::failure(html.error());
        }
        d->html = std::move(html).value();
    }
    if (!campaign.text.trimmed().isEmpty()) {
        auto text = compilePart(campaign.text, MergeTemplate::Mode::Text, knownCustomFields, tr("Text part"));
        if (!text) {
            return R::failure(text.error());
        }
        d->text = std::move(text).value();
    } else {
        d->warnings << tr("The message has no plain-text part; some recipients and spam filters prefer one.");
    }

    const QUrl base(campaign.baseUrl, QUrl::StrictMode);
    if (campaign.baseUrl.isEmpty() || !base.isValid() || base.host().isEmpty()
        || (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http"))) {
        return R::failure(tr("The web address for unsubscribe links is missing or not valid (\"%1\"). Give the "
                             "https:// address where Tayori's web pages are reachable (--base-url).")
                              .arg(campaign.baseUrl));
    }
    if (base.scheme() != QLatin1String("https")) {
        d->warnings << tr("The unsubscribe link is not https: Gmail and Yahoo require https for one-click "
                          "unsubscribe.");
    }
    d->baseUrl = campaign.baseUrl;
    while (d->baseUrl.endsWith(QLatin1Char('/'))) {
        d->baseUrl.chop(1);
    }
    d->returnDomain = QString::fromLatin1(QUrl::toAce(campaign.returnPathDomain()));
    d->listId = campaign.fromName.isEmpty() ? QString() : campaign.fromName;
    d->listId
        += QStringLiteral(" <tayori.") + QString::fromLatin1(QUrl::toAce(campaign.fromDomain())) + QLatin1Char('>');
    d->feedbackId = QString::number(campaign.id) + QStringLiteral(":newsletter:tayori:")
                    + QString::fromLatin1(QUrl::toAce(campaign.fromDomain()));

    if (!campaign.dkimKeyPath.isEmpty()) {
        const std::pair<QString, QString> keys[]
            = {{campaign.dkimKeyPath, campaign.dkimSelector}, {campaign.dkimKeyPath2, campaign.dkimSelector2}};
        for (const auto& [path, selector] : keys) {
            if (path.isEmpty()) {
                continue;
            }
            auto key = DkimKey::fromFile(path);
            if (!key) {
                return R::failure(key.error());
            }
            DkimSignerOptions options;
            options.domain = campaign.signingDomain();
            options.selector = selector.isEmpty() ? campaign.dkimSelector : selector;
            options.allowThirdPartyDomain = campaign.dkimThirdParty;
            options.keys << std::move(key).value();
            auto signer = DkimSigner::create(options, campaign.fromDomain());
            if (!signer) {
                return R::failure(signer.error());
            }
            // The self-test before every campaign: a key that does not match its DNS record stops the send here.
            auto selfTest = DkimSelfTest::run(*signer, DkimSelfTest::KeySource::DnsThenLocal);
            if (!selfTest) {
                return R::failure(selfTest.error());
            }
            if (!selfTest->warning.isEmpty()) {
                d->warnings << selfTest->warning;
            }
            d->signers << std::move(signer).value();
        }
        if (!DkimSigner::isAligned(campaign.fromDomain(), campaign.signingDomain())) {
            d->warnings << tr("The DKIM signature is for %1, not the sender's domain %2: it does not count for "
                              "DMARC.")
                               .arg(campaign.signingDomain(), campaign.fromDomain());
        }
    } else {
        d->warnings << tr("No DKIM key: the messages are not signed, and Gmail, Yahoo and most Japanese carriers "
                          "will treat them with suspicion.");
    }
    return MessageComposer(std::move(d));
}

MessageComposer::MessageComposer(std::shared_ptr<const Private> d)
    : d(std::move(d))
{
}

QStringList MessageComposer::warnings() const
{
    return d->warnings;
}

bool MessageComposer::signs() const
{
    return !d->signers.isEmpty();
}

Result<MessageComposer::Composed>
MessageComposer::compose(qint64 deliveryId, const Contact& contact, const QDateTime& date) const
{
    using R = Result<Composed>;
    const Campaign& campaign = d->campaign;
    const QByteArray unsubscribeToken = d->tokens.issue(LinkToken::Purpose::Unsubscribe, contact.id, campaign.id);
    const QByteArray preferencesToken = d->tokens.issue(LinkToken::Purpose::Preferences, contact.id, campaign.id);
    const QByteArray bounceToken = d->tokens.issue(LinkToken::Purpose::Bounce, contact.id, campaign.id);
    const QString unsubscribeUrl = d->baseUrl + QStringLiteral("/u/") + QString::fromLatin1(unsubscribeToken);
    const QString preferencesUrl = d->baseUrl + QStringLiteral("/p/") + QString::fromLatin1(preferencesToken);

    MergeValues values = MergeValues::fromContact(contact);
    values.setUrls(unsubscribeUrl, preferencesUrl);

    MessageContent content;
    content.fromName = campaign.fromName;
    content.fromAddress = campaign.fromAddress;
    content.toName = contact.fullName();
    content.toAddress = contact.email;
    content.replyTo = campaign.replyTo;
    content.subject = d->subject->render(values);
    if (d->text) {
        content.text = d->text->render(values);
    }
    if (d->html) {
        content.html = d->html->render(values);
    }
    content.inlineImages = campaign.inlineImages; // shared bytes: no copy per recipient
    content.messageId = campaign.messageId(deliveryId);
    content.date = date;
    content.listUnsubscribeUrl = unsubscribeUrl;
    content.listUnsubscribeMailto = QStringLiteral("mailto:unsubscribe+") + QString::fromLatin1(unsubscribeToken)
                                    + QLatin1Char('@') + d->returnDomain;
    content.listId = d->listId;
    content.feedbackId = d->feedbackId;

    auto built = d->builder.build(content);
    if (!built) {
        return R::failure(built.error());
    }
    Composed composed;
    if (d->signers.isEmpty()) {
        composed.message = std::move(built).value();
    } else {
        QByteArray signatures;
        for (const DkimSigner& signer : d->signers) {
            auto signature = signer.signatureHeaders(*built);
            if (!signature) {
                return R::failure(signature.error());
            }
            signatures.append(*signature);
        }
        composed.message.reserve(signatures.size() + built->size());
        composed.message.append(signatures);
        composed.message.append(*built);
    }
    composed.envelope.mailFrom = "bounce+" + bounceToken + '@' + d->returnDomain.toLatin1();
    composed.envelope.recipient = contact.email.toUtf8();
    return composed;
}

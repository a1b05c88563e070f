// TestMailSender: prepares the test message on a worker thread, hands it to the relay on the caller's thread.
#include "delivery/TestMailSender.h"

#include <QDateTime>
#include <QDir>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include "campaigns/CampaignFactory.h"
#include "contacts/ContactRepository.h"
#include "contacts/EmailAddress.h"
#include "contacts/PersonName.h"
#include "delivery/MessageComposer.h"
#include "senders/PasswordVault.h"
#include "senders/RelayStore.h"
#include "web/InstallationSecret.h"
#include "web/PublicAddress.h"

struct TestMailSender::Prepared
{
    QString error; // non-empty: nothing to send
    RelayConfig relay;
    Envelope envelope;
    QByteArray message;
    QStringList warnings;
    QString recipient;
};

namespace {
// Everything that reads the database, the keychain or DNS (the DKIM self-test): never on the GUI thread.
TestMailSender::Prepared prepare(const Database& database, const TestMail& mail)
{
    TestMailSender::Prepared out;
    SenderIdentityStore identities(database);
    const auto identity = mail.identityId != 0 ? identities.find(mail.identityId) : identities.defaultIdentity();
    if (!identity) {
        out.error = mail.identityId != 0
                        ? TestMailSender::tr("The chosen sender identity no longer exists. Choose another one.")
                        : TestMailSender::tr("No sender identity is configured, so the test has no From address. Add "
                                             "one under Settings → Senders, then send the test again.");
        return out;
    }
    const QString typed = mail.toAddress.trimmed().isEmpty() ? identity->address : mail.toAddress.trimmed();
    const EmailCheck check = EmailAddress::check(typed);
    if (!check.valid) {
        out.error = TestMailSender::tr("\"%1\" is not a valid e-mail address. Type the address the test should go to.")
                        .arg(typed);
        return out;
    }
    out.recipient = check.address;

    ContactRepository contacts(database);
    Contact contact;
    if (mail.contactId != 0) {
        const auto found = contacts.find(mail.contactId);
        if (!found) {
            out.error = TestMailSender::tr("The contact to personalise the test as no longer exists. Choose another "
                                           "one or use the sample data.");
            return out;
        }
        contact = *found;
    } else {
        contact = TestMailSender::sampleContact(*identity);
    }
    // The test goes to the typed address, not to the contact; and its links carry no real contact, so clicking
    // "unsubscribe" in a test can never unsubscribe the contact it was personalised as.
    contact.email = out.recipient;
    contact.id = 0;

    RelayStore relays(database);
    const auto relay = mail.relayId != 0 ? relays.find(mail.relayId) : relays.defaultRelay();
    if (mail.relayId != 0 && !relay) {
        out.error = TestMailSender::tr("The chosen mail server no longer exists. Choose another one in Settings.");
        return out;
    }
    Result<RelayConfig> config
        = relay ? relay->config()
                : RelayConfig::fromUrl(QUrl::fromLocalFile(RelayStore::defaultOutboxPath()).toString());
    if (!config) {
        out.error = config.error();
        return out;
    }
    out.relay = std::move(config).value();
    if (out.relay.kind == RelayConfig::Kind::Smtp && !out.relay.user.isEmpty()) {
        auto password = PasswordVault::passwordFor(out.relay);
        if (!password || password->isEmpty()) {
            out.error = TestMailSender::tr("No password for %1 on %2: store it in Settings (system keychain) or set "
                                           "TAYORI_SMTP_PASSWORD. %3")
                            .arg(out.relay.user, out.relay.displayName(), password ? QString() : password.error());
            return out;
        }
        out.relay.password = *password;
    }
    // One message: one connection, and no waiting ten minutes for a relay that does not answer.
    out.relay.connections = 1;
    out.relay.commandTimeoutMs = std::min(out.relay.commandTimeoutMs, 60000);
    out.relay.dataTimeoutMs = std::min(out.relay.dataTimeoutMs, 120000);

    Campaign campaign;
    campaign.name = TestMailSender::tr("Test message");
    campaign.subject = TestMailSender::subjectPrefix(mail.language) + mail.subject;
    campaign.fromName = identity->displayName;
    campaign.fromAddress = identity->address;
    campaign.replyTo = identity->replyTo;
    campaign.bounceDomain = identity->bounceDomain;
    campaign.html = mail.html;
    campaign.text = mail.text;
    campaign.inlineImages = mail.inlineImages;
    campaign.charset = mail.charset;
    campaign.transportUrl = out.relay.toUrl();
    campaign.baseUrl = mail.baseUrl;
    if (campaign.baseUrl.isEmpty()) {
        campaign.baseUrl = PublicAddress::load(database);
    }
    if (campaign.baseUrl.isEmpty()) {
        campaign.baseUrl = PublicAddress::localDefault();
    }
    campaign.connections = 1;
    campaign.token = QStringLiteral("test%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    // The keys the campaign would sign with.
    CampaignFactory::applyDkimKeys(database, campaign);

    QStringList customKeys;
    for (const CustomField& field : contacts.customFields()) {
        customKeys << field.key;
    }
    const auto secret = InstallationSecret::load(database);
    if (!secret) {
        out.error = secret.error();
        return out;
    }
    auto composer = MessageComposer::create(campaign, customKeys, *secret);
    if (!composer) {
        out.error = composer.error();
        return out;
    }
    out.warnings = composer->warnings();
    auto composed = composer->compose(0, contact, QDateTime::currentDateTime());
    if (!composed) {
        out.error = composed.error();
        return out;
    }
    out.envelope = composed->envelope;
    out.message = composed->message;
    return out;
}

QSet<QString> emlFiles(const QString& folder)
{
    const QStringList names = QDir(folder).entryList({QStringLiteral("*.eml")}, QDir::Files);
    return QSet<QString>(names.begin(), names.end());
}
} // namespace

TestMailSender::TestMailSender(Database database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
{
}

TestMailSender::~TestMailSender() = default;

QString TestMailSender::subjectPrefix(const QString& language)
{
    // Not through tr(): the prefix follows the template's language, not the user interface's.
    return language == QLatin1String("ja") ? QStringLiteral("【テスト】") : QStringLiteral("[TEST] ");
}

Contact TestMailSender::sampleContact(const SenderIdentity& identity)
{
    Contact contact;
    contact.email = identity.address;
    const QString name = identity.displayName.trimmed().isEmpty() ? identity.address.section(QLatin1Char('@'), 0, 0)
                                                                  : identity.displayName.trimmed();
    const PersonName::SplitName split = PersonName::split(name);
    contact.familyName = split.family;
    contact.givenName = split.given;
    contact.company = identity.displayName;
    return contact;
}

Result<QList<InlineImage>> TestMailSender::inlineImagesFor(const QStringList& assetNames,
                                                           const QList<TemplateAsset>& assets)
{
    QList<InlineImage> images;
    for (const QString& name : assetNames) {
        const auto it = std::find_if(
            assets.begin(), assets.end(), [&](const TemplateAsset& asset) { return asset.name == name; });
        if (it == assets.end()) {
            return Result<QList<InlineImage>>::failure(
                tr("The template shows the image \"%1\", but it is not among the template's images. Choose the "
                   "image again in the designer.")
                    .arg(name));
        }
        InlineImage image;
        // cid: URLs are percent-encoded Content-IDs (RFC 2392): an ASCII name is its own Content-ID.
        image.contentId = QUrl::toPercentEncoding(name); // exactly as TemplateRenderer writes cid:
        image.mimeType = it->mimeType;
        image.fileName = name;
        image.data = it->data;
        images << image;
    }
    return images;
}

QString TestMailSender::describe(const TransportResult& result)
{
    const QString reply = result.reply.trimmed();
    switch (result.outcome) {
    case TransportResult::Outcome::Accepted:
        return tr("The mail server accepted the test message: %1").arg(reply);
    case TransportResult::Outcome::Deferred:
        return tr("The mail server asked to try later (%1). Wait a little and send the test again.").arg(reply);
    case TransportResult::Outcome::Rejected:
        return tr("The mail server refused the test message: %1. Check the address and the sender settings.")
            .arg(reply);
    case TransportResult::Outcome::ConnectionLost:
        return tr("The connection to the mail server failed: %1. Check the server in Settings and the network.")
            .arg(reply);
    case TransportResult::Outcome::ConfigurationError:
        return tr("The mail server settings do not work: %1. Correct them in Settings.").arg(reply);
    }
    return reply;
}

void TestMailSender::send(const TestMail& mail)
{
    if (m_busy) {
        emit error(tr("A test message is already being sent. Wait for its result."));
        return;
    }
    m_busy = true;
    m_warnings.clear();
    m_recipient.clear();
    m_outboxFile.clear();
    auto* watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Prepared prepared = watcher->result();
        if (!prepared.error.isEmpty()) {
            fail(prepared.error);
            return;
        }
        deliver(prepared);
    });
    watcher->setFuture(QtConcurrent::run(prepare, m_database, mail));
}

void TestMailSender::deliver(const Prepared& prepared)
{
    m_warnings = prepared.warnings;
    m_recipient = prepared.recipient;
    const bool outbox = prepared.relay.kind == RelayConfig::Kind::Outbox;
    const QString folder = prepared.relay.outboxPath;
    const QSet<QString> before = outbox ? emlFiles(folder) : QSet<QString>();
    std::unique_ptr<MailTransport> transport = MailTransport::create(prepared.relay);
    m_transport = transport.release();
    m_transport->setParent(this);
    connect(m_transport, &MailTransport::closed, m_transport, &QObject::deleteLater);
    connect(m_transport,
            &MailTransport::finished,
            this,
            [this, outbox, folder, before](quint64, const TransportResult& result) {
                m_transport->close();
                m_busy = false;
                if (!outbox) {
                    emit finished(result);
                    return;
                }
                if (result.outcome != TransportResult::Outcome::Accepted) {
                    emit error(result.reply);
                    return;
                }
                const QSet<QString> added = emlFiles(folder) - before;
                m_outboxFile = added.isEmpty() ? folder : QDir(folder).filePath(*added.begin());
                emit error(
                    tr("No mail server is set up, so nothing left this computer: the test message was written to %1. "
                       "Add a mail server under Settings → Mail servers to send real tests.")
                        .arg(QDir::toNativeSeparators(m_outboxFile)));
            });
    m_transport->submit(1, prepared.envelope, prepared.message);
}

void TestMailSender::fail(const QString& message)
{
    m_busy = false;
    emit error(message);
}

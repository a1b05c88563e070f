// TestMailSender: "Send test…" — one message of a rendered template, personalised as a chosen contact (or a sample
// contact made from the sender identity), to an address the user types, through the configured relay, built exactly
// as a campaign's message is (MessageComposer: merge, MIME with inline images, DKIM, List-Unsubscribe).
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include "common/Result.h"
#include "contacts/Contact.h"
#include "mime/MessageBuilder.h"
#include "senders/SenderIdentityStore.h"
#include "smtp/MailTransport.h"
#include "storage/Database.h"
#include "templates/TemplateStore.h"

struct TestMail
{
    QString subject; // merge fields allowed; the test prefix is added in front
    QString html;    // the rendered template, merge fields untouched, images as cid:NAME
    QString text;
    QList<InlineImage> inlineImages;         // see inlineImagesFor()
    QString language = QStringLiteral("ja"); // "ja" or "en": the subject prefix
    QString toAddress;                       // empty: the sender identity's own address
    qint64 contactId = 0;                    // personalise as this contact; 0: sampleContact() of the identity
    qint64 identityId = 0;                   // 0: the default sender identity
    qint64 relayId = 0;                      // 0: the default relay, else the outbox folder
    QString baseUrl; // where unsubscribe links point; empty: http://127.0.0.1:8080, as `tayori-cli send` does
    QByteArray charset = QByteArrayLiteral("UTF-8");
};

class TestMailSender : public QObject
{
    Q_OBJECT

public:
    explicit TestMailSender(Database database, QObject* parent = nullptr);
    ~TestMailSender() override;

    // "【テスト】" for Japanese templates, "[TEST] " otherwise: a test never passes for the real mail in an inbox,
    // and never threads with it.
    static QString subjectPrefix(const QString& language);
    // Who a test is personalised as when no contact is chosen: the identity's own name and address, so the
    // sender sees their own name where the recipient's would be.
    static Contact sampleContact(const SenderIdentity& identity);
    // The rendered template's asset names → inline parts whose Content-ID is the name (the renderer writes
    // cid:NAME). Fails naming the first asset the template refers to but the store does not have.
    static Result<QList<InlineImage>> inlineImagesFor(const QStringList& assetNames,
                                                      const QList<TemplateAsset>& assets);
    // A one-line account of a transport result for the user.
    static QString describe(const TransportResult& result);

    // Starts sending; the answer is one `finished` or one `error` signal, later, from the event loop. The database
    // work, the keychain and the DKIM self-test run on a worker thread; the SMTP session on this object's thread.
    // Refused (error) while a test is already under way.
    void send(const TestMail& mail);
    bool isBusy() const { return m_busy; }

    // After a send: the composer's notes (unsigned mail, no text part …), the recipient, and for the outbox the
    // .eml file that was written.
    QStringList warnings() const { return m_warnings; }
    QString recipient() const { return m_recipient; }
    QString outboxFile() const { return m_outboxFile; }

    struct Prepared; // what the worker hands back to the GUI thread

signals:
    // The relay answered (accepted, deferred or rejected: see result.outcome and result.reply).
    void finished(const TransportResult& result);
    // Nothing was sent: no sender identity, a bad address or template, a key that fails its self-test, a relay
    // without a password, a connection that could not be made — or the relay is the outbox folder, which is said
    // together with the .eml file's path (nothing left the computer).
    void error(const QString& message);

private:
    void deliver(const Prepared& prepared);
    void fail(const QString& message);

    Database m_database;
    bool m_busy = false;
    QStringList m_warnings;
    QString m_recipient;
    QString m_outboxFile;
    QPointer<MailTransport> m_transport;
};

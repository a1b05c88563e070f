// MessageComposer: turns a campaign and one contact into the signed message and envelope for that recipient —
// merge fields, links with tokens, MIME, DKIM. Made once per run (templates compiled, keys parsed), then used
// concurrently by every worker thread.
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include "campaigns/Campaign.h"
#include "common/Result.h"
#include "contacts/Contact.h"
#include "smtp/MailTransport.h"

class MessageComposer
{
    Q_DECLARE_TR_FUNCTIONS(MessageComposer)

public:
    // Fails, before anything is sent, on: a template with an unknown field or a syntax error, a character the
    // charset cannot carry, a DKIM key that cannot be read or does not align with the From domain, no base URL.
    // knownCustomFields: the custom field keys contacts may have. secret: InstallationSecret.
    static Result<MessageComposer>
    create(const Campaign& campaign, const QStringList& knownCustomFields, const QByteArray& secret);

    struct Composed
    {
        Envelope envelope;
        QByteArray message;
    };
    // Thread-safe. Fails only for this recipient (a name the charset cannot carry, an unusable address).
    Result<Composed> compose(qint64 deliveryId, const Contact& contact, const QDateTime& date) const;

    // Non-fatal findings for the user: no DKIM key (the mail is unsigned), a third-party signature, no text part.
    QStringList warnings() const;
    bool signs() const;

    struct Private;

private:
    explicit MessageComposer(std::shared_ptr<const Private> d);
    std::shared_ptr<const Private> d;
};

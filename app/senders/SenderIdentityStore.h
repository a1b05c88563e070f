// SenderIdentityStore: the From addresses the user sends as (display name, address, Reply-To, bounce domain).
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "common/Result.h"
#include "storage/Database.h"

struct SenderIdentity
{
    qint64 id = 0;
    QString displayName;
    QString address;
    QString replyTo;      // empty: replies go to address
    QString bounceDomain; // empty: the address's own domain
    bool isDefault = false;
};

class SenderIdentityStore
{
    Q_DECLARE_TR_FUNCTIONS(SenderIdentityStore)

public:
    explicit SenderIdentityStore(Database database);

    // Validates (addresses through EmailAddress, stored normalised) and stores; the first identity, or one marked
    // isDefault, becomes the default.
    Result<qint64> add(SenderIdentity identity);
    Status update(SenderIdentity identity);
    // Removes the identity; if it was the default, the oldest remaining one becomes the default.
    Status remove(qint64 id);
    Status makeDefault(qint64 id);

    QList<SenderIdentity> list() const;
    std::optional<SenderIdentity> find(qint64 id) const;
    std::optional<SenderIdentity> defaultIdentity() const;

    // Checks and normalises the fields in place; the error names the field and says what to do.
    static Status normalize(SenderIdentity& identity);

private:
    Status clearDefaultExcept(qint64 id);

    Database m_database;
};

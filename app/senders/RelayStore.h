// RelayStore: the mail servers (relays) the user configured, one of them the default. Never holds a password:
// that lives in the OS keychain (PasswordVault), keyed by the relay's URL.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "common/Result.h"
#include "smtp/RelayConfig.h"
#include "storage/Database.h"

struct Relay
{
    qint64 id = 0;
    QString name;
    QString url; // RelayConfig::toUrl() form: smtp://USER@HOST:PORT, smtps://…, file:///PATH; never a password
    int connections = 4;
    double rate = 0;           // messages per second over all connections; 0: unlimited
    QString caCertificatesPem; // certificates the user chose to trust for this relay
    bool isDefault = false;

    // The URL parsed, with connections, rate and the trusted certificates applied (no password: see PasswordVault).
    Result<RelayConfig> config() const;
};

class RelayStore
{
    Q_DECLARE_TR_FUNCTIONS(RelayStore)

public:
    explicit RelayStore(Database database);

    // Validates and stores a new relay; the first relay, or one marked isDefault, becomes the default.
    Result<qint64> add(Relay relay);
    Status update(Relay relay);
    // Removes the relay; if it was the default, the oldest remaining relay becomes the default.
    Status remove(qint64 id);
    Status makeDefault(qint64 id);

    QList<Relay> list() const;
    std::optional<Relay> find(qint64 id) const;
    std::optional<Relay> defaultRelay() const;

    // Name given, URL parses (and carries no password), connections ≥ 1, rate ≥ 0, certificates parse.
    static Status validate(const Relay& relay);
    // Where messages go while no relay is configured: <AppDataLocation>/outbox.
    static QString defaultOutboxPath();

private:
    Status clearDefaultExcept(qint64 id);
    Status normalize(Relay& relay) const;

    Database m_database;
};

// PasswordVault: relay passwords in the OS keychain (qtkeychain: Secret Service/KWallet, macOS Keychain, Windows
// Credential Manager). Never a file or the database: without a keychain the answer is an error naming
// TAYORI_SMTP_PASSWORD. Blocking (a local event loop), for the CLI and worker threads; the GUI calls it on user action.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "common/Result.h"
#include "smtp/RelayConfig.h"

class PasswordVault
{
    Q_DECLARE_TR_FUNCTIONS(PasswordVault)

public:
    // "relay:<url>" — the entry's key under the service "Tayori".
    static QString relayKey(const QString& relayUrl);

    static Result<QString> readPassword(const QString& relayKey);
    static Status writePassword(const QString& relayKey, const QString& password);
    // Deleting an entry that does not exist succeeds.
    static Status deletePassword(const QString& relayKey);

    // The password to log in to `relay` with: TAYORI_SMTP_PASSWORD when set, else the keychain entry for its URL.
    static Result<QString> passwordFor(const RelayConfig& relay);

    static QString serviceName();
};

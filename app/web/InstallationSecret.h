// InstallationSecret: the random key of this installation's link tokens, made once and kept in the database,
// so the app and a headless `tayori-cli serve` on the same database accept each other's links.
#pragma once

#include <QByteArray>

#include "common/Result.h"
#include "storage/Database.h"

class InstallationSecret
{
public:
    // Reads the secret, creating 32 random bytes (QRandomGenerator::system) on first use.
    static Result<QByteArray> load(const Database& database);
};

// PublicAddress: where this installation's web pages answer for recipients — the one-click unsubscribe and
// preference links, hosted images — e.g. https://news.example.jp. A setting in the database (app_settings), so the
// app, step mail, `tayori-cli send` and a headless `tayori-cli serve` all use the same one.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "common/Result.h"
#include "storage/Database.h"

class PublicAddress
{
    Q_DECLARE_TR_FUNCTIONS(PublicAddress)

public:
    // "" when not set.
    static QString load(const Database& database);
    // Stores the address, checked and normalised (no trailing slash); "" clears it.
    static Status save(const Database& database, const QString& url);
    // http(s) with a host, no query or fragment. Returns the normalised address.
    static Result<QString> check(const QString& url);
    // Where links point when nothing leaves the machine (the outbox): the embedded web server's default address.
    static QString localDefault() { return QStringLiteral("http://127.0.0.1:8080"); }
};

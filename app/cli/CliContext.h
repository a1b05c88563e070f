// What every tayori-cli command shares: the database it was pointed at, --json, and how results are printed.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include "common/Result.h"
#include "storage/Database.h"

class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    QString databasePath; // --db
    QString databaseUrl;  // --db-url
    bool json = false;

    Result<Database> openDatabase() const;
    // Prints the one JSON object (with --json) or the human text, and returns Success.
    int succeed(const QJsonObject& json, const QString& text) const;
    // One line on stderr (and {"error":…} on stdout with --json).
    int fail(const QString& reason, ExitCode code = Failure) const;
};

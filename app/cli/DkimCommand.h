// tayori-cli dkim keygen|test: make a DKIM key and the TXT record to publish; sign and verify a probe message.
#pragma once

#include <QCoreApplication>

#include "cli/CliContext.h"

class DkimCommand
{
    Q_DECLARE_TR_FUNCTIONS(DkimCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);

    // `record` as quoted strings of at most 255 characters each, the form a zone file needs for a long TXT record.
    static QByteArray zoneFileStrings(const QByteArray& record);

private:
    static int keygen(const CliContext& context, const QStringList& arguments);
    static int test(const CliContext& context, const QStringList& arguments);
};

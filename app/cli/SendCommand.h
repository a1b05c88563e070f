// tayori-cli send / resume / run-due / status: campaigns from the command line (CLI contract in ../shared/DESIGN.md).
#pragma once

#include <QCoreApplication>

#include "cli/CliContext.h"

class SendCommand
{
    Q_DECLARE_TR_FUNCTIONS(SendCommand)

public:
    static int runSend(const CliContext& context, const QStringList& arguments);
    static int runResume(const CliContext& context, const QStringList& arguments);
    // Scheduled campaigns whose time has come, then exit (for cron, systemd timers, the Task Scheduler).
    static int runDue(const CliContext& context, const QStringList& arguments);
    static int runStatus(const CliContext& context, const QStringList& arguments);
};

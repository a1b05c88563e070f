// tayori-cli serve: the web endpoints, headless, until Ctrl-C or SIGTERM (for a server or a systemd service).
#pragma once

#include <QCoreApplication>

#include "cli/CliContext.h"

class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

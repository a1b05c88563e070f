// tayori-cli export FILE …: contacts to CSV for Excel.
#pragma once

#include <QCoreApplication>

#include "cli/CliContext.h"

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
};

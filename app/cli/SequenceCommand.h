// tayori-cli sequence list|show: the step-mail sequences and how far their contacts have got, read-only (they are
// made and edited in Tayori's sequence editor; `run-due` sends what is due).
#pragma once

#include <QCoreApplication>

#include "cli/CliContext.h"

class SequenceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SequenceCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);

private:
    static int list(const CliContext& context, const QStringList& arguments);
    static int show(const CliContext& context, const QStringList& arguments);
};

// tayori-cli: parses the global options, picks the command and runs it (CLI contract in docs/ARCHITECTURE.md).
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    // `arguments` without the program name; returns the process exit code (0, 1 or 2).
    static int run(const QStringList& arguments);
    static QString usage();
};

// CliProcess: runs the built tayori-cli (TAYORI_CLI, set by ctest) as a separate process, as a user or a script
// would, and writes the fixture files the suites feed it.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct CliRun
{
    int exitCode = -1; // -1: crashed, or killed after the timeout
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};

class CliProcess
{
public:
    // `tayori-cli --db DATABASE ARGUMENTS…`; a run that outlasts timeoutMs is killed and reported with a warning.
    static CliRun run(const QString& database,
                      const QStringList& arguments,
                      int timeoutMs = 120000,
                      const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    // Writes `bytes` to FOLDER/NAME and returns the path (fatal if it cannot: the suite's own set-up failed).
    static QString writeFixture(const QString& folder, const QString& name, const QByteArray& bytes);
};

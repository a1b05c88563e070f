// CliProcess: tayori-cli as a process for the suites.
#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QtGlobal>

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliRun CliProcess::run(const QString& database,
                       const QStringList& arguments,
                       int timeoutMs,
                       const QProcessEnvironment& environment)
{
    if (qEnvironmentVariableIsEmpty("TAYORI_CLI")) {
        qFatal("TAYORI_CLI is not set: run this suite through ctest, which points it at the built tayori-cli");
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("TAYORI_CLI"), QStringList {QStringLiteral("--db"), database} + arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        qWarning() << "tayori-cli timed out:" << arguments;
    }
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString CliProcess::writeFixture(const QString& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write the fixture %s", qPrintable(path));
    }
    return path;
}

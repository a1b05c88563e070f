// What every tayori-cli command shares: the database it was pointed at, --json, and how results are printed.
#include "CliContext.h"

#include <cstdio>

#include <QJsonDocument>

Result<Database> CliContext::openDatabase() const
{
    if (!databaseUrl.isEmpty()) {
        return Database::openUrl(databaseUrl);
    }
    return Database::open(databasePath.isEmpty() ? Database::defaultPath() : databasePath);
}

int CliContext::succeed(const QJsonObject& object, const QString& text) const
{
    const QByteArray out = json ? QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n' : text.toUtf8();
    std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
    std::fflush(stdout);
    return Success;
}

int CliContext::fail(const QString& reason, ExitCode code) const
{
    QString line = reason;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray err = QStringLiteral("tayori-cli: %1\n").arg(line).toUtf8();
    std::fwrite(err.constData(), 1, static_cast<size_t>(err.size()), stderr);
    if (json) {
        const QByteArray out
            = QJsonDocument(QJsonObject {{QStringLiteral("error"), line}}).toJson(QJsonDocument::Compact) + '\n';
        std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
    }
    return code;
}

// tayori-cli serve --listen ADDR:PORT
#include "ServeCommand.h"

#include <atomic>
#include <csignal>
#include <cstdio>

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonObject>
#include <QTimer>

#include "web/WebServer.h"

namespace {
std::atomic<bool> stopRequested {false};

void onStop(int)
{
    stopRequested = true;
}
} // namespace

int ServeCommand::run(const CliContext& context, const QStringList& arguments)
{
    QString listen = QStringLiteral("127.0.0.1:8080"); // the default base URL of mail sent to the outbox
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--listen") && i + 1 < arguments.size()) {
            listen = arguments.at(++i);
        } else {
            return context.fail(tr("serve takes only --listen ADDRESS:PORT, such as --listen 0.0.0.0:8080."),
                                CliContext::UsageError);
        }
    }
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2); // [::1]:8080
    }
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull()) {
        return context.fail(tr("--listen \"%1\" is not ADDRESS:PORT, such as 127.0.0.1:8080.").arg(listen),
                            CliContext::UsageError);
    }
    const Result<Database> database = context.openDatabase();
    if (!database) {
        return context.fail(database.error());
    }
    WebServer server(*database);
    const Result<quint16> bound = server.listen(address, quint16(port));
    if (!bound) {
        return context.fail(bound.error());
    }
    const QString where = QStringLiteral("%1:%2")
                              .arg(address.protocol() == QAbstractSocket::IPv6Protocol
                                       ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                       : address.toString())
                              .arg(*bound);
    // Printed once listening, so a script (or a test) can wait for it; the command then runs until stopped.
    context.succeed({{QStringLiteral("listen"), where}},
                    tr("Serving on http://%1/ — press Ctrl-C to stop.\n").arg(where));
    std::fflush(stdout);

    auto previousInt = std::signal(SIGINT, onStop);
    auto previousTerm = std::signal(SIGTERM, onStop);
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&loop] {
        if (stopRequested) {
            loop.quit();
        }
    });
    poll.start(200);
    loop.exec();
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    return CliContext::Success;
}

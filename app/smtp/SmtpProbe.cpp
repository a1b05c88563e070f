// SmtpProbe: "Test connection" on SmtpConnection — the same setup a send goes through, then QUIT.
#include "smtp/SmtpProbe.h"

#include <QEventLoop>

#include "smtp/SmtpConnection.h"

class SmtpProbe::Private
{
public:
    SmtpConnection* connection = nullptr;
    SmtpProbeReport report;
    bool done = false;
};

SmtpProbe::SmtpProbe(QObject* parent)
    : QObject(parent)
    , d(new Private)
{
}

SmtpProbe::~SmtpProbe()
{
    delete d;
}

void SmtpProbe::start(const RelayConfig& config)
{
    delete d->connection;
    d->connection = new SmtpConnection(config, this);
    d->report = {};
    d->done = false;
    SmtpConnection* const connection = d->connection;

    const auto collect = [this, connection] {
        d->report.banner = connection->banner();
        d->report.extensions = connection->extensionLines();
        d->report.tlsProtocol = connection->tlsProtocol();
        d->report.peerCertificateChain = connection->peerCertificateChain();
        d->report.certificateTrusted = connection->certificateTrusted();
        d->report.authenticated = connection->authenticated();
    };
    const auto finish = [this] {
        if (d->done) {
            return;
        }
        d->done = true;
        emit finished(d->report);
    };
    connect(connection, &SmtpConnection::ready, this, [connection, collect] {
        collect();
        connection->quit();
    });
    connect(connection, &SmtpConnection::failed, this, [this, collect, finish](const TransportResult& result) {
        collect();
        d->report.ok = false;
        d->report.error = result.reply;
        finish();
    });
    connect(connection, &SmtpConnection::closed, this, [this, finish] {
        if (d->report.error.isEmpty()) {
            d->report.ok = true;
        }
        finish();
    });
    connection->open();
}

SmtpProbeReport SmtpProbe::run(const RelayConfig& config)
{
    SmtpProbe probe;
    SmtpProbeReport report;
    QEventLoop loop;
    connect(&probe, &SmtpProbe::finished, &loop, [&](const SmtpProbeReport& result) {
        report = result;
        loop.quit();
    });
    probe.start(config);
    loop.exec();
    return report;
}

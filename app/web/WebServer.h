// WebServer: the HTTP endpoints mail links point at, on QtHttpServer — embedded in the app or run headless by
// `tayori-cli serve`. For now it serves templates' hosted images (GET /a/TEMPLATE/NAME); unsubscribe, preference,
// open and click endpoints join it.
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include "common/Result.h"
#include "storage/Database.h"

class QHttpServer;

class WebServer
{
    Q_DECLARE_TR_FUNCTIONS(WebServer)

public:
    explicit WebServer(Database database);
    ~WebServer();

    // Port 0 picks a free port. Returns the port listened on.
    Result<quint16> listen(const QHostAddress& address, quint16 port);

    // Where a template's hosted images are, under the public base URL: BASE/a/TEMPLATE/ (the renderer appends the
    // image's name). An image's name never changes its content (a new image gets a new name), so these URLs can be
    // cached for good.
    static QString assetBaseUrl(const QString& baseUrl, qint64 templateId);

private:
    Database m_database;
    std::unique_ptr<QHttpServer> m_server;
};

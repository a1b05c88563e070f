// WebServer: the routes and what they answer.
#include "WebServer.h"

#include <QHttpServer>
#include <QHttpServerResponse>

#include "templates/TemplateStore.h"

WebServer::WebServer(Database database)
    : m_database(std::move(database))
    , m_server(std::make_unique<QHttpServer>())
{
    // The handler runs on the server's thread, which has its own database connection (Database::connection).
    m_server->route(QStringLiteral("/a/<arg>/<arg>"),
                    QHttpServerRequest::Method::Get,
                    [this](qint64 templateId, const QString& name) {
                        const Result<TemplateAsset> asset = TemplateStore(m_database).asset(templateId, name);
                        if (!asset) {
                            return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
                        }
                        QHttpServerResponse response(asset->mimeType, asset->data);
                        response.addHeader(QByteArrayLiteral("Cache-Control"),
                                           QByteArrayLiteral("public, max-age=31536000, immutable"));
                        response.addHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
                        return response;
                    });
    m_server->afterRequest([](QHttpServerResponse&& response) {
        // Nothing here is a page to frame or run scripts in.
        response.addHeader(QByteArrayLiteral("Content-Security-Policy"), QByteArrayLiteral("default-src 'none'"));
        return std::move(response);
    });
}

WebServer::~WebServer() = default;

Result<quint16> WebServer::listen(const QHostAddress& address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0) {
        return Result<quint16>::failure(
            tr("Cannot listen on %1 port %2: it is in use or not allowed. Choose another port.")
                .arg(address.toString())
                .arg(port));
    }
    return bound;
}

QString WebServer::assetBaseUrl(const QString& baseUrl, qint64 templateId)
{
    QString base = baseUrl;
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    return base + QStringLiteral("/a/%1/").arg(templateId);
}

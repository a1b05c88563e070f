// CanvasSchemeHandler: the canvas pages and their templates' images, from memory and the database.
#include "CanvasSchemeHandler.h"

#include <QBuffer>
#include <QUrl>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

const QByteArray CanvasSchemeHandler::Scheme = QByteArrayLiteral("tayori-designer");

void CanvasSchemeHandler::registerScheme()
{
    if (QWebEngineUrlScheme::schemeByName(Scheme).name() == Scheme) {
        return;
    }
    QWebEngineUrlScheme scheme(Scheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme
                    | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QString CanvasSchemeHandler::pageUrl(const QString& host, int revision)
{
    return QString::fromLatin1(Scheme) + QStringLiteral("://") + host + QStringLiteral("/page.html?r=")
           + QString::number(revision);
}

QString CanvasSchemeHandler::assetBaseUrl(const QString& host)
{
    return QString::fromLatin1(Scheme) + QStringLiteral("://") + host + QStringLiteral("/asset/");
}

QString CanvasSchemeHandler::addCanvas(TemplateStore store, qint64 templateId)
{
    const QString host = QStringLiteral("c") + QString::number(m_next++);
    m_canvases.insert(host, Canvas {std::move(store), templateId, {}});
    return host;
}

void CanvasSchemeHandler::removeCanvas(const QString& host)
{
    m_canvases.remove(host);
}

void CanvasSchemeHandler::setPage(const QString& host, const QByteArray& html)
{
    const auto canvas = m_canvases.find(host);
    if (canvas != m_canvases.end()) {
        canvas->page = html;
    }
}

void CanvasSchemeHandler::requestStarted(QWebEngineUrlRequestJob* job)
{
    const QUrl url = job->requestUrl();
    const auto canvas = m_canvases.constFind(url.host());
    if (canvas == m_canvases.constEnd()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    const QString path = url.path(QUrl::FullyDecoded);
    QByteArray data;
    QByteArray mimeType;
    if (path == QLatin1String("/page.html")) {
        data = canvas->page;
        mimeType = QByteArrayLiteral("text/html;charset=utf-8");
    } else if (path.startsWith(QLatin1String("/asset/"))) {
        const Result<TemplateAsset> asset = canvas->store.asset(canvas->templateId, path.mid(7));
        if (!asset) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        data = asset->data;
        mimeType = asset->mimeType;
    } else {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto* buffer = new QBuffer(job);
    buffer->setData(data);
    job->reply(mimeType, buffer);
}

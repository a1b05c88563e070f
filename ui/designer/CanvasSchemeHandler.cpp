// CanvasSchemeHandler: the canvas page and the template's images, from memory and the database.
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

QString CanvasSchemeHandler::pageUrl(int revision)
{
    return QString::fromLatin1(Scheme) + QStringLiteral("://canvas/page.html?r=") + QString::number(revision);
}

QString CanvasSchemeHandler::assetBaseUrl()
{
    return QString::fromLatin1(Scheme) + QStringLiteral("://canvas/asset/");
}

CanvasSchemeHandler::CanvasSchemeHandler(TemplateStore store, qint64 templateId, QObject* parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_store(std::move(store))
    , m_templateId(templateId)
{
}

void CanvasSchemeHandler::requestStarted(QWebEngineUrlRequestJob* job)
{
    const QString path = job->requestUrl().path(QUrl::FullyDecoded);
    QByteArray data;
    QByteArray mimeType;
    if (path == QLatin1String("/page.html")) {
        data = m_page;
        mimeType = QByteArrayLiteral("text/html;charset=utf-8");
    } else if (path.startsWith(QLatin1String("/asset/"))) {
        const Result<TemplateAsset> asset = m_store.asset(m_templateId, path.mid(7));
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

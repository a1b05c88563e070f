// PreviewSchemeHandler: the page and its images from memory.
#include "preview/PreviewSchemeHandler.h"

#include <QBuffer>
#include <QUrl>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

QByteArray PreviewSchemeHandler::schemeName()
{
    return QByteArrayLiteral("tayori-preview");
}

QUrl PreviewSchemeHandler::pageUrl(int generation)
{
    return QUrl(QStringLiteral("tayori-preview:page?%1").arg(generation));
}

QString PreviewSchemeHandler::assetBaseUrl()
{
    return QStringLiteral("tayori-preview:asset/");
}

void PreviewSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme scheme(schemeName());
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    // Secure: treated like https (no mixed-content surprises); local: the page can read its own images.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

void PreviewSchemeHandler::setAssets(const QList<TemplateAsset>& assets)
{
    m_assets.clear();
    for (const TemplateAsset& asset : assets) {
        m_assets.insert(asset.name, asset);
    }
}

void PreviewSchemeHandler::requestStarted(QWebEngineUrlRequestJob* job)
{
    const QString path = job->requestUrl().path(QUrl::FullyEncoded);
    auto* buffer = new QBuffer(job); // lives as long as the job
    if (path == QLatin1String("page")) {
        buffer->setData(m_page);
        job->reply(QByteArrayLiteral("text/html;charset=utf-8"), buffer);
        return;
    }
    const QString prefix = QStringLiteral("asset/");
    if (path.startsWith(prefix)) {
        const auto it = m_assets.constFind(QUrl::fromPercentEncoding(path.mid(prefix.size()).toUtf8()));
        if (it != m_assets.constEnd()) {
            buffer->setData(it->data);
            job->reply(it->mimeType, buffer);
            return;
        }
    }
    delete buffer;
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

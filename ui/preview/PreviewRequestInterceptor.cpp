// PreviewRequestInterceptor: own scheme and data: pass; remote images only when allowed; everything else never.
#include "preview/PreviewRequestInterceptor.h"

#include "preview/PreviewSchemeHandler.h"

void PreviewRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo& info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == QLatin1String(PreviewSchemeHandler::schemeName()) || scheme == QLatin1String("data")
        || scheme == QLatin1String("about")) {
        return;
    }
    const bool remote = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (remote && m_remoteImagesAllowed && info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeImage) {
        return;
    }
    info.block(true);
    ++m_blocked;
}

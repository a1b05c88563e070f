// PreviewWebPage: only the preview's own page loads in the main frame.
#include "preview/PreviewWebPage.h"

#include "preview/PreviewSchemeHandler.h"

bool PreviewWebPage::acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type)
    return !isMainFrame || url.scheme() == QLatin1String(PreviewSchemeHandler::schemeName());
}

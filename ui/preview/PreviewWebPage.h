// PreviewWebPage: a page that shows the preview and nothing else — a click on a link in the mail does not navigate
// the preview away (links are looked at, not followed).
#pragma once

#include <QWebEnginePage>

class PreviewWebPage : public QWebEnginePage
{
    Q_OBJECT

public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;
};

// PreviewRequestInterceptor: the preview's only way out to the network — every request that is not the preview's
// own page or images (remote images, fonts, trackers) is blocked unless the user allowed remote images.
#pragma once

#include <atomic>

#include <QWebEngineUrlRequestInterceptor>

class PreviewRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void setRemoteImagesAllowed(bool allowed) { m_remoteImagesAllowed = allowed; }
    bool remoteImagesAllowed() const { return m_remoteImagesAllowed; }
    // Requests refused since the pane was made (tests, and the note that images were blocked).
    int blockedCount() const { return m_blocked; }

    void interceptRequest(QWebEngineUrlRequestInfo& info) override;

private:
    std::atomic<bool> m_remoteImagesAllowed {false};
    std::atomic<int> m_blocked {0};
};

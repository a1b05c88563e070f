// CanvasSchemeHandler: serves the designer canvas from memory under tayori-designer:// — the page itself and the
// template's images from TemplateStore — so the canvas needs no files and no network.
#pragma once

#include <QByteArray>
#include <QWebEngineUrlSchemeHandler>

#include "templates/TemplateStore.h"

class CanvasSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    static const QByteArray Scheme; // "tayori-designer"
    // Must run before the QApplication is made (QtWebEngine reads custom schemes once, at start-up).
    static void registerScheme();
    static QString pageUrl(int revision); // tayori-designer://canvas/page.html?r=N
    static QString assetBaseUrl();        // tayori-designer://canvas/asset/

    CanvasSchemeHandler(TemplateStore store, qint64 templateId, QObject* parent = nullptr);

    void setPage(const QByteArray& html) { m_page = html; }
    void requestStarted(QWebEngineUrlRequestJob* job) override;

private:
    TemplateStore m_store;
    qint64 m_templateId;
    QByteArray m_page;
};

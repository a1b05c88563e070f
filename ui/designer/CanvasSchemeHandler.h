// CanvasSchemeHandler: serves the designer canvases from memory under tayori-designer:// — each canvas's page and
// its template's images from TemplateStore — so a canvas needs no files and no network. One handler serves every
// canvas (they share one web profile); each canvas has its own host, "c1", "c2" ….
#pragma once

#include <QByteArray>
#include <QHash>
#include <QWebEngineUrlSchemeHandler>

#include "templates/TemplateStore.h"

class CanvasSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    static const QByteArray Scheme; // "tayori-designer"
    // Must run before the QApplication is made (QtWebEngine reads custom schemes once, at start-up).
    static void registerScheme();

    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    // A new canvas showing template `templateId` of `store`; returns its host.
    QString addCanvas(TemplateStore store, qint64 templateId);
    void removeCanvas(const QString& host);
    void setPage(const QString& host, const QByteArray& html);
    static QString pageUrl(const QString& host, int revision); // tayori-designer://HOST/page.html?r=N
    static QString assetBaseUrl(const QString& host);          // tayori-designer://HOST/asset/

    void requestStarted(QWebEngineUrlRequestJob* job) override;

private:
    struct Canvas
    {
        TemplateStore store;
        qint64 templateId;
        QByteArray page;
    };
    QHash<QString, Canvas> m_canvases;
    int m_next = 1;
};

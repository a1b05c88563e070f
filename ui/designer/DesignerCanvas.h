// DesignerCanvas: the designer's centre — the template rendered as mail (TemplateRenderer, editing markers on) in a
// QWebEngineView, with the project's canvas script and style from Qt resources, talking to C++ over QWebChannel.
// No network: the page and its images come from CanvasSchemeHandler.
#pragma once

#include <memory>

#include <QJsonObject>
#include <QWebEngineView>

#include "templates/TemplateDocument.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateStore.h"

class CanvasBridge;
class CanvasSchemeHandler;
class QWebChannel;
class QWebEngineProfile;

class DesignerCanvas : public QWebEngineView
{
    Q_OBJECT

public:
    DesignerCanvas(TemplateStore store, qint64 templateId, QWidget* parent = nullptr);
    ~DesignerCanvas() override;

    // Renders `document` and loads it, keeping the scroll position; `selectedId` is selected once loaded.
    void showDocument(const TemplateDocument& document, const QString& selectedId);
    CanvasBridge* bridge() const { return m_bridge; }
    // The page loaded and its script connected to C++ (tests wait for this).
    bool isReady() const { return m_ready; }
    int revision() const { return m_revision; }
    // The canvas as a PNG about `width` px wide, for the library's thumbnails (empty if nothing is drawn yet).
    QByteArray thumbnailPng(int width) const;

signals:
    void ready();
    // The renderer's pre-flight findings for the document just shown.
    void checked(const QList<PreflightIssue>& issues);
    // Files dropped on the canvas from outside (images to add).
    void filesDropped(const QStringList& paths);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void childEvent(QChildEvent* event) override;

private:
    // One off-the-record profile for every canvas, made on first use: starting a profile costs seconds.
    static QWebEngineProfile* sharedProfile();
    static CanvasSchemeHandler* sharedHandler();
    QJsonObject canvasState(const TemplateDocument& document, const QString& selectedId) const;
    QByteArray composePage(const QString& html, const QJsonObject& state) const;

    QString m_host;
    QString m_lastHtml; // the last render, for a page that must be loaded afresh
    QJsonObject m_lastState;
    QWebChannel* m_channel;
    CanvasBridge* m_bridge;
    int m_revision = 0;
    bool m_ready = false;
    // False once the destructor has begun: the page's destructor runs pending script callbacks (with an empty
    // result) while the view is half torn down, and such a callback must not touch it.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

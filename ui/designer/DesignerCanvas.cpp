// DesignerCanvas: the rendered template with the canvas script, served from memory.
#include "DesignerCanvas.h"

#include <QBuffer>
#include <QChildEvent>
#include <QCoreApplication>
#include <QDropEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

#include "CanvasBridge.h"
#include "CanvasSchemeHandler.h"
#include "templates/TemplateRenderer.h"

namespace {
QByteArray resource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("designer: missing resource %s", qPrintable(path));
        return {};
    }
    return file.readAll();
}

void collectTypes(const QList<TemplateBlock>& blocks, QJsonObject* types)
{
    for (const TemplateBlock& block : blocks) {
        types->insert(block.id, TemplateBlock::typeKey(block.type));
        for (const auto& column : block.columns) {
            collectTypes(column, types);
        }
    }
}

// Inserts `insert` before the last `tag` (case-insensitive), or appends it when there is none.
void insertBefore(QByteArray* html, const QByteArray& tag, const QByteArray& insert)
{
    const qsizetype at = html->toLower().lastIndexOf(tag);
    if (at < 0) {
        html->append(insert);
    } else {
        html->insert(at, insert);
    }
}
// The canvas page: stays on the canvas (a clicked link in the mail never navigates away) and shows no script
// dialogs — only the canvas script's own link prompt — so pasted markup cannot pop anything up.
class CanvasPage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType, bool isMainFrame) override
    {
        return !isMainFrame || url.scheme().toLatin1() == CanvasSchemeHandler::Scheme;
    }
    void javaScriptAlert(const QUrl&, const QString&) override { }
    bool javaScriptConfirm(const QUrl&, const QString&) override { return false; }
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                  const QString& message,
                                  int line,
                                  const QString&) override
    {
        if (level == ErrorMessageLevel) {
            qWarning("designer canvas: %s (line %d)", qPrintable(message), line);
        }
    }
};
} // namespace

QWebEngineProfile* DesignerCanvas::sharedProfile()
{
    static QWebEngineProfile* profile = nullptr;
    if (!profile) {
        // Off the record: the canvas leaves nothing on disk. Owned by the application, so it outlives every page.
        profile = new QWebEngineProfile(QCoreApplication::instance());
        profile->installUrlSchemeHandler(CanvasSchemeHandler::Scheme, new CanvasSchemeHandler(profile));
    }
    return profile;
}

CanvasSchemeHandler* DesignerCanvas::sharedHandler()
{
    return static_cast<CanvasSchemeHandler*>(
        const_cast<QWebEngineUrlSchemeHandler*>(sharedProfile()->urlSchemeHandler(CanvasSchemeHandler::Scheme)));
}

DesignerCanvas::DesignerCanvas(TemplateStore store, qint64 templateId, QWidget* parent)
    : QWebEngineView(parent)
    , m_host(sharedHandler()->addCanvas(std::move(store), templateId))
    , m_channel(new QWebChannel(this))
    , m_bridge(new CanvasBridge(this))
{
    auto* page = new CanvasPage(sharedProfile(), this);
    page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    page->settings()->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    setPage(page);
    m_channel->registerObject(QStringLiteral("tayori"), m_bridge);
    page->setWebChannel(m_channel);
    setContextMenuPolicy(Qt::NoContextMenu);
    connect(m_bridge, &CanvasBridge::ready, this, [this] {
        m_ready = true;
        emit ready();
    });
}

DesignerCanvas::~DesignerCanvas()
{
    *m_alive = false;
    sharedHandler()->removeCanvas(m_host);
}

QJsonObject DesignerCanvas::canvasState(const TemplateDocument& document, const QString& selectedId) const
{
    QJsonObject types;
    collectTypes(document.blocks, &types);
    const QPointF scroll = page()->scrollPosition();
    return QJsonObject {
        {QStringLiteral("selected"), selectedId},
        {QStringLiteral("scrollX"), scroll.x()},
        {QStringLiteral("scrollY"), scroll.y()},
        // Typing sessions of different loads never merge into one undo step.
        {QStringLiteral("session"), m_revision * 1000 + 1},
        {QStringLiteral("types"), types},
        {QStringLiteral("labels"),
         QJsonObject {
             {QStringLiteral("bold"), tr("Bold")},
             {QStringLiteral("italic"), tr("Italic")},
             {QStringLiteral("link"), tr("Link")},
             {QStringLiteral("linkPrompt"), tr("Link address (https://…):")},
             {QStringLiteral("colour"), tr("Text colour")},
             {QStringLiteral("bullets"), tr("Bulleted list")},
             {QStringLiteral("numbers"), tr("Numbered list")},
             {QStringLiteral("drag"), tr("Drag to move this block")},
         }},
    };
}

QByteArray DesignerCanvas::composePage(const QString& html, const QJsonObject& state) const
{
    QByteArray page = html.toUtf8();
    insertBefore(&page,
                 QByteArrayLiteral("</head>"),
                 QByteArrayLiteral("<style id=\"tayori-canvas-css\">")
                     + resource(QStringLiteral(":/designer/canvas.css")) + QByteArrayLiteral("</style>"));
    // "</" would end the inline script early: JSON may carry user text, so it is escaped.
    QByteArray stateJson = QJsonDocument(state).toJson(QJsonDocument::Compact);
    stateJson.replace("</", "<\\/");
    insertBefore(&page,
                 QByteArrayLiteral("</body>"),
                 QByteArrayLiteral("<script>") + resource(QStringLiteral(":/qtwebchannel/qwebchannel.js"))
                     + QByteArrayLiteral("</script><script>window.tayoriCanvasState=") + stateJson
                     + QByteArrayLiteral(";</script><script>") + resource(QStringLiteral(":/designer/canvas.js"))
                     + QByteArrayLiteral("</script>"));
    return page;
}

void DesignerCanvas::showDocument(const TemplateDocument& document, const QString& selectedId)
{
    RenderOptions options;
    options.editing = true;
    options.images = RenderOptions::Images::Hosted;
    options.assetBaseUrl = CanvasSchemeHandler::assetBaseUrl(m_host);
    const RenderedTemplate rendered = TemplateRenderer::render(document, options);
    emit checked(rendered.issues);
    ++m_revision;
    const QJsonObject state = canvasState(document, selectedId);
    if (m_ready) {
        // The page is up: its content is swapped in place — much quicker than loading it again, and the scroll
        // position simply stays.
        m_ready = false;
        const QString script
            = QStringLiteral("tayoriCanvas.update(%1, %2)")
                  .arg(QString::fromUtf8(QJsonDocument(QJsonArray {rendered.html}).toJson(QJsonDocument::Compact)),
                       QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
        page()->runJavaScript(script, [this, alive = m_alive, revision = m_revision](const QVariant& done) {
            if (!*alive) {
                return;
            }
            if (revision != m_revision) {
                return; // a newer render is on its way
            }
            if (!done.toBool()) {
                m_ready = false; // the page went away: load it afresh
                sharedHandler()->setPage(m_host, composePage(m_lastHtml, m_lastState));
                load(QUrl(CanvasSchemeHandler::pageUrl(m_host, m_revision)));
                return;
            }
            m_ready = true;
            emit ready();
        });
        m_lastHtml = rendered.html;
        m_lastState = state;
        return;
    }
    m_lastHtml = rendered.html;
    m_lastState = state;
    m_ready = false;
    sharedHandler()->setPage(m_host, composePage(rendered.html, state));
    load(QUrl(CanvasSchemeHandler::pageUrl(m_host, m_revision)));
}

QByteArray DesignerCanvas::thumbnailPng(int width) const
{
    const QPixmap shot = const_cast<DesignerCanvas*>(this)->grab();
    if (shot.isNull() || shot.width() <= 0) {
        return {};
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    shot.scaledToWidth(width, Qt::SmoothTransformation).save(&buffer, "PNG");
    return png;
}

void DesignerCanvas::childEvent(QChildEvent* event)
{
    // Chromium's drawing widget is a child made later; file drops reach it, not the view.
    if (event->added() && event->child()->isWidgetType()) {
        event->child()->installEventFilter(this);
    }
    QWebEngineView::childEvent(event);
}

bool DesignerCanvas::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove || event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QMimeData* mime = drop->mimeData();
        QStringList files;
        if (mime->hasUrls()) {
            for (const QUrl& url : mime->urls()) {
                if (url.isLocalFile()) {
                    files << url.toLocalFile();
                }
            }
        }
        if (!files.isEmpty()) {
            drop->acceptProposedAction();
            if (event->type() == QEvent::Drop) {
                emit filesDropped(files);
            }
            return true;
        }
    }
    return QWebEngineView::eventFilter(watched, event);
}

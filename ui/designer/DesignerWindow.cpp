// DesignerWindow: palette, canvas and property panel over one template, with undo and autosave.
#include "DesignerWindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QtConcurrent/QtConcurrentRun>

#include "AddBlockCommand.h"
#include "BlockPalette.h"
#include "CanvasBridge.h"
#include "ChangeSettingsCommand.h"
#include "DesignerCanvas.h"
#include "DesignerDocument.h"
#include "DuplicateBlockCommand.h"
#include "MessageBox.h"
#include "MoveBlockCommand.h"
#include "PropertyPanel.h"
#include "RemoveBlockCommand.h"
#include "SetBlockPropertyCommand.h"
#include "preview/PreviewDialog.h"
#include "preview/PreviewPane.h"
#include "templates/BlockPlacement.h"
#include "templates/HtmlSanitizer.h"

namespace {
// Pasted HTML beyond this is refused before the sanitiser sees it: no mail needs it (Gmail clips at 102 KB).
constexpr qsizetype MaxPastedHtmlChars = 1024 * 1024;
constexpr int ThumbnailWidth = 240;
} // namespace

DesignerWindow::DesignerWindow(Database database, qint64 templateId, TemplateDocument document, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_store(database)
    , m_templateId(templateId)
    , m_document(new DesignerDocument(std::move(document), this))
    , m_undo(new QUndoStack(this))
    , m_palette(new BlockPalette(this))
    , m_canvas(new DesignerCanvas(m_store, templateId, this))
    , m_panel(new PropertyPanel(this))
    , m_checks(new QListWidget(this))
{
    setWindowTitle(tr("%1 — Template designer").arg(m_document->document().name));
    setAttribute(Qt::WA_DeleteOnClose);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_palette);
    splitter->addWidget(m_canvas);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_panel);
    auto* checksBox = new QWidget(this);
    auto* checksLayout = new QVBoxLayout(checksBox);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    checksLayout->addWidget(new QLabel(tr("Checks before sending:"), checksBox));
    checksLayout->addWidget(m_checks);
    right->addWidget(checksBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    m_checks->setObjectName(QStringLiteral("preflightChecks"));
    m_checks->setWordWrap(true);
    connect(m_checks, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        const QString blockId = item->data(Qt::UserRole).toString();
        if (!blockId.isEmpty()) {
            selectBlock(blockId);
        }
    });
    connect(m_canvas, &DesignerCanvas::checked, this, [this](const QList<PreflightIssue>& issues) {
        m_checks->clear();
        for (const PreflightIssue& issue : issues) {
            const bool error = issue.severity == PreflightIssue::Severity::Error;
            auto* item = new QListWidgetItem(
                QIcon::fromTheme(error ? QStringLiteral("dialog-error") : QStringLiteral("dialog-warning")),
                issue.message,
                m_checks);
            item->setData(Qt::UserRole, issue.blockId);
            item->setData(Qt::UserRole + 1, issue.code);
        }
        if (issues.isEmpty()) {
            new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-ok")), tr("No problems found."), m_checks);
        }
    });
    m_palette->setEnabled(m_document->document().kind == TemplateDocument::Kind::Blocks);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(1000);
    connect(&m_saveTimer, &QTimer::timeout, this, &DesignerWindow::saveNow);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(120); // a run of keystrokes in the panel renders once
    connect(
        &m_renderTimer, &QTimer::timeout, this, [this] { m_canvas->showDocument(m_document->document(), m_selected); });
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(400); // the preview renders a whole page: once per pause in typing, not per key
    connect(&m_previewTimer, &QTimer::timeout, this, [this] {
        if (m_preview) {
            m_preview->pane()->setDocument(m_document->document(), m_templateId);
        }
    });
    m_thumbnailTimer.setSingleShot(true);
    connect(&m_thumbnailTimer, &QTimer::timeout, this, &DesignerWindow::takeThumbnail);

    connect(m_document, &DesignerDocument::changed, this, &DesignerWindow::documentChanged);
    connect(m_palette, &BlockPalette::blockRequested, this, &DesignerWindow::addBlock);
    CanvasBridge* bridge = m_canvas->bridge();
    connect(bridge, &CanvasBridge::blockSelected, this, [this](const QString& id) {
        if (id != m_selected) {
            m_selected = id;
            ++m_panelSession;
            m_panel->showBlock(m_document->document(), id);
            updateActions();
        }
    });
    connect(bridge, &CanvasBridge::textCommitted, this, &DesignerWindow::commitText);
    connect(bridge, &CanvasBridge::moveRequested, this, &DesignerWindow::requestMove);
    connect(bridge, &CanvasBridge::blockDropped, this, &DesignerWindow::dropBlock);
    connect(m_canvas, &DesignerCanvas::filesDropped, this, &DesignerWindow::addImageFiles);
    connect(m_canvas, &DesignerCanvas::ready, this, [this] {
        if (m_thumbnailDue && !m_thumbnailTimer.isActive()) {
            const qint64 wait = m_sinceThumbnail.isValid() ? m_thumbnailInterval - m_sinceThumbnail.elapsed() : 0;
            m_thumbnailTimer.start(int(qMax<qint64>(300, wait))); // after the first paint
        }
    });
    connect(m_panel,
            &PropertyPanel::blockPropertyEdited,
            this,
            [this](const QString& id, const QString& key, const QJsonValue& value, bool typing) {
                const TemplateBlock* block = m_document->document().block(id);
                if (block && block->props.value(key) != value) {
                    m_undo->push(new SetBlockPropertyCommand(m_document, id, key, value, typing ? -m_panelSession : 0));
                }
            });
    connect(
        m_panel, &PropertyPanel::settingEdited, this, [this](const QString& key, const QJsonValue& value, bool typing) {
            TemplateDocument copy = m_document->document();
            PropertyPanel::setSetting(&copy, key, value);
            const QString field = typing ? key + QLatin1Char('#') + QString::number(m_panelSession) : QString();
            m_undo->push(new ChangeSettingsCommand(m_document, ChangeSettingsCommand::stateOf(copy), field));
        });
    connect(m_panel, &PropertyPanel::htmlApplied, this, &DesignerWindow::applyHtml);
    connect(m_panel, &PropertyPanel::chooseImageRequested, this, &DesignerWindow::chooseImage);
    connect(m_panel, &PropertyPanel::imageFilesDropped, this, &DesignerWindow::addImageFiles);

    buildActions();
    m_panel->showBlock(m_document->document(), {});
    m_canvas->showDocument(m_document->document(), {});
    updateActions();
    resize(1200, 800);
}

DesignerWindow::~DesignerWindow()
{
    *m_alive = false;
    // Closing saves; this catches the paths that skip closeEvent (the application quitting with the window open).
    if (m_dirty) {
        saveNow();
    }
}

bool DesignerWindow::canvasSettled() const
{
    return !m_renderTimer.isActive() && m_canvas->isReady();
}

const TemplateDocument& DesignerWindow::document() const
{
    return m_document->document();
}

void DesignerWindow::buildActions()
{
    QToolBar* toolbar = addToolBar(tr("Design"));
    toolbar->setObjectName(QStringLiteral("designerToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setShortcut(QKeySequence::Redo);
    // Typing after an undo is a new step, never merged into the one before.
    connect(undo, &QAction::triggered, this, [this] { ++m_panelSession; });
    connect(redo, &QAction::triggered, this, [this] { ++m_panelSession; });
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();

    m_duplicateAction = toolbar->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Duplicate"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicateAction, &QAction::triggered, this, &DesignerWindow::duplicateSelected);
    m_deleteAction = toolbar->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete"));
    connect(m_deleteAction, &QAction::triggered, this, &DesignerWindow::deleteSelected);
    m_upAction = toolbar->addAction(QIcon::fromTheme(QStringLiteral("go-up")), tr("Move up"));
    m_upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_upAction, &QAction::triggered, this, [this] { moveSelected(-1); });
    m_downAction = toolbar->addAction(QIcon::fromTheme(QStringLiteral("go-down")), tr("Move down"));
    m_downAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_downAction, &QAction::triggered, this, [this] { moveSelected(1); });
    toolbar->addSeparator();

    QAction* settings
        = toolbar->addAction(QIcon::fromTheme(QStringLiteral("document-properties")), tr("Template settings"));
    connect(settings, &QAction::triggered, this, [this] { selectBlock({}); });
    QAction* preview = toolbar->addAction(QIcon::fromTheme(QStringLiteral("document-print-preview")), tr("Preview"));
    connect(preview, &QAction::triggered, this, &DesignerWindow::openPreview);
    QAction* save = toolbar->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save"));
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Changes are saved automatically; this saves at once."));
    connect(save, &QAction::triggered, this, &DesignerWindow::saveNow);
    for (QAction* action : toolbar->actions()) {
        if (!action->isSeparator()) {
            action->setObjectName(action->text());
        }
    }
    undo->setObjectName(QStringLiteral("undo"));
    redo->setObjectName(QStringLiteral("redo"));
}

void DesignerWindow::updateActions()
{
    const bool selected = m_document->document().block(m_selected) != nullptr;
    m_duplicateAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_upAction->setEnabled(selected && BlockPlacement::forStep(m_document->document(), m_selected, -1));
    m_downAction->setEnabled(selected && BlockPlacement::forStep(m_document->document(), m_selected, 1));
}

void DesignerWindow::documentChanged(const QString& selectId, bool canvasUpToDate)
{
    const TemplateDocument& document = m_document->document();
    if (!selectId.isEmpty()) {
        m_selected = selectId;
    }
    if (!document.block(m_selected)) {
        m_selected.clear();
    }
    if (m_panel->blockId() != m_selected) {
        m_panel->showBlock(document, m_selected);
    } else {
        m_panel->refresh(document);
    }
    setWindowTitle(tr("%1 — Template designer").arg(document.name));
    if (!canvasUpToDate) {
        m_renderTimer.start();
    }
    m_dirty = true;
    if (m_preview) {
        m_previewTimer.start();
    }
    if (!m_saveTimer.isActive()) {
        m_saveTimer.start(); // not restarted by later edits: a long run of typing is still saved every second
    }
    updateActions();
}

void DesignerWindow::selectBlock(const QString& blockId)
{
    m_selected = m_document->document().block(blockId) ? blockId : QString();
    ++m_panelSession;
    m_panel->showBlock(m_document->document(), m_selected);
    m_canvas->page()->runJavaScript(
        QStringLiteral("window.tayoriCanvas && tayoriCanvas.select(%1)")
            .arg(QString::fromUtf8(QJsonDocument(QJsonArray {m_selected}).toJson(QJsonDocument::Compact))
                     .mid(1)
                     .chopped(1)));
    updateActions();
}

TemplateBlock DesignerWindow::blockForKey(const QString& key) const
{
    const TemplateDocument& document = m_document->document();
    if (key == BlockPalette::ThreeColumns) {
        TemplateBlock block = document.newBlock(TemplateBlock::Type::Columns);
        TemplateBlock third = document.newBlock(TemplateBlock::Type::Text);
        third.id = block.id + QStringLiteral("-3"); // as newBlock names the first two
        block.columns.append({third});
        return block;
    }
    const std::optional<TemplateBlock::Type> type = TemplateBlock::typeFromKey(key);
    return document.newBlock(type.value_or(TemplateBlock::Type::Text));
}

void DesignerWindow::addBlock(const QString& key)
{
    if (m_document->document().kind != TemplateDocument::Kind::Blocks) {
        return;
    }
    const TemplateBlock block = blockForKey(key);
    const BlockPlace place = BlockPlacement::forNewBlock(m_document->document(), m_selected, block.type);
    m_undo->push(new AddBlockCommand(m_document, place, block));
}

void DesignerWindow::dropBlock(const QString& key, const QString& targetId, bool after)
{
    if (m_document->document().kind != TemplateDocument::Kind::Blocks) {
        return;
    }
    const TemplateBlock block = blockForKey(key);
    BlockPlace place = BlockPlacement::forNewBlock(m_document->document(), targetId, block.type);
    if (!after && m_document->document().block(targetId)) {
        place.index -= 1; // before the target: where the target itself (or its columns block) stands
    }
    m_undo->push(new AddBlockCommand(m_document, place, block));
}

void DesignerWindow::deleteSelected()
{
    if (m_document->document().block(m_selected)) {
        m_undo->push(new RemoveBlockCommand(m_document, m_selected));
    }
}

void DesignerWindow::duplicateSelected()
{
    if (m_document->document().block(m_selected)) {
        m_undo->push(new DuplicateBlockCommand(m_document, m_selected));
    }
}

void DesignerWindow::moveSelected(int delta)
{
    if (const std::optional<BlockPlace> to = BlockPlacement::forStep(m_document->document(), m_selected, delta)) {
        m_undo->push(new MoveBlockCommand(m_document, m_selected, *to));
    }
}

void DesignerWindow::requestMove(const QString& blockId, const QString& targetId, bool after)
{
    if (const std::optional<BlockPlace> to = BlockPlacement::nextTo(m_document->document(), blockId, targetId, after)) {
        m_undo->push(new MoveBlockCommand(m_document, blockId, *to));
    }
}

void DesignerWindow::commitText(
    const QString& blockId, const QString& key, const QString& value, int typingSession, bool final)
{
    const TemplateBlock* block = m_document->document().block(blockId);
    if (!block) {
        return;
    }
    QString cleaned = value;
    if (block->type == TemplateBlock::Type::Text) {
        // What the browser's editing left behind (spans, divs, styles) never reaches the document.
        cleaned = HtmlSanitizer::sanitizeInline(value).html;
    } else {
        cleaned = value.trimmed();
    }
    if (block->props.value(key).toString() == cleaned) {
        return;
    }
    // While the user types, the canvas keeps what it shows (loading it again would move the caret); what the
    // sanitiser dropped disappears from view when editing ends.
    const bool canvasUpToDate = !final || cleaned == value;
    m_undo->push(new SetBlockPropertyCommand(m_document, blockId, key, cleaned, typingSession, canvasUpToDate));
}

void DesignerWindow::applyHtml(const QString& blockId, const QString& key, const QString& html)
{
    const TemplateBlock* block = m_document->document().block(blockId);
    const bool wholeMail = blockId.isEmpty() && m_document->document().kind == TemplateDocument::Kind::Html;
    if (!block && !wholeMail) {
        return;
    }
    if (html.size() > MaxPastedHtmlChars) {
        MessageBox::warning(this,
                            tr("HTML too large"),
                            tr("This HTML is %1 KB; a mail can hold at most %2 KB (Gmail cuts longer mail off). "
                               "Nothing was changed: shorten the HTML and apply it again.")
                                .arg(html.size() / 1024)
                                .arg(MaxPastedHtmlChars / 1024));
        return;
    }
    const HtmlSanitizer::Cleaned cleaned = block && block->type == TemplateBlock::Type::Text
                                               ? HtmlSanitizer::sanitizeInline(html)
                                               : HtmlSanitizer::sanitizeDocument(html);
    if ((wholeMail || block->type == TemplateBlock::Type::Html) && !cleaned.removed.isEmpty()) {
        MessageBox::information(this,
                                tr("Unsafe content removed"),
                                tr("This was removed from the HTML, because mail programs block it or it could "
                                   "harm readers:\n• %1")
                                    .arg(cleaned.removed.join(QStringLiteral("\n• "))));
    }
    if (wholeMail) {
        if (m_document->document().html != cleaned.html) {
            auto state = ChangeSettingsCommand::stateOf(m_document->document());
            state.html = cleaned.html;
            m_undo->push(new ChangeSettingsCommand(m_document, state, {}));
        }
    } else if (block->props.value(key).toString() != cleaned.html) {
        m_undo->push(new SetBlockPropertyCommand(m_document, blockId, key, cleaned.html));
    }
    m_panel->refresh(m_document->document()); // shows the cleaned HTML even when nothing changed
}

void DesignerWindow::chooseImage(const QString& blockId)
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Choose an image"), {}, tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"));
    if (!path.isEmpty()) {
        setImage(blockId, path);
    }
}

void DesignerWindow::addImageFiles(const QStringList& paths)
{
    if (paths.isEmpty() || m_document->document().kind != TemplateDocument::Kind::Blocks) {
        return;
    }
    const TemplateBlock* selected = m_document->document().block(m_selected);
    if (selected && selected->type == TemplateBlock::Type::Image) {
        setImage(m_selected, paths.first());
        return;
    }
    setImage({}, paths.first());
}

void DesignerWindow::setImage(const QString& blockId, const QString& path)
{
    const QFileInfo info(path);
    // Checked before reading: a 50 MB file is refused without loading it.
    if (info.size() > TemplateStore::MaxImageFileBytes) {
        MessageBox::warning(this,
                            tr("Image too large"),
                            tr("%1 is %2 MB; images can be at most %3 MB. Nothing was changed: make the image "
                               "smaller in an image editor and add it again.")
                                .arg(info.fileName())
                                .arg(info.size() / (1024 * 1024))
                                .arg(TemplateStore::MaxImageFileBytes / (1024 * 1024)));
        emit imageAdded(false);
        return;
    }
    // Reading, decoding and scaling a 20 MB photo takes about a second: on a worker thread (with its own database
    // connection), so the window stays responsive; the undo step is made back here.
    struct Added
    {
        std::optional<TemplateAsset> asset;
        QString error;
    };
    const int contentWidth = m_document->document().settings.contentWidth;
    statusBar()->showMessage(tr("Adding the image %1…").arg(info.fileName()));
    auto* watcher = new QFutureWatcher<Added>(this);
    connect(watcher, &QFutureWatcher<Added>::finished, this, [this, watcher, blockId, contentWidth] {
        watcher->deleteLater();
        statusBar()->clearMessage();
        const Added added = watcher->result();
        if (!added.asset) {
            MessageBox::warning(this, tr("Image not added"), added.error);
            emit imageAdded(false);
            return;
        }
        const QString src = QStringLiteral("asset:") + added.asset->name;
        const int width = BlockPlacement::defaultImageWidth(added.asset->width, contentWidth);
        m_undo->beginMacro(tr("Set image"));
        QString id = blockId;
        if (!m_document->document().block(id)) {
            const TemplateBlock block = m_document->document().newBlock(TemplateBlock::Type::Image);
            const BlockPlace place = BlockPlacement::forNewBlock(m_document->document(), m_selected, block.type);
            m_undo->push(new AddBlockCommand(m_document, place, block));
            id = block.id;
        }
        m_undo->push(new SetBlockPropertyCommand(m_document, id, QStringLiteral("src"), src));
        m_undo->push(new SetBlockPropertyCommand(m_document, id, QStringLiteral("width"), width));
        m_undo->endMacro();
        emit imageAdded(true);
    });
    watcher->setFuture(QtConcurrent::run([database = m_database, templateId = m_templateId, path, contentWidth] {
        Added added;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            added.error = tr("%1 could not be read: %2. Nothing was changed.").arg(path, file.errorString());
            return added;
        }
        Result<TemplateAsset> asset
            = TemplateStore(database).addAsset(templateId, QFileInfo(path).fileName(), file.readAll(), contentWidth);
        if (asset) {
            added.asset = std::move(asset).value();
        } else {
            added.error = asset.error();
        }
        return added;
    }));
}

bool DesignerWindow::saveNow()
{
    m_saveTimer.stop();
    if (!m_dirty) {
        return true;
    }
    const Status status = m_store.save(m_templateId, m_document->document());
    if (!status) {
        // Kept dirty: the next change, the next timer or closing tries again.
        m_saveError = status.error();
        statusBar()->showMessage(tr("Not saved: %1").arg(status.error()));
        m_saveTimer.start(5000);
        return false;
    }
    m_dirty = false;
    m_saveError.clear();
    statusBar()->showMessage(tr("Saved"), 2000);
    m_thumbnailDue = true;
    if (m_canvas->isReady() && !m_thumbnailTimer.isActive()) {
        const qint64 wait = m_sinceThumbnail.isValid() ? m_thumbnailInterval - m_sinceThumbnail.elapsed() : 0;
        m_thumbnailTimer.start(int(qMax<qint64>(300, wait)));
    }
    emit saved(m_templateId);
    return true;
}

void DesignerWindow::takeThumbnail()
{
    if (!m_thumbnailDue) {
        return;
    }
    const QByteArray png = m_canvas->thumbnailPng(ThumbnailWidth);
    if (png.isEmpty()) {
        return;
    }
    m_thumbnailDue = false;
    m_sinceThumbnail.start();
    if (m_store.setThumbnail(m_templateId, png)) {
        emit saved(m_templateId);
    }
}

void DesignerWindow::openPreview()
{
    saveNow();
    if (m_preview) {
        m_preview->pane()->setDocument(m_document->document(), m_templateId);
        m_preview->raise();
        m_preview->activateWindow();
        return;
    }
    // Modeless: the user keeps designing and the preview follows each change.
    m_preview = new PreviewDialog(m_database, m_document->document(), m_templateId, this);
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preview->pane(), &PreviewPane::blockActivated, this, &DesignerWindow::selectBlock);
    m_preview->show();
    emit previewRequested(m_templateId);
}

void DesignerWindow::closeEvent(QCloseEvent* event)
{
    if (!m_closing) {
        // Text typed into the canvas but not yet sent to C++ is fetched first; the close continues after it.
        event->ignore();
        m_closing = true;
        m_canvas->page()->runJavaScript(QStringLiteral("window.tayoriCanvas && tayoriCanvas.commit()"),
                                        [this, alive = m_alive](const QVariant&) {
                                            if (*alive) {
                                                QTimer::singleShot(100, this, &QWidget::close);
                                            }
                                        });
        QTimer::singleShot(1500, this, &QWidget::close); // a page that never answers does not keep it open
        return;
    }
    if (!saveNow()) {
        const QMessageBox::StandardButton answer = MessageBox::question(
            this,
            tr("Template not saved"),
            tr("The last changes could not be saved: %1\nClose anyway and lose them?").arg(m_saveError),
            QMessageBox::Close | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            m_closing = false;
            event->ignore();
            return;
        }
        m_dirty = false;
    }
    event->accept();
    emit closed(m_templateId);
}

// DesignerWindow: one template open for design — block palette, canvas, property panel, toolbar. Every change is
// an undo command on the document; every change is saved to the database within a second (and on close), so the
// last edit survives a crash; thumbnails for the library follow at most every few seconds.
#pragma once

#include <memory>

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include "preview/PreviewDialog.h"
#include "templates/TemplateStore.h"

class BlockPalette;
class DesignerCanvas;
class DesignerDocument;
class PropertyPanel;
class QAction;
class QListWidget;
class QUndoStack;

class DesignerWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `document` is template `templateId` as loaded from the database's TemplateStore.
    DesignerWindow(Database database, qint64 templateId, TemplateDocument document, QWidget* parent = nullptr);
    ~DesignerWindow() override;

    qint64 templateId() const { return m_templateId; }
    const TemplateDocument& document() const;
    QString selectedBlockId() const { return m_selected; }
    QUndoStack* undoStack() const { return m_undo; }
    BlockPalette* palette() const { return m_palette; }
    DesignerCanvas* canvas() const { return m_canvas; }
    PropertyPanel* propertyPanel() const { return m_panel; }
    // The pre-flight findings (missing unsubscribe link, images without alt …); a row selects its block.
    QListWidget* checks() const { return m_checks; }
    // A save is pending (the autosave timer runs or the last save failed).
    bool hasUnsavedChanges() const { return m_dirty; }
    // The canvas shows the document as it is now (no render waiting or running).
    bool canvasSettled() const;

    // Saves the thumbnails' grab interval for tests (default 3 s).
    void setThumbnailInterval(int milliseconds) { m_thumbnailInterval = milliseconds; }

public slots:
    void selectBlock(const QString& blockId);
    // A palette key ("heading", "columns", "columns3" …) after the selection.
    void addBlock(const QString& key);
    void deleteSelected();
    void duplicateSelected();
    void moveSelected(int delta);
    // Image files (dropped or chosen) → a stored asset in the selected image block, or a new image block. The file
    // is read and scaled on a worker thread; imageAdded follows.
    void addImageFiles(const QStringList& paths);
    bool saveNow();
    // Saves, then opens the preview (phone, tablet, desktop, dark mode, send test) beside the designer.
    void openPreview();

    // The preview window, while one is open (tests).
    PreviewDialog* previewDialog() const { return m_preview; }

signals:
    // An image from addImageFiles was stored and placed (true) or refused with a message (false).
    void imageAdded(bool ok);
    void saved(qint64 templateId);
    void previewRequested(qint64 templateId);
    void closed(qint64 templateId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void documentChanged(const QString& selectId, bool canvasUpToDate);
    void updateActions();
    void commitText(const QString& blockId, const QString& key, const QString& value, int typingSession, bool final);
    void requestMove(const QString& blockId, const QString& targetId, bool after);
    void dropBlock(const QString& key, const QString& targetId, bool after);
    void applyHtml(const QString& blockId, const QString& key, const QString& html);
    void setImage(const QString& blockId, const QString& path);
    void chooseImage(const QString& blockId);
    void takeThumbnail();
    TemplateBlock blockForKey(const QString& key) const;

    Database m_database;
    TemplateStore m_store;
    qint64 m_templateId;
    DesignerDocument* m_document;
    QUndoStack* m_undo;
    BlockPalette* m_palette;
    DesignerCanvas* m_canvas;
    PropertyPanel* m_panel;
    QListWidget* m_checks;
    QString m_selected;
    int m_panelSession = 1; // typing into the panel merges per session; a new selection or an undo starts one
    bool m_dirty = false;
    bool m_closing = false;
    // False once the destructor has begun (the canvas page runs pending script callbacks as it is destroyed).
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    bool m_thumbnailDue = false;
    int m_thumbnailInterval = 3000;
    QTimer m_saveTimer;
    QTimer m_renderTimer;
    QTimer m_thumbnailTimer;
    QTimer m_previewTimer;
    QPointer<PreviewDialog> m_preview; // open while the user keeps designing; follows every change
    QElapsedTimer m_sinceThumbnail;
    QString m_saveError;

    QAction* m_duplicateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_upAction = nullptr;
    QAction* m_downAction = nullptr;
};

// The template designer through its real canvas (QtWebEngine on the offscreen platform): blocks added from the
// palette, text typed into the canvas and committed by its own script, undo/redo, reordering (toolbar and a drag
// request from the page), delete/duplicate, autosave into the database without pressing Save, save/reopen, and
// bad input (not an image, a 50 MB file, a corrupt or newer template file, malicious pasted HTML) leaving the
// template untouched. Also the library: duplicate and delete with confirmation.
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWebEnginePage>

#include "MessageBox.h"
#include "campaigns/CampaignStore.h"
#include "designer/BlockPalette.h"
#include "designer/CanvasSchemeHandler.h"
#include "designer/DesignerCanvas.h"
#include "designer/DesignerWindow.h"
#include "designer/NewTemplateDialog.h"
#include "designer/PropertyPanel.h"
#include "designer/TemplatesPage.h"
#include "preview/PreviewDialog.h"
#include "preview/PreviewPane.h"
#include "templates/TemplateStore.h"

namespace {
constexpr int CanvasTimeout = 15000;

TemplateDocument sampleDocument()
{
    auto document = TemplateDocument::fromJson(QByteArrayLiteral(R"({
      "format": "tayori-template", "version": 1, "kind": "blocks", "name": "Designer test", "language": "en",
      "blocks": [
        {"id": "h", "type": "heading", "text": "Hello", "level": 1},
        {"id": "t", "type": "text", "html": "<p>First text</p>"},
        {"id": "d", "type": "divider"},
        {"id": "f", "type": "footer", "senderName": "Example Ltd", "address": "1-2-3 Chiyoda, Tokyo"}
      ]})"));
    if (!document)
        qFatal("sample does not parse: %s", qPrintable(document.error()));
    return document.value();
}

// "h * t" → {"h", star, "t"}
QStringList ids(const char* spaced, const QString& star = {})
{
    QStringList list = QString::fromLatin1(spaced).split(QLatin1Char(' '));
    list.replaceInStrings(QStringLiteral("*"), star);
    return list;
}

QStringList topLevelIds(const TemplateDocument& document)
{
    QStringList ids;
    for (const TemplateBlock& block : document.blocks)
        ids << block.id;
    return ids;
}

// Runs `script` in the canvas and waits for its result.
QVariant runJs(DesignerCanvas* canvas, const QString& script)
{
    QVariant result;
    bool done = false;
    canvas->page()->runJavaScript(script, [&](const QVariant& value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, CanvasTimeout))
        qWarning("script did not answer: %s", qPrintable(script));
    return result;
}

// The top-level block ids as the canvas shows them.
QStringList canvasIds(DesignerCanvas* canvas)
{
    return runJs(canvas,
                 QStringLiteral("Array.from(document.querySelectorAll('[data-block-id]'))"
                                ".filter(e => !e.parentElement.closest('[data-block-id]'))"
                                ".map(e => e.getAttribute('data-block-id'))"))
        .toStringList();
}
} // namespace

class TestGuiDesigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void addBlockFromPalette();
    void editTextOnCanvas();
    void formattingToolbar();
    void reorder();
    void dragAndDropOnTheCanvas();
    void deleteAndDuplicate();
    void propertyPanelAndSettings();
    void autosaveWithoutSave();
    void saveAndReopen();
    void images();
    void maliciousHtml();
    void badTemplateFiles();
    void libraryDuplicateAndDelete();
    void newFromStarter();
    void previewOpensAndFollowsEdits();
    void htmlFileBecomesRawHtmlTemplate();

private:
    // Opens template m_id through the library and waits for the canvas script to connect.
    DesignerWindow* open();
    bool waitForCanvas(DesignerWindow* designer, int revision);
    // addImageFiles, then waits for its answer (the file is read on a worker thread).
    bool addImages(DesignerWindow* designer, const QStringList& paths);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::optional<TemplateStore> m_store;
    std::unique_ptr<TemplatesPage> m_page;
    qint64 m_id = 0;
    bool m_reopened = false; // the test closed and reopened the designer: its undo history is gone
};

void TestGuiDesigner::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("config")).toUtf8());
    const Result<Database> db = Database::open(m_dir->filePath(QStringLiteral("designer.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db.emplace(*db);
    m_store.emplace(*m_db);
    const Result<qint64> id = m_store->create(sampleDocument());
    QVERIFY2(id, qPrintable(id.error()));
    m_id = *id;
    m_page = std::make_unique<TemplatesPage>(*m_db);
}

void TestGuiDesigner::init()
{
    m_reopened = false;
}

// Starting a designer costs seconds (a web page process), so the tests share one: each test ends by undoing
// everything it did, which must bring back exactly the sample document.
void TestGuiDesigner::cleanup()
{
    DesignerWindow* designer = m_page->designer(m_id);
    if (!designer)
        return;
    designer->undoStack()->setIndex(0);
    if (!m_reopened)
        QCOMPARE(designer->document().toJson(), sampleDocument().toJson());
    if (designer->document().toJson() != sampleDocument().toJson()) {
        QPointer<DesignerWindow> guard(designer);
        designer->close();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
        QVERIFY(m_store->save(m_id, sampleDocument()));
        return;
    }
    designer->undoStack()->clear();
    designer->selectBlock({});
    QVERIFY(waitForCanvas(designer, designer->canvas()->revision()));
}

void TestGuiDesigner::cleanupTestCase()
{
    if (DesignerWindow* designer = m_page->designer(m_id)) {
        QPointer<DesignerWindow> guard(designer);
        designer->close();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
    }
    m_page.reset();
}

bool TestGuiDesigner::waitForCanvas(DesignerWindow* designer, int revision)
{
    return QTest::qWaitFor([&] { return designer->canvas()->revision() >= revision && designer->canvasSettled(); },
                           CanvasTimeout);
}

bool TestGuiDesigner::addImages(DesignerWindow* designer, const QStringList& paths)
{
    QSignalSpy added(designer, &DesignerWindow::imageAdded);
    designer->addImageFiles(paths);
    return QTest::qWaitFor([&] { return added.count() == 1; }, CanvasTimeout);
}

DesignerWindow* TestGuiDesigner::open()
{
    if (DesignerWindow* designer = m_page->designer(m_id))
        return designer; // still open from the test before, back at the sample document
    DesignerWindow* designer = m_page->openTemplate(m_id);
    if (!designer || !waitForCanvas(designer, 1))
        return nullptr;
    designer->setThumbnailInterval(0);
    return designer;
}

void TestGuiDesigner::addBlockFromPalette()
{
    DesignerWindow* designer = open();
    QVERIFY(designer);
    // The canvas shows the rendered document, every block addressable.
    QCOMPARE(canvasIds(designer->canvas()), ids("h t d f"));

    designer->selectBlock(QStringLiteral("h"));
    BlockPalette* palette = designer->palette();
    QListWidgetItem* button = palette->entry(QStringLiteral("button"));
    QVERIFY(button);
    const int revision = designer->canvas()->revision();
    QTest::mouseClick(palette->viewport(), Qt::LeftButton, {}, palette->visualItemRect(button).center());

    const TemplateDocument& document = designer->document();
    QCOMPARE(document.blocks.size(), 5);
    const TemplateBlock& added = document.blocks.at(1); // after the selected heading
    QCOMPARE(added.type, TemplateBlock::Type::Button);
    QCOMPARE(designer->selectedBlockId(), added.id);
    QVERIFY(waitForCanvas(designer, revision + 1));
    QCOMPARE(canvasIds(designer->canvas()), ids("h * t d f", added.id));
    QCOMPARE(runJs(designer->canvas(), QStringLiteral("tayoriCanvas.selectedId()")).toString(), added.id);

    // Three columns: one block with three columns.
    designer->addBlock(BlockPalette::ThreeColumns);
    QCOMPARE(document.blocks.size(), 6);
    QCOMPARE(document.blocks.at(2).columns.size(), 3);

    designer->undoStack()->undo();
    designer->undoStack()->undo();
    QCOMPARE(topLevelIds(document), ids("h t d f"));

    designer->undoStack()->redo();
    QCOMPARE(document.blocks.size(), 5);
    QCOMPARE(document.blocks.at(1).id, added.id);

    // Pre-flight: deleting the footer (sender address, unsubscribe link) is reported at once.
    const auto hasCheck = [designer](const QString& code) {
        for (int row = 0; row < designer->checks()->count(); ++row) {
            if (designer->checks()->item(row)->data(Qt::UserRole + 1).toString() == code)
                return true;
        }
        return false;
    };
    QVERIFY(waitForCanvas(designer, designer->canvas()->revision()));
    QVERIFY(!hasCheck(QStringLiteral("no-unsubscribe")));
    designer->selectBlock(QStringLiteral("f"));
    designer->deleteSelected();
    QTRY_VERIFY_WITH_TIMEOUT(hasCheck(QStringLiteral("no-unsubscribe")), CanvasTimeout);
    designer->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!hasCheck(QStringLiteral("no-unsubscribe")), CanvasTimeout);
}

void TestGuiDesigner::editTextOnCanvas()
{
    DesignerWindow* designer = open();
    QVERIFY(designer);
    DesignerCanvas* canvas = designer->canvas();
    const int steps = designer->undoStack()->count();

    // A heading: selected in the page, its text typed, committed by the page's own script over QWebChannel.
    QVERIFY(runJs(canvas, QStringLiteral("tayoriCanvas.select('h')")).toBool());
    QCOMPARE(runJs(canvas, QStringLiteral("tayoriCanvas.editable().getAttribute('contenteditable')")).toString(),
             QStringLiteral("true"));
    runJs(canvas,
          QStringLiteral("tayoriCanvas.editable().innerText = 'Autumn <news> & more'; tayoriCanvas.commit(false)"));
    QTRY_COMPARE_WITH_TIMEOUT(designer->document().block(QStringLiteral("h"))->text(QStringLiteral("text")),
                              QStringLiteral("Autumn <news> & more"),
                              CanvasTimeout);
    // More typing in the same session is the same undo step.
    runJs(canvas, QStringLiteral("tayoriCanvas.editable().innerText = 'Autumn news'; tayoriCanvas.commit(false)"));
    QTRY_COMPARE_WITH_TIMEOUT(designer->document().block(QStringLiteral("h"))->text(QStringLiteral("text")),
                              QStringLiteral("Autumn news"),
                              CanvasTimeout);
    QCOMPARE(designer->undoStack()->count(), steps + 1);

    // A text block: formatting kept, stray markup (scripts, styles, unknown elements) never saved.
    const int revision = canvas->revision();
    QVERIFY(runJs(canvas, QStringLiteral("tayoriCanvas.select('t')")).toBool());
    runJs(canvas,
          QStringLiteral("tayoriCanvas.editable().innerHTML = '<p>New <b>bold</b> <i>words</i> "
                         "<span style=\"font-size:40px\">big</span><img src=x onerror=alert(1)>"
                         "<script>alert(2)</script></p>'; tayoriCanvas.commit(true)"));
    QTRY_VERIFY2_WITH_TIMEOUT(
        designer->document()
            .block(QStringLiteral("t"))
            ->text(QStringLiteral("html"))
            .contains(QStringLiteral("<b>bold</b>")),
        qPrintable(designer->document().block(QStringLiteral("t"))->text(QStringLiteral("html"))
                   + QStringLiteral(" / page: ")
                   + runJs(canvas,
                           QStringLiteral("tayoriCanvas.selectedId() + ' ' + (tayoriCanvas.editable() ? "
                                          "tayoriCanvas.editable().outerHTML : 'none')"))
                         .toString()),
        CanvasTimeout);
    const QString html = designer->document().block(QStringLiteral("t"))->text(QStringLiteral("html"));
    QVERIFY2(html.contains(QStringLiteral("<i>words</i>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("big")), qPrintable(html));
    for (const char* stray : {"<img", "onerror", "script", "font-size", "style="})
        QVERIFY2(!html.contains(QLatin1String(stray)), qPrintable(html));
    // Editing ended with markup removed: the canvas is loaded again and shows what was saved.
    QVERIFY(waitForCanvas(designer, revision + 1));
    QCOMPARE(runJs(canvas, QStringLiteral("document.querySelector('[data-block-id=\"t\"] img') === null")).toBool(),
             true);

    designer->undoStack()->undo();
    QCOMPARE(designer->document().block(QStringLiteral("t"))->text(QStringLiteral("html")),
             QStringLiteral("<p>First text</p>"));
    designer->undoStack()->undo();
    QCOMPARE(designer->document().block(QStringLiteral("h"))->text(QStringLiteral("text")), QStringLiteral("Hello"));
    designer->undoStack()->redo();
    QCOMPARE(designer->document().block(QStringLiteral("h"))->text(QStringLiteral("text")),
             QStringLiteral("Autumn news"));
}

// The floating toolbar's own buttons (bold, italic, colour, lists) on a selection in a text block: what they make is
// what the sanitiser keeps, so it is saved.
void TestGuiDesigner::formattingToolbar()
{
    DesignerWindow* designer = open();
    QVERIFY(designer);
    DesignerCanvas* canvas = designer->canvas();
    QVERIFY(runJs(canvas, QStringLiteral("tayoriCanvas.select('t')")).toBool());
    const QString selectWord
        = QStringLiteral("(function(word){var e=tayoriCanvas.editable(); e.focus();"
                         "var w=document.createTreeWalker(e, NodeFilter.SHOW_TEXT), n;"
                         "while((n=w.nextNode())){var i=n.data.indexOf(word); if(i>=0){var r=document.createRange();"
                         "r.setStart(n,i); r.setEnd(n,i+word.length); var s=window.getSelection();"
                         "s.removeAllRanges(); s.addRange(r); return true;}} return false;})('%1')");
    const QString press = QStringLiteral("Array.from(document.querySelectorAll('#tayori-toolbar button'))"
                                         ".find(function(b){return b.textContent==='%1';}).click(); true");
    runJs(canvas, QStringLiteral("tayoriCanvas.editable().innerHTML = '<p>alpha beta gamma delta</p>'; true"));
    QVERIFY(runJs(canvas, selectWord.arg(QStringLiteral("beta"))).toBool());
    runJs(canvas, press.arg(QStringLiteral("B")));
    QVERIFY(runJs(canvas, selectWord.arg(QStringLiteral("gamma"))).toBool());
    runJs(canvas, press.arg(QStringLiteral("I")));
    QVERIFY(runJs(canvas, selectWord.arg(QStringLiteral("delta"))).toBool());
    runJs(canvas,
          QStringLiteral("(function(){var c=document.querySelector('#tayori-toolbar input[type=color]');"
                         "c.value='#cc0000'; c.dispatchEvent(new Event('change')); return true;})()"));
    QVERIFY(runJs(canvas, selectWord.arg(QStringLiteral("alpha"))).toBool());
    runJs(canvas, press.arg(QStringLiteral("•")));
    runJs(canvas, QStringLiteral("tayoriCanvas.commit(true)"));
    QTRY_VERIFY_WITH_TIMEOUT(
        designer->document().block(QStringLiteral("t"))->text(QStringLiteral("html")).contains(QStringLiteral("<li>")),
        CanvasTimeout);
    const QString html = designer->document().block(QStringLiteral("t"))->text(QStringLiteral("html"));
    QVERIFY2(html.contains(QStringLiteral("<b>beta</b>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<i>gamma</i>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("color")) && html.contains(QStringLiteral(">delta</span>")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<ul>")), qPrintable(html));
    while (designer->document().toJson() != sampleDocument().toJson() && designer->undoStack()->canUndo())
        designer->undoStack()->undo();
    QCOMPARE(designer->document().toJson(), sampleDocument().toJson());
}

// Drags as the page sees them (DragEvents with a DataTransfer, dispatched in the real page): a block's handle
// dropped on the upper half of another block moves it before that block; a palette block dropped on a block is
// added after it.
void TestGuiDesigner::dragAndDropOnTheCanvas()
{
    DesignerWindow* designer = open();
    QVERIFY(designer);
    DesignerCanvas* canvas = designer->canvas();
    const QString drag
        = QStringLiteral("(function(text, fromId, toId, lowerHalf){"
                         "var dt = new DataTransfer();"
                         "if (fromId) {"
                         "  document.querySelector('[data-block-id=\"' + fromId + '\"]')"
                         "    .dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
                         "  document.getElementById('tayori-handle')"
                         "    .dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: dt}));"
                         "} else { dt.setData('text/plain', text); }"
                         "var target = document.querySelector('[data-block-id=\"' + toId + '\"]');"
                         "target.scrollIntoView({block: 'center'});"
                         "var r = target.getBoundingClientRect();"
                         "var o = {bubbles: true, cancelable: true, dataTransfer: dt, clientX: r.left + r.width / 2,"
                         "         clientY: lowerHalf ? r.bottom - 3 : r.top + 3};"
                         "target.dispatchEvent(new DragEvent('dragover', o));"
                         "target.dispatchEvent(new DragEvent('drop', o));"
                         "return dt.getData('text/plain');})(%1)");
    const int steps = designer->undoStack()->count();
    QCOMPARE(runJs(canvas, drag.arg(QStringLiteral("'', 't', 'h', false"))).toString(),
             QStringLiteral("tayori-move:t"));
    QTRY_COMPARE_WITH_TIMEOUT(
        designer->document().blockIds(),
        (QStringList {QStringLiteral("t"), QStringLiteral("h"), QStringLiteral("d"), QStringLiteral("f")}),
        CanvasTimeout);
    QCOMPARE(designer->undoStack()->count(), steps + 1);

    QVERIFY(waitForCanvas(designer, canvas->revision()));
    runJs(canvas, drag.arg(QStringLiteral("'tayori-block:spacer', '', 'h', true")));
    QTRY_COMPARE_WITH_TIMEOUT(designer->document().blocks.size(), 5, CanvasTimeout);
    QCOMPARE(designer->document().blocks.at(2).type, TemplateBlock::Type::Spacer); // after "h"
    designer->undoStack()->undo();
    designer->undoStack()->undo();
    QCOMPARE(designer->document().toJson(), sampleDocument().toJson());
}

void TestGuiDesigner::reorder()
{
    DesignerWindow* designer = open();
    QVERIFY(designer);
    const TemplateDocument& document = designer->document();
    designer->selectBlock(QStringLiteral("t"));
    designer->moveSelected(1);
    QCOMPARE(topLevelIds(document), ids("h d t f"));
    designer->moveSelected(-1);
    designer->moveSelected(-1);
    QCOMPARE(topLevelIds(document), ids("t h d f"));
    designer->moveSelected(-1); // at the top: nothing happens
    QCOMPARE(topLevelIds(document), ids("t h d f"));
    QCOMPARE(designer->selectedBlockId(), QStringLiteral("t"));

    // A drag on the canvas ends in a move request from the page.
    const int revision = designer->canvas()->revision();
    QVERIFY(waitForCanvas(designer, revision));
    runJs(designer->canvas(), QStringLiteral("tayoriCanvas.requestMove('f', 't', false)"));
    QTRY_COMPARE_WITH_TIMEOUT(topLevelIds(document), ids("f t h d"), CanvasTimeout);
    QVERIFY(waitForCanvas(designer, revision + 1));
    QTRY_COMPARE_WITH_TIMEOUT(canvasIds(designer->canvas()), ids("f t h d"), CanvasTimeout);

    designer->undoStack()->undo();
    QCOMPARE(topLevelIds(document), ids("t h d f"));
    designer->undoStack()->undo();
    designer->undoStack()->undo();
    designer->undoStack()->undo();
    QCOMPARE(topLevelIds(document), ids("h t d f"));
}

void TestGuiDesigner::deleteAndDuplicate()
{
    DesignerWindow* designer = open();
    QVERIFY(designer);
    const TemplateDocument& document = designer->document();
    designer->selectBlock(QStringLiteral("t"));
    designer->duplicateSelected();
    QCOMPARE(document.blocks.size(), 5);
    const QString copy = document.blocks.at(2).id;
    QVERIFY(copy != QLatin1String("t"));
    QCOMPARE(document.blocks.at(2).text(QStringLiteral("html")), QStringLiteral("<p>First text</p>"));
    QCOMPARE(designer->selectedBlockId(), copy);

    designer->selectBlock(QStringLiteral("h"));
    designer->deleteSelected();
    QCOMPARE(topLevelIds(document), ids("t * d f", copy));
    QVERIFY(designer->selectedBlockId().isEmpty());

    designer->undoStack()->undo();
    QCOMPARE(topLevelIds(document), ids("h t * d f", copy));
    designer->undoStack()->undo();
    QCOMPARE(topLevelIds(document), ids("h t d f"));
    designer->undoStack()->redo(); // the same copy comes back, same id
    QCOMPARE(topLevelIds(document), ids("h t * d f", copy));
}

void TestGuiDesigner::propertyPanelAndSettings()
{
    DesignerWindow* designer = open();
    QVERIFY(designer);
    const int steps = designer->undoStack()->count();
    designer->selectBlock(QStringLiteral("h"));
    auto* text = qobject_cast<QLineEdit*>(designer->propertyPanel()->editor(QStringLiteral("text")));
    QVERIFY(text);
    QCOMPARE(text->text(), QStringLiteral("Hello"));
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Typed"));
    QCOMPARE(designer->document().block(QStringLiteral("h"))->text(QStringLiteral("text")), QStringLiteral("Typed"));
    QCOMPARE(designer->undoStack()->count(), steps + 1); // five keystrokes, one step

    // Nothing selected: the document settings.
    designer->selectBlock({});
    auto* preheader = qobject_cast<QLineEdit*>(designer->propertyPanel()->editor(QStringLiteral("preheader")));
    QVERIFY(preheader);
    QTest::keyClicks(preheader, QStringLiteral("Inside"));
    QCOMPARE(designer->document().settings.preheader, QStringLiteral("Inside"));
    QVERIFY(designer->propertyPanel()->editor(QStringLiteral("contentWidth")));
    designer->undoStack()->undo();
    QCOMPARE(designer->document().settings.preheader, QString());
    QCOMPARE(preheader->text(), QString()); // the panel follows undo
}

void TestGuiDesigner::autosaveWithoutSave()
{
    DesignerWindow* designer = open();
    QVERIFY(designer);
    designer->addBlock(QStringLiteral("spacer"));
    const QByteArray expected = designer->document().toJson();
    QVERIFY(designer->hasUnsavedChanges());
    // Within about a second, with nobody pressing Save, the database holds the edit.
    QTRY_VERIFY_WITH_TIMEOUT(m_store->load(m_id)->toJson() == expected, 3000);
    QVERIFY(!designer->hasUnsavedChanges());
    // …and a thumbnail for the library follows.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const TemplateSummary& summary : m_store->list()) {
                if (summary.id == m_id)
                    return !summary.thumbnailPng.isEmpty();
            }
            return false;
        }(),
        CanvasTimeout);
}

void TestGuiDesigner::saveAndReopen()
{
    DesignerWindow* designer = open();
    QVERIFY(designer);
    designer->selectBlock(QStringLiteral("t"));
    designer->addBlock(QStringLiteral("image"));
    designer->addBlock(QStringLiteral("columns"));
    QVERIFY(runJs(designer->canvas(), QStringLiteral("tayoriCanvas.select('h')")).toBool() || true);
    // Typed into the canvas and not yet committed: closing fetches it first.
    QVERIFY(waitForCanvas(designer, designer->canvas()->revision()));
    runJs(designer->canvas(),
          QStringLiteral("tayoriCanvas.select('h'); tayoriCanvas.editable().innerText = 'Last words'"));
    m_reopened = true;
    QPointer<DesignerWindow> guard(designer);
    designer->close(); // straight away: the autosave timer has not fired
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);

    const Result<TemplateDocument> stored = m_store->load(m_id);
    QVERIFY(stored);
    QCOMPARE(stored->block(QStringLiteral("h"))->text(QStringLiteral("text")), QStringLiteral("Last words"));
    QCOMPARE(stored->blocks.size(), 6);

    DesignerWindow* reopened = open();
    QVERIFY(reopened);
    QCOMPARE(reopened->document().toJson(), stored->toJson());
    QCOMPARE(canvasIds(reopened->canvas()), topLevelIds(*stored));
}

void TestGuiDesigner::images()
{
    DesignerWindow* designer = open();
    QVERIFY(designer);
    const QByteArray before = designer->document().toJson();
    const int steps = designer->undoStack()->count();

    // Not an image.
    const QString fake = m_dir->filePath(QStringLiteral("photo.png"));
    {
        QFile file(fake);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a picture at all");
    }
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(addImages(designer, {fake}));
    QVERIFY(!MessageBox::lastText().isEmpty());
    QCOMPARE(designer->document().toJson(), before);
    QCOMPARE(designer->undoStack()->count(), steps);

    // 50 MB: refused by its size, before it is read.
    const QString huge = m_dir->filePath(QStringLiteral("huge.jpg"));
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(50LL * 1024 * 1024));
    }
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(addImages(designer, {huge}));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("50")), qPrintable(MessageBox::lastText()));
    QCOMPARE(designer->document().toJson(), before);
    QFile::remove(huge);

    // A real picture, wider than the mail: a new image block at the content width, served to the canvas.
    QImage picture(1000, 200, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    const QString png = m_dir->filePath(QStringLiteral("banner.png"));
    QVERIFY(picture.save(png, "PNG"));
    designer->selectBlock(QStringLiteral("h"));
    const int revision = designer->canvas()->revision();
    QVERIFY(addImages(designer, {png}));
    QCOMPARE(designer->document().blocks.size(), 5);
    const TemplateBlock& image = designer->document().blocks.at(1);
    QCOMPARE(image.type, TemplateBlock::Type::Image);
    QVERIFY2(image.text(QStringLiteral("src")).startsWith(QStringLiteral("asset:")),
             qPrintable(image.text(QStringLiteral("src"))));
    QCOMPARE(image.integer(QStringLiteral("width"), 0), 600);
    QCOMPARE(designer->undoStack()->count(), steps + 1); // block, picture and width: one step
    QVERIFY(waitForCanvas(designer, revision + 1));
    const QString naturalWidth
        = QStringLiteral("(function(){var i=document.querySelector('[data-block-id=\"%1\"] img');"
                         "return i && i.complete ? i.naturalWidth : 0;})()")
              .arg(image.id);
    QTRY_VERIFY_WITH_TIMEOUT(runJs(designer->canvas(), naturalWidth).toInt() > 0, CanvasTimeout);

    // A second picture onto the selected image block replaces its picture.
    QImage small(300, 100, QImage::Format_RGB32);
    small.fill(Qt::red);
    const QString smallPath = m_dir->filePath(QStringLiteral("small.png"));
    QVERIFY(small.save(smallPath, "PNG"));
    designer->selectBlock(image.id);
    QVERIFY(addImages(designer, {smallPath}));
    QCOMPARE(designer->document().blocks.size(), 5);
    QCOMPARE(designer->document().blocks.at(1).integer(QStringLiteral("width"), 0), 300);
}

void TestGuiDesigner::maliciousHtml()
{
    DesignerWindow* designer = open();
    QVERIFY(designer);
    designer->addBlock(QStringLiteral("html"));
    const QString id = designer->selectedBlockId();
    auto* source = designer->propertyPanel()->findChild<QPlainTextEdit*>(QStringLiteral("htmlSource"));
    auto* apply = designer->propertyPanel()->findChild<QPushButton*>(QStringLiteral("applyHtml"));
    QVERIFY(source && apply);
    source->setPlainText(QStringLiteral("<p onclick=\"steal()\">Hi</p><script>alert(1)</script>"
                                        "<a href=\"javascript:alert(2)\">x</a>"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY2(!MessageBox::lastText().isEmpty(), "the removed items are shown");
    const QString html = designer->document().block(id)->text(QStringLiteral("html"));
    QVERIFY2(html.contains(QStringLiteral("Hi")), qPrintable(html));
    for (const char* bad : {"onclick", "<script", "javascript:"})
        QVERIFY2(!html.contains(QLatin1String(bad)), qPrintable(html));

    // Huge: refused, nothing changed.
    const QByteArray before = designer->document().toJson();
    source->setPlainText(QStringLiteral("<p>A paragraph pasted many times over.</p>\n").repeated(40000));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("KB")));
    QCOMPARE(designer->document().toJson(), before);
}

void TestGuiDesigner::badTemplateFiles()
{
    const int templates = m_page->list()->count();
    const QString corrupt = m_dir->filePath(QStringLiteral("corrupt.json"));
    const QString newer = m_dir->filePath(QStringLiteral("newer.json"));
    {
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"tayori-template\", \"version\": 1, \"blocks\": [ {\"id\": ");
        QFile future(newer);
        QVERIFY(future.open(QIODevice::WriteOnly));
        future.write(R"({"format": "tayori-template", "version": 99, "kind": "blocks", "name": "x", "blocks": []})");
    }
    for (const QString& path : {corrupt, newer}) {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        m_page->importFile(path);
        QVERIFY2(MessageBox::lastText().contains(path), qPrintable(MessageBox::lastText()));
        QCOMPARE(m_page->list()->count(), templates);
    }
    // A good export comes back as a new template.
    const QString exported = m_dir->filePath(QStringLiteral("exported.json"));
    m_page->selectTemplate(m_id);
    m_page->exportCurrent(exported);
    QVERIFY(QFile::exists(exported));
    m_page->importFile(exported);
    QCOMPARE(m_page->list()->count(), templates + 1);
    const qint64 imported = m_page->currentId();
    QVERIFY(imported != m_id);
    QCOMPARE(m_store->load(imported)->blocks.size(), sampleDocument().blocks.size());
    QVERIFY(m_store->remove(imported));
    m_page->reload();
}

void TestGuiDesigner::libraryDuplicateAndDelete()
{
    const int templates = m_page->list()->count();
    m_page->selectTemplate(m_id);
    m_page->duplicateCurrent();
    QCOMPARE(m_page->list()->count(), templates + 1);
    const qint64 copy = m_page->currentId();
    QVERIFY(copy != m_id);
    QCOMPARE(m_store->load(copy)->toJsonObject().value(QStringLiteral("blocks")),
             m_store->load(m_id)->toJsonObject().value(QStringLiteral("blocks")));

    // A scheduled campaign is sent from it: refused with the campaign's name, before any question.
    Campaign campaign;
    campaign.name = QStringLiteral("年末のご挨拶");
    campaign.subject = campaign.name;
    campaign.fromAddress = QStringLiteral("info@example.jp");
    campaign.templateId = copy;
    CampaignStore campaigns(*m_db);
    const Result<qint64> campaignId = campaigns.createDraft(campaign);
    QVERIFY(campaignId);
    QVERIFY(campaigns.schedule(*campaignId, QDateTime::currentDateTimeUtc().addDays(3)));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_page->deleteCurrent();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("scheduled campaign “年末のご挨拶”")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(m_page->list()->count(), templates + 1);
    QVERIFY(m_store->load(copy));
    QVERIFY(campaigns.unschedule(*campaignId));
    QVERIFY(campaigns.remove(*campaignId));

    MessageBox::setNextAnswer(QMessageBox::No);
    m_page->deleteCurrent();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("(copy)")));
    QCOMPARE(m_page->list()->count(), templates + 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_page->deleteCurrent();
    QCOMPARE(m_page->list()->count(), templates);
    QVERIFY(!m_store->load(copy));
}

void TestGuiDesigner::newFromStarter()
{
    const QList<NewTemplateDialog::Choice> choices = NewTemplateDialog::choices();
    QVERIFY2(choices.size() >= 2 + 8, "blank in two languages and the eight starters");
    const int templates = m_page->list()->count();

    // Blank: heading, text and the footer the law asks for.
    const Result<qint64> blank = m_page->createTemplate(choices.at(0).make());
    QVERIFY2(blank, qPrintable(blank.error()));
    const Result<TemplateDocument> blankDocument = m_store->load(*blank);
    QVERIFY(blankDocument);
    QCOMPARE(blankDocument->blocks.size(), 3);
    QCOMPARE(blankDocument->blocks.last().type, TemplateBlock::Type::Footer);

    // A starter comes with its pictures: every asset its image blocks name is in the store.
    const Result<qint64> starter = m_page->createTemplate(choices.at(2).make());
    QVERIFY2(starter, qPrintable(starter.error()));
    QCOMPARE(m_page->list()->count(), templates + 2);
    const Result<TemplateDocument> starterDocument = m_store->load(*starter);
    QVERIFY(starterDocument);
    QStringList stored;
    for (const TemplateAsset& asset : m_store->assets(*starter))
        stored << asset.name;
    QVERIFY(!stored.isEmpty());
    for (const QString& id : starterDocument->blockIds()) {
        const TemplateBlock* block = starterDocument->block(id);
        const QString src = block->text(QStringLiteral("src"));
        if (block->type == TemplateBlock::Type::Image && src.startsWith(QStringLiteral("asset:")))
            QVERIFY2(stored.contains(src.mid(6)), qPrintable(src));
    }
    QVERIFY(m_store->remove(*blank));
    QVERIFY(m_store->remove(*starter));
    m_page->reload();
}

void TestGuiDesigner::previewOpensAndFollowsEdits()
{
    DesignerWindow* designer = open();
    QVERIFY(designer);
    QSignalSpy requested(designer, &DesignerWindow::previewRequested);
    designer->openPreview();
    QCOMPARE(requested.count(), 1);
    auto* preview = designer->previewDialog();
    QVERIFY(preview);
    QVERIFY(preview->isVisible());
    QTRY_VERIFY(preview->pane()->shownText().contains(QStringLiteral("Hello")));

    // An edit in the designer reaches the open preview without reopening it.
    designer->selectBlock(QStringLiteral("h"));
    auto* text = qobject_cast<QLineEdit*>(designer->propertyPanel()->editor(QStringLiteral("text")));
    QVERIFY(text);
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Followed"));
    QTRY_VERIFY_WITH_TIMEOUT(preview->pane()->shownText().contains(QStringLiteral("Followed")), 5000);
    QVERIFY(preview->pane()->shownSource().contains(QStringLiteral("Followed")));

    // Preview again: the same window, not a second one.
    designer->openPreview();
    QCOMPARE(designer->findChildren<PreviewDialog*>().size(), 1);
    designer->undoStack()->undo();
    preview->close();
}

// Mail HTML made elsewhere: imported as a raw-HTML template, cleaned on the way in, edited as a whole in the panel.
void TestGuiDesigner::htmlFileBecomesRawHtmlTemplate()
{
    const int templates = m_page->list()->count();
    const QString path = m_dir->filePath(QStringLiteral("december.html"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<html><body><p onclick=\"steal()\">Hi {{first_name}}</p><script>alert(1)</script>"
                   "<a href=\"{{unsubscribe_url}}\">stop</a></body></html>");
    }
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_page->importFile(path);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("script")), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_page->list()->count(), templates + 1);
    const qint64 id = m_page->currentId();
    const Result<TemplateDocument> stored = m_store->load(id);
    QVERIFY(stored);
    QCOMPARE(stored->kind, TemplateDocument::Kind::Html);
    QCOMPARE(stored->name, QStringLiteral("december"));
    QVERIFY(stored->html.contains(QStringLiteral("Hi {{first_name}}")));
    QVERIFY(!stored->html.contains(QStringLiteral("<script")));
    QVERIFY(!stored->html.contains(QStringLiteral("onclick")));

    DesignerWindow* designer = m_page->openTemplate(id);
    QVERIFY(designer && waitForCanvas(designer, 1));
    auto* source = qobject_cast<QPlainTextEdit*>(designer->propertyPanel()->editor(QStringLiteral("html")));
    QVERIFY(source);
    QCOMPARE(source->toPlainText(), stored->html);
    source->setPlainText(QStringLiteral("<p>Changed {{last_name}}</p><a href=\"javascript:x()\">bad</a>"));
    auto* apply = designer->propertyPanel()->findChild<QPushButton*>(QStringLiteral("applyHtml"));
    QVERIFY(apply);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    apply->click();
    QVERIFY(designer->document().html.contains(QStringLiteral("Changed {{last_name}}")));
    QVERIFY(!designer->document().html.contains(QStringLiteral("javascript:")));
    designer->undoStack()->undo();
    QCOMPARE(designer->document().html, stored->html);
    QPointer<DesignerWindow> guard(designer);
    designer->close(); // asynchronous: it fetches the canvas's last text, then saves
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
    QVERIFY(m_store->remove(id));
    m_page->reload();
}

int main(int argc, char* argv[])
{
    CanvasSchemeHandler::registerScheme(); // before QtWebEngine starts, as the app does
    QApplication app(argc, argv);
    TestGuiDesigner test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_designer.moc"

// The starter templates in a real browser engine: each rendered mail is loaded into QtWebEngine at phone (320,
// 375), tablet (768) and desktop (1024) widths; nothing may stick out sideways and every picture must load and
// carry alt text. The pictures come from a URL scheme of this test's own, so no network is involved.
#include <QBuffer>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QWebEngineUrlSchemeHandler>
#include <QWebEngineView>
#include <QtTest>

#include "templates/StarterTemplates.h"
#include "templates/TemplateRenderer.h"

namespace {
const QByteArray scheme = QByteArrayLiteral("tayori-test");

// Serves pages and pictures from memory: path → (MIME type, bytes).
class MemorySchemeHandler : public QWebEngineUrlSchemeHandler
{
public:
    void add(const QString& path, const QByteArray& mimeType, const QByteArray& data)
    {
        m_files.insert(path, {mimeType, data});
    }

    void requestStarted(QWebEngineUrlRequestJob* job) override
    {
        const auto file = m_files.constFind(job->requestUrl().path());
        if (file == m_files.cend()) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        auto* buffer = new QBuffer(job);
        buffer->setData(file->second);
        buffer->open(QIODevice::ReadOnly);
        job->reply(file->first, buffer);
    }

private:
    QHash<QString, std::pair<QByteArray, QByteArray>> m_files;
};

// What the page reports at one width; the overflow list names the elements that reach past the right edge,
// innermost first, so a failure says which block to fix.
const QString measureScript = QStringLiteral(R"JS(
(() => {
  const width = window.innerWidth;
  const describe = (e) => {
    let s = e.tagName.toLowerCase();
    const block = e.closest('[data-block-id]');
    if (e.className && typeof e.className === 'string') s += '.' + e.className.trim().split(/\s+/).join('.');
    if (e.getAttribute('width')) s += '[width=' + e.getAttribute('width') + ']';
    if (e.getAttribute('style')) s += '[style="' + e.getAttribute('style').slice(0, 120) + '"]';
    const r = e.getBoundingClientRect();
    return s + ' right=' + Math.round(r.right) + ' width=' + Math.round(r.width);
  };
  const overflow = [];
  for (const e of document.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.width > 0 && r.right > width + 0.5
        && !Array.from(e.children).some((c) => c.getBoundingClientRect().right > width + 0.5))
      overflow.push(describe(e));
  }
  return {
    innerWidth: width,
    scrollWidth: document.documentElement.scrollWidth,
    images: Array.from(document.images).map((i) => ({src: i.getAttribute('src'), alt: i.getAttribute('alt') || '',
                                                     complete: i.complete, naturalWidth: i.naturalWidth})),
    overflow: overflow.slice(0, 8),
  };
})()
)JS");
} // namespace

class TestStarterRendering : public QObject
{
    Q_OBJECT

private:
    QWebEngineProfile* m_profile = nullptr;
    MemorySchemeHandler* m_handler = nullptr;
    QWebEngineView* m_view = nullptr;
    QWebEnginePage* m_page = nullptr;

    bool load(const QUrl& url)
    {
        QEventLoop loop;
        bool finished = false;
        bool ok = false;
        auto connection = connect(m_page, &QWebEnginePage::loadFinished, &loop, [&](bool success) {
            finished = true;
            ok = success;
            loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        m_page->load(url);
        loop.exec();
        disconnect(connection);
        return finished && ok;
    }

    QVariant runJavaScript(const QString& script)
    {
        QEventLoop loop;
        QVariant result;
        bool done = false;
        m_page->runJavaScript(script, [&](const QVariant& value) {
            result = value;
            done = true;
            loop.quit();
        });
        if (!done) {
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return result;
    }

    // Resizes the view and waits until the page has laid itself out at the new width.
    bool resizeTo(int width)
    {
        m_view->resize(width, 900);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000) {
            if (runJavaScript(QStringLiteral("window.innerWidth")).toInt() == width)
                return true;
            QTest::qWait(20);
        }
        return false;
    }

    bool imagesSettled()
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000) {
            if (runJavaScript(QStringLiteral("Array.from(document.images).every((i) => i.complete)")).toBool())
                return true;
            QTest::qWait(20);
        }
        return false;
    }

    // Empty when the page fits `width` and every image loaded with alt text; otherwise what is wrong.
    QStringList problemsAt(int width)
    {
        if (!resizeTo(width))
            return {QStringLiteral("the page did not take the width %1").arg(width)};
        const QVariantMap measured = runJavaScript(measureScript).toMap();
        QStringList problems;
        const int scrollWidth = measured.value(QStringLiteral("scrollWidth")).toInt();
        const int innerWidth = measured.value(QStringLiteral("innerWidth")).toInt();
        if (innerWidth != width || scrollWidth > innerWidth) {
            problems.append(
                QStringLiteral("%1 px: scrollWidth %2 > innerWidth %3; overflowing: %4")
                    .arg(width)
                    .arg(scrollWidth)
                    .arg(innerWidth)
                    .arg(measured.value(QStringLiteral("overflow")).toStringList().join(QStringLiteral("; "))));
        }
        const QVariantList images = measured.value(QStringLiteral("images")).toList();
        for (const QVariant& value : images) {
            const QVariantMap image = value.toMap();
            const QString src = image.value(QStringLiteral("src")).toString();
            if (image.value(QStringLiteral("alt")).toString().trimmed().isEmpty())
                problems.append(QStringLiteral("%1 px: image %2 has no alt text").arg(width).arg(src));
            if (image.value(QStringLiteral("naturalWidth")).toInt() <= 0)
                problems.append(QStringLiteral("%1 px: image %2 did not load").arg(width).arg(src));
        }
        return problems;
    }

    static QList<int> widths() { return {320, 375, 768, 1024}; }

    // For a person to look at: TAYORI_STARTER_SCREENSHOTS=DIR saves each starter at each width, full length.
    void saveScreenshots(const QString& name)
    {
        const QString dir = qEnvironmentVariable("TAYORI_STARTER_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        for (int width : widths()) {
            resizeTo(width);
            const int height = runJavaScript(QStringLiteral("document.documentElement.scrollHeight")).toInt();
            m_view->resize(width, qBound(200, height, 6000));
            QTest::qWait(300);
            m_view->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, name).arg(width));
        }
    }

private slots:
    void initTestCase()
    {
        m_profile = new QWebEngineProfile(this); // off the record: nothing written to disk
        m_handler = new MemorySchemeHandler;
        m_handler->setParent(m_profile);
        m_profile->installUrlSchemeHandler(scheme, m_handler);
        m_view = new QWebEngineView;
        m_page = new QWebEnginePage(m_profile, m_view);
        m_view->setPage(m_page);
        m_view->show();

        // A picture every page may use, and pages that prove the checks can fail.
        const QByteArray png = QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        m_handler->add(QStringLiteral("/harness/dot.png"), QByteArrayLiteral("image/png"), png);
        m_handler->add(QStringLiteral("/harness/fits.html"),
                       QByteArrayLiteral("text/html;charset=utf-8"),
                       QByteArrayLiteral("<!doctype html><meta name=viewport content='width=device-width'>"
                                         "<body style='margin:0'><img src='dot.png' alt='dot' width=300 "
                                         "style='max-width:100%'><p>fits</p></body>"));
        m_handler->add(QStringLiteral("/harness/wide.html"),
                       QByteArrayLiteral("text/html;charset=utf-8"),
                       QByteArrayLiteral("<!doctype html><body style='margin:0'><table width=500 class=wide>"
                                         "<tr><td>too wide for a phone</td></tr></table></body>"));
        m_handler->add(QStringLiteral("/harness/broken.html"),
                       QByteArrayLiteral("text/html;charset=utf-8"),
                       QByteArrayLiteral("<!doctype html><body><img src='missing.png' alt='gone'>"
                                         "<img src='dot.png' alt=''></body>"));
    }

    void cleanupTestCase() { delete m_view; }

    // The harness itself: a page that fits passes, one that overflows or has broken images does not.
    void harnessPassesAFittingPage()
    {
        QVERIFY(load(QUrl(QStringLiteral("tayori-test:/harness/fits.html"))));
        QVERIFY(imagesSettled());
        for (int width : widths()) {
            const QStringList problems = problemsAt(width);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }

    void harnessFindsOverflow()
    {
        QVERIFY(load(QUrl(QStringLiteral("tayori-test:/harness/wide.html"))));
        const QStringList narrow = problemsAt(320);
        QCOMPARE(narrow.size(), 1);
        QVERIFY2(narrow[0].contains(QStringLiteral("scrollWidth 500")), qPrintable(narrow[0]));
        QVERIFY2(narrow[0].contains(QStringLiteral("td")), qPrintable(narrow[0])); // names the culprit
        QVERIFY(problemsAt(768).isEmpty());
    }

    void harnessFindsBrokenImages()
    {
        QVERIFY(load(QUrl(QStringLiteral("tayori-test:/harness/broken.html"))));
        QVERIFY(imagesSettled());
        const QStringList problems = problemsAt(1024);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems[0].contains(QStringLiteral("missing.png did not load")), qPrintable(problems[0]));
        QVERIFY2(problems[1].contains(QStringLiteral("dot.png has no alt")), qPrintable(problems[1]));
    }

    void starter_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("language");
        for (const StarterTemplate& starter : StarterTemplates::list())
            QTest::newRow(qPrintable(starter.id + QLatin1Char('-') + starter.language))
                << starter.id << starter.language;
    }

    void starter()
    {
#ifndef TAYORI_HAVE_RENDERER
        QSKIP("TemplateRenderer is not in this build yet");
#else
        QFETCH(QString, id);
        QFETCH(QString, language);
        const auto loaded = StarterTemplates::load(id, language);
        QVERIFY2(loaded, qPrintable(loaded.error()));

        // Hosted images from this test's scheme: the page finds them the way a mail finds the web endpoint's.
        const QString folder = QStringLiteral("/%1-%2/").arg(id, language);
        RenderOptions options;
        options.images = RenderOptions::Images::Hosted;
        options.assetBaseUrl = QString::fromLatin1(scheme) + QLatin1Char(':') + folder;
        const RenderedTemplate rendered = TemplateRenderer::render(loaded->document, options);
        QVERIFY(!rendered.html.isEmpty());
        for (const TemplateAsset& asset : loaded->assets)
            m_handler->add(folder + asset.name, asset.mimeType, asset.data);
        m_handler->add(folder + QStringLiteral("index.html"),
                       QByteArrayLiteral("text/html;charset=utf-8"),
                       rendered.html.toUtf8());

        QVERIFY(load(QUrl(QString::fromLatin1(scheme) + QLatin1Char(':') + folder + QStringLiteral("index.html"))));
        QVERIFY(imagesSettled());
        QCOMPARE(runJavaScript(QStringLiteral("document.images.length")).toInt(), loaded->assets.size());
        QStringList problems;
        for (int width : widths())
            problems += problemsAt(width);
        saveScreenshots(QStringLiteral("%1-%2").arg(id, language));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
#endif
    }
};

int main(int argc, char** argv)
{
    // A custom scheme must be known before the first QtWebEngine object exists.
    QWebEngineUrlScheme testScheme(scheme);
    testScheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    testScheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::ContentSecurityPolicyIgnored);
    QWebEngineUrlScheme::registerScheme(testScheme);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // as QtWebEngine asks of a QApplication
    QApplication app(argc, argv);
    TestStarterRendering test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_starter_rendering.moc"

// Tests of the web endpoints: template images served in-process over real HTTP on loopback, and `tayori-cli serve`
// run as a process serving the same database.
#include <QBuffer>
#include <QEventLoop>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "templates/TemplateStore.h"
#include "web/WebServer.h"

namespace {
struct Reply
{
    int status = 0;
    QByteArray contentType;
    QByteArray cacheControl;
    QByteArray body;
};

Reply fetch(const QUrl& url, const QByteArray& verb = QByteArrayLiteral("GET"))
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    QNetworkReply* reply = network.sendCustomRequest(request, verb);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                  reply->rawHeader("Cache-Control"),
                  reply->readAll()};
    reply->deleteLater();
    return result;
}

QByteArray png(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

class TestWebServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("web.sqlite"));
        auto database = Database::open(m_path);
        QVERIFY2(database, qPrintable(database.error()));
        m_database.emplace(*database);
        TemplateStore store(*m_database);
        TemplateDocument document;
        document.name = QStringLiteral("Hosted");
        auto id = store.create(document);
        QVERIFY2(id, qPrintable(id.error()));
        m_templateId = *id;
        auto asset = store.addAsset(m_templateId, QStringLiteral("logo.png"), png(120, 40), 600);
        QVERIFY2(asset, qPrintable(asset.error()));
        m_asset = *asset;
    }

    void assetBaseUrl_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "https://news.example.jp"
                               << "https://news.example.jp/a/7/";
        QTest::newRow("slash") << "https://news.example.jp/"
                               << "https://news.example.jp/a/7/";
        QTest::newRow("path") << "https://example.jp/mail//"
                              << "https://example.jp/mail/a/7/";
    }

    void assetBaseUrl()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        QCOMPARE(WebServer::assetBaseUrl(base, 7), expected);
    }

    void servesTemplateImages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<int>("status");
        QTest::newRow("the image") << "/a/%1/logo.png" << QByteArray("GET") << 200;
        QTest::newRow("another name") << "/a/%1/other.png" << QByteArray("GET") << 404;
        QTest::newRow("another template") << "/a/999/logo.png" << QByteArray("GET") << 404;
        QTest::newRow("not a number") << "/a/x/logo.png" << QByteArray("GET") << 404;
        QTest::newRow("escaped traversal") << "/a/%1/..%2Fweb.sqlite" << QByteArray("GET") << 404;
        QTest::newRow("nothing there") << "/" << QByteArray("GET") << 404;
        QTest::newRow("POST") << "/a/%1/logo.png" << QByteArray("POST") << 404;
    }

    void servesTemplateImages()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, verb);
        QFETCH(int, status);
        WebServer server(*m_database);
        const Result<quint16> port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port, qPrintable(port.error()));
        const QString resolved = path.contains(QLatin1String("%1")) ? path.arg(m_templateId) : path;
        const Reply reply
            = fetch(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port) + resolved, QUrl::TolerantMode), verb);
        QCOMPARE(reply.status, status);
        if (status == 200) {
            QCOMPARE(reply.contentType, QByteArrayLiteral("image/png"));
            QCOMPARE(reply.body, m_asset.data);
            QVERIFY(reply.cacheControl.contains("immutable"));
        } else {
            QVERIFY(reply.body != m_asset.data);
        }
    }

    void refusesAPortInUse()
    {
        WebServer first(*m_database);
        const Result<quint16> port = first.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        WebServer second(*m_database);
        const Result<quint16> again = second.listen(QHostAddress::LocalHost, *port);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QString::number(*port)), qPrintable(again.error()));
    }

    // `tayori-cli serve` as a process: says where it listens, serves the image, stops on SIGTERM with exit 0.
    void serveCommand()
    {
        QProcess serve;
        serve.start(qEnvironmentVariable("TAYORI_CLI"),
                    {QStringLiteral("--db"),
                     m_path,
                     QStringLiteral("--json"),
                     QStringLiteral("serve"),
                     QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0")});
        QVERIFY(serve.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine(), 10000);
        const QJsonObject started = QJsonDocument::fromJson(serve.readLine()).object();
        const QString listen = started.value(QStringLiteral("listen")).toString();
        QVERIFY2(listen.startsWith(QStringLiteral("127.0.0.1:")) && !listen.endsWith(QStringLiteral(":0")),
                 qPrintable(listen));
        const Reply reply = fetch(QUrl(QStringLiteral("http://%1/a/%2/logo.png").arg(listen).arg(m_templateId)));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, m_asset.data);
        serve.terminate();
        QVERIFY(serve.waitForFinished(5000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
    }

    void serveUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no port") << QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1")};
        QTest::newRow("bad address") << QStringList {QStringLiteral("--listen"), QStringLiteral("localhost:80x")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--port"), QStringLiteral("80")};
    }

    void serveUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QProcess serve;
        serve.start(qEnvironmentVariable("TAYORI_CLI"),
                    QStringList {QStringLiteral("--db"), m_path, QStringLiteral("serve")} + arguments);
        QVERIFY(serve.waitForFinished(10000));
        QCOMPARE(serve.exitCode(), 2);
        QVERIFY(serve.readAllStandardError().contains("--listen"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<Database> m_database;
    qint64 m_templateId = 0;
    TemplateAsset m_asset;
};

QTEST_GUILESS_MAIN(TestWebServer)
#include "tst_webserver.moc"

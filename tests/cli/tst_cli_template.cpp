// tayori-cli template … run as a process, as a script would: list/import/export round trip, render personalised
// from --data and --contact, exit 1 with the reason on a bad template, exit 2 on a usage error.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "CliProcess.h"
#include "contacts/ContactRepository.h"
#include "storage/Database.h"

namespace {
using Run = CliRun;

QByteArray logoPng()
{
    QImage image(120, 40, QImage::Format_RGB32);
    image.fill(QColor(0x1d, 0x4e, 0xd8));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "png");
    return bytes;
}

// A template file as Tayori exports it: a greeting with merge fields, an image embedded as an asset, a footer.
QJsonObject templateFile(const QString& name)
{
    const QJsonArray blocks {
        QJsonObject {{QStringLiteral("id"), QStringLiteral("h")},
                     {QStringLiteral("type"), QStringLiteral("heading")},
                     {QStringLiteral("text"), QStringLiteral("{{last_name|お客様}} 様、こんにちは")}},
        QJsonObject {{QStringLiteral("id"), QStringLiteral("t")},
                     {QStringLiteral("type"), QStringLiteral("text")},
                     {QStringLiteral("html"),
                      QStringLiteral("<p>今月のお知らせです。ご契約のプランは {{plan|未設定}} です。"
                                     "新しいサービスの案内と、来月の休業日をお知らせします。</p>")}},
        QJsonObject {{QStringLiteral("id"), QStringLiteral("i")},
                     {QStringLiteral("type"), QStringLiteral("image")},
                     {QStringLiteral("src"), QStringLiteral("asset:logo.png")},
                     {QStringLiteral("alt"), QStringLiteral("ロゴ")}},
        QJsonObject {{QStringLiteral("id"), QStringLiteral("f")},
                     {QStringLiteral("type"), QStringLiteral("footer")},
                     {QStringLiteral("senderName"), QStringLiteral("株式会社サンプル")},
                     {QStringLiteral("address"), QStringLiteral("東京都千代田区1-1")}},
    };
    const QJsonArray assets {QJsonObject {{QStringLiteral("name"), QStringLiteral("logo.png")},
                                          {QStringLiteral("mimeType"), QStringLiteral("image/png")},
                                          {QStringLiteral("width"), 120},
                                          {QStringLiteral("height"), 40},
                                          {QStringLiteral("data"), QString::fromLatin1(logoPng().toBase64())}}};
    return {{QStringLiteral("format"), QStringLiteral("tayori-template")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("kind"), QStringLiteral("blocks")},
            {QStringLiteral("name"), name},
            {QStringLiteral("language"), QStringLiteral("ja")},
            {QStringLiteral("blocks"), blocks},
            {QStringLiteral("assets"), assets}};
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestCliTemplate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listImportExportRoundTrip();
    void renderWithData();
    void renderAsContact();
    void renderWithoutPersonalisationKeepsFields();
    void badTemplateExitsOne_data();
    void badTemplateExitsOne();
    void failuresExitOne_data();
    void failuresExitOne();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    Run cli(const QStringList& arguments);
    QString write(const QString& name, const QByteArray& bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliTemplate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("cli.sqlite"));
}

Run TestCliTemplate::cli(const QStringList& arguments)
{
    return CliProcess::run(m_db, arguments);
}

QString TestCliTemplate::write(const QString& name, const QByteArray& bytes)
{
    return CliProcess::writeFixture(m_dir->path(), name, bytes);
}

void TestCliTemplate::listImportExportRoundTrip()
{
    Run run = cli({QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json(), (QJsonObject {{QStringLiteral("templates"), QJsonArray()}}));

    const QJsonObject original = templateFile(QStringLiteral("月刊ニュース"));
    const QString file = write(QStringLiteral("news.json"), QJsonDocument(original).toJson());
    run = cli({QStringLiteral("template"), QStringLiteral("import"), file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count('\n'), 1); // exactly one JSON object
    const qint64 id = run.json().value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(run.json().value(QStringLiteral("name")).toString(), QStringLiteral("月刊ニュース"));
    QCOMPARE(run.json().value(QStringLiteral("assets")).toInt(), 1);

    // Without --json the new id is in the sentence; the name is taken now, so it gets " (2)".
    run = cli({QStringLiteral("template"), QStringLiteral("import"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("\"月刊ニュース (2)\" as template %1").arg(id + 1).toUtf8()),
             run.out.constData());

    run = cli({QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray all = run.json().value(QStringLiteral("templates")).toArray();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("blocks"));
    QCOMPARE(all.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("月刊ニュース (2)"));
    QVERIFY(all.at(0).toObject().value(QStringLiteral("updated")).toString().endsWith(QLatin1Char('Z')));
    run = cli({QStringLiteral("template"), QStringLiteral("list")});
    QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("月刊ニュース (2)")));

    const QString exported = m_dir->filePath(QStringLiteral("exported.json"));
    run = cli({QStringLiteral("template"), QStringLiteral("export"), QString::number(id), exported});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject back = QJsonDocument::fromJson(readAll(exported)).object();
    QCOMPARE(back.value(QStringLiteral("name")), original.value(QStringLiteral("name")));
    QCOMPARE(back.value(QStringLiteral("blocks")), original.value(QStringLiteral("blocks")));
    QCOMPARE(back.value(QStringLiteral("assets")), original.value(QStringLiteral("assets")));
}

void TestCliTemplate::renderWithData()
{
    const QString file = write(QStringLiteral("t.json"), QJsonDocument(templateFile(QStringLiteral("t"))).toJson());
    const QString data
        = write(QStringLiteral("d.json"), QStringLiteral(R"({"last_name": "山田", "plan": "ゴールド<b>"})").toUtf8());
    const QString html = m_dir->filePath(QStringLiteral("out.html"));
    const QString text = m_dir->filePath(QStringLiteral("out.txt"));
    const Run run = cli({QStringLiteral("template"),
                         QStringLiteral("render"),
                         file,
                         QStringLiteral("--data"),
                         data,
                         QStringLiteral("--out"),
                         html,
                         QStringLiteral("--text"),
                         text,
                         QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.count('\n'), 1);
    QCOMPARE(run.json().value(QStringLiteral("personalised")).toString(), QStringLiteral("data"));

    const QString htmlText = QString::fromUtf8(readAll(html));
    QVERIFY(htmlText.contains(QStringLiteral("山田 様、こんにちは")));
    QVERIFY(htmlText.contains(QStringLiteral("ゴールド&lt;b&gt;"))); // values are escaped in HTML
    QVERIFY(!htmlText.contains(QStringLiteral("{{")));
    const QString textText = QString::fromUtf8(readAll(text));
    QVERIFY(textText.contains(QStringLiteral("山田 様")));
    QVERIFY(textText.contains(QStringLiteral("ゴールド<b>"))); // … and raw in text
    QVERIFY(!textText.contains(QStringLiteral("{{")));

    // The embedded image is written beside the HTML, which points at it.
    QVERIFY(htmlText.contains(QStringLiteral("src=\"out_files/logo.png\"")));
    QCOMPARE(readAll(m_dir->filePath(QStringLiteral("out_files/logo.png"))), logoPng());
    QCOMPARE(run.json().value(QStringLiteral("assets")).toArray().size(), 1);
}

void TestCliTemplate::renderAsContact()
{
    {
        const Result<Database> database = Database::open(m_db);
        QVERIFY(database.ok());
        ContactRepository repository(*database);
        QVERIFY(repository.ensureCustomField(QStringLiteral("plan"), QStringLiteral("Plan")).ok());
        Contact contact;
        contact.email = QStringLiteral("hanako@example.jp");
        contact.familyName = QStringLiteral("佐藤");
        contact.givenName = QStringLiteral("花子");
        contact.customValues.insert(QStringLiteral("plan"), QStringLiteral("プラチナ"));
        QVERIFY(repository.add(contact).ok());
    }
    const QString file = write(QStringLiteral("t.json"), QJsonDocument(templateFile(QStringLiteral("t"))).toJson());
    const QString html = m_dir->filePath(QStringLiteral("c.html"));
    const Run run = cli({QStringLiteral("template"),
                         QStringLiteral("render"),
                         file,
                         QStringLiteral("--contact"),
                         QStringLiteral("Hanako@Example.jp"),
                         QStringLiteral("--out"),
                         html});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("c.html"), run.out.constData());
    const QString htmlText = QString::fromUtf8(readAll(html));
    QVERIFY(htmlText.contains(QStringLiteral("佐藤 様、こんにちは")));
    QVERIFY(htmlText.contains(QStringLiteral("プラチナ")));
    QVERIFY(!htmlText.contains(QStringLiteral("{{")));
}

void TestCliTemplate::renderWithoutPersonalisationKeepsFields()
{
    const QString file = write(QStringLiteral("t.json"), QJsonDocument(templateFile(QStringLiteral("t"))).toJson());
    const QString html = m_dir->filePath(QStringLiteral("plain.html"));
    const Run run = cli({QStringLiteral("template"), QStringLiteral("render"), file, QStringLiteral("--out"), html});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString htmlText = QString::fromUtf8(readAll(html));
    QVERIFY(htmlText.contains(QStringLiteral("{{last_name|お客様}}")));
    // {{plan}} is not a field this (empty) database knows: a pre-flight finding, printed, not fatal.
    QVERIFY2(run.err.contains("warning:") && run.err.contains("plan"), run.err.constData());
}

void TestCliTemplate::badTemplateExitsOne_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QJsonObject newer = templateFile(QStringLiteral("n"));
    newer.insert(QStringLiteral("version"), 99);
    QJsonObject unknownBlock = templateFile(QStringLiteral("u"));
    unknownBlock.insert(QStringLiteral("blocks"),
                        QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("x")},
                                                 {QStringLiteral("type"), QStringLiteral("carousel")}}});
    QJsonObject badAsset = templateFile(QStringLiteral("a"));
    QJsonArray assets = badAsset.value(QStringLiteral("assets")).toArray();
    QJsonObject asset = assets.at(0).toObject();
    asset.insert(QStringLiteral("data"),
                 QString::fromLatin1(QByteArrayLiteral("<script>alert(1)</script>").toBase64()));
    assets.replace(0, asset);
    badAsset.insert(QStringLiteral("assets"), assets);

    QTest::newRow("not json") << QByteArray("{\"format\": \"tayori-template\", ") << QStringLiteral("JSON is invalid");
    QTest::newRow("not a template") << QByteArray("{\"hello\": 1}") << QStringLiteral("not a Tayori template");
    QTest::newRow("newer version") << QJsonDocument(newer).toJson() << QStringLiteral("newer Tayori");
    QTest::newRow("unknown block type") << QJsonDocument(unknownBlock).toJson() << QStringLiteral("carousel");
    QTest::newRow("asset not an image") << QJsonDocument(badAsset).toJson() << QStringLiteral("\"logo.png\" is not");
}

void TestCliTemplate::badTemplateExitsOne()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString file = write(QStringLiteral("bad.json"), bytes);
    const QString html = m_dir->filePath(QStringLiteral("bad.html"));
    Run run = cli({QStringLiteral("template"), QStringLiteral("render"), file, QStringLiteral("--out"), html});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    QVERIFY2(run.err.contains("bad.json"), run.err.constData());
    QVERIFY(!QFile::exists(html));

    // Import refuses the same file with the same reason, and stores nothing.
    run = cli({QStringLiteral("template"), QStringLiteral("import"), file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.json().value(QStringLiteral("error")).toString().contains(expected), run.out.constData());
    run = cli({QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.json().value(QStringLiteral("templates")).toArray().size(), 0);
}

void TestCliTemplate::failuresExitOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown contact") << QStringList {QStringLiteral("render"),
                                                     QStringLiteral("GOOD"),
                                                     QStringLiteral("--contact"),
                                                     QStringLiteral("nobody@example.jp"),
                                                     QStringLiteral("--out"),
                                                     QStringLiteral("OUT")}
                                     << QStringLiteral("nobody@example.jp");
    QTest::newRow("data not an object") << QStringList {QStringLiteral("render"),
                                                        QStringLiteral("GOOD"),
                                                        QStringLiteral("--data"),
                                                        QStringLiteral("LIST"),
                                                        QStringLiteral("--out"),
                                                        QStringLiteral("OUT")}
                                        << QStringLiteral("not a JSON object");
    QTest::newRow("missing file") << QStringList {QStringLiteral("render"),
                                                  QStringLiteral("/nonexistent/t.json"),
                                                  QStringLiteral("--out"),
                                                  QStringLiteral("OUT")}
                                  << QStringLiteral("Cannot read");
    QTest::newRow("export unknown id") << QStringList {QStringLiteral("export"),
                                                       QStringLiteral("42"),
                                                       QStringLiteral("OUT")}
                                       << QStringLiteral("no template 42");
}

void TestCliTemplate::failuresExitOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const QString good = write(QStringLiteral("good.json"), QJsonDocument(templateFile(QStringLiteral("g"))).toJson());
    const QString list = write(QStringLiteral("list.json"), "[1, 2]");
    const QString out = m_dir->filePath(QStringLiteral("out.html"));
    arguments.replaceInStrings(QStringLiteral("GOOD"), good);
    arguments.replaceInStrings(QStringLiteral("LIST"), list);
    arguments.replaceInStrings(QStringLiteral("OUT"), out);
    const Run run = cli(QStringList {QStringLiteral("template")} + arguments);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    QVERIFY(!QFile::exists(out));
}

void TestCliTemplate::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no subcommand") << QStringList {};
    QTest::newRow("unknown subcommand") << QStringList {QStringLiteral("publish")};
    QTest::newRow("list with argument") << QStringList {QStringLiteral("list"), QStringLiteral("x")};
    QTest::newRow("import without file") << QStringList {QStringLiteral("import")};
    QTest::newRow("export without file") << QStringList {QStringLiteral("export"), QStringLiteral("1")};
    QTest::newRow("export id not a number")
        << QStringList {QStringLiteral("export"), QStringLiteral("news"), QStringLiteral("x.json")};
    QTest::newRow("render without file") << QStringList {
        QStringLiteral("render"), QStringLiteral("--out"), QStringLiteral("x.html")};
    QTest::newRow("render without --out") << QStringList {QStringLiteral("render"), QStringLiteral("t.json")};
    QTest::newRow("render contact and data") << QStringList {QStringLiteral("render"),
                                                             QStringLiteral("t.json"),
                                                             QStringLiteral("--contact"),
                                                             QStringLiteral("a@example.jp"),
                                                             QStringLiteral("--data"),
                                                             QStringLiteral("d.json"),
                                                             QStringLiteral("--out"),
                                                             QStringLiteral("x.html")};
    QTest::newRow("render unknown option") << QStringList {QStringLiteral("render"),
                                                           QStringLiteral("t.json"),
                                                           QStringLiteral("--out"),
                                                           QStringLiteral("x.html"),
                                                           QStringLiteral("--bogus")};
}

void TestCliTemplate::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(QStringList {QStringLiteral("template")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliTemplate)
#include "tst_cli_template.moc"

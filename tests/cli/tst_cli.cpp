// tayori-cli run as a process, exactly as a script would: exit codes, --json output, import, count, export, kill.
#include <csignal>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCodec>
#include <QUrl>

#include "CliProcess.h"
#include "contacts/ContactRepository.h"
#include "segments/SegmentParser.h"
#include "segments/SegmentStore.h"

namespace {
using Run = CliRun;
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importJsonContract();
    void importErrorsAreRowColumnReason();
    void failuresExitOneWithOneLine_data();
    void failuresExitOneWithOneLine();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void countWithFilters();
    void savedSegmentByName();
    void mapOption();
    void exportGuardsFormulas();
    void exportShiftJisRoundTrip();
    void killDuringImportLeavesDatabaseAsBefore();

private:
    Run cli(const QStringList& arguments);
    QString write(const QString& name, const QByteArray& bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("cli.sqlite"));
}

Run TestCli::cli(const QStringList& arguments)
{
    return CliProcess::run(m_db, arguments);
}

QString TestCli::write(const QString& name, const QByteArray& bytes)
{
    return CliProcess::writeFixture(m_dir->path(), name, bytes);
}

void TestCli::importJsonContract()
{
    const QString csv = write(QStringLiteral("a.csv"),
                              QStringLiteral("メールアドレス,氏名\n"
                                             "a@example.jp,山田 太郎\n"
                                             "b@example.jp,山田 花子\n"
                                             "A@example.jp,重複\n"
                                             "broken,壊れた\n")
                                  .toUtf8());
    const Run run = cli(
        {QStringLiteral("import"), csv, QStringLiteral("--list"), QStringLiteral("news"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count('\n'), 1); // exactly one JSON object
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("imported")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("updated")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("invalid")).toInt(), 1);
    QVERIFY(json.value(QStringLiteral("errors")).isArray());

    const Run count = cli({QStringLiteral("contacts"),
                           QStringLiteral("count"),
                           QStringLiteral("--list"),
                           QStringLiteral("news"),
                           QStringLiteral("--json")});
    QCOMPARE(count.exitCode, 0);
    QCOMPARE(count.json(), (QJsonObject {{QStringLiteral("count"), 2}}));
}

void TestCli::importErrorsAreRowColumnReason()
{
    const QString csv = write(QStringLiteral("e.csv"), "email,company\nok@example.com,A\nnot-an-address,B\n");
    const Run run = cli({QStringLiteral("import"), csv, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray errors = run.json().value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    const QJsonObject error = errors.first().toObject();
    QCOMPARE(error.value(QStringLiteral("row")).toInt(), 3);
    QCOMPARE(error.value(QStringLiteral("column")).toString(), QStringLiteral("email"));
    QVERIFY(error.value(QStringLiteral("reason")).toString().contains(QStringLiteral("not-an-address")));
}

void TestCli::failuresExitOneWithOneLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("header only") << QByteArray("email\n") << QStringLiteral("no rows");
    QTest::newRow("no email column") << QByteArray("name\nTaro\n") << QStringLiteral("no email column");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0", 33)
                            << QStringLiteral("not a text file");
}

void TestCli::failuresExitOneWithOneLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const Run run = cli({QStringLiteral("import"), write(QStringLiteral("bad.csv"), bytes)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    QVERIFY2(run.err.contains("bad.csv"), run.err.constData());
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
    QTest::newRow("import without file") << QStringList {QStringLiteral("import")};
    QTest::newRow("unknown option") << QStringList {
        QStringLiteral("import"), QStringLiteral("x.csv"), QStringLiteral("--bogus")};
    QTest::newRow("bad policy") << QStringList {
        QStringLiteral("import"), QStringLiteral("x.csv"), QStringLiteral("--on-duplicate"), QStringLiteral("maybe")};
    QTest::newRow("contacts without count") << QStringList {QStringLiteral("contacts")};
    QTest::newRow("export bad encoding") << QStringList {
        QStringLiteral("export"), QStringLiteral("x.csv"), QStringLiteral("--encoding"), QStringLiteral("ebcdic")};
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCli::countWithFilters()
{
    const QString csv = write(QStringLiteral("c.csv"),
                              "email,tags,company\n"
                              "a@example.com,vip,Alpha\n"
                              "b@example.com,,Beta\n"
                              "c@example.com,vip|new,Gamma\n");
    QCOMPARE(cli({QStringLiteral("import"), csv}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("count")}).out, QByteArray("3\n"));
    QCOMPARE(cli({QStringLiteral("contacts"),
                  QStringLiteral("count"),
                  QStringLiteral("--tag"),
                  QStringLiteral("vip"),
                  QStringLiteral("--json")})
                 .json()
                 .value(QStringLiteral("count"))
                 .toInt(),
             2);
    QCOMPARE(cli({QStringLiteral("--json"),
                  QStringLiteral("contacts"),
                  QStringLiteral("count"),
                  QStringLiteral("--search"),
                  QStringLiteral("beta")})
                 .json()
                 .value(QStringLiteral("count"))
                 .toInt(),
             1);
    QCOMPARE(cli({QStringLiteral("contacts"),
                  QStringLiteral("count"),
                  QStringLiteral("--segment"),
                  QStringLiteral("tag:VIP AND NOT company ^ alpha"),
                  QStringLiteral("--json")})
                 .json()
                 .value(QStringLiteral("count"))
                 .toInt(),
             1);
    const Run badSegment = cli({QStringLiteral("contacts"),
                                QStringLiteral("count"),
                                QStringLiteral("--segment"),
                                QStringLiteral("colour = red")});
    QCOMPARE(badSegment.exitCode, 2);
    QVERIFY(badSegment.err.contains("Unknown field 'colour'"));
    // Nobody: still an answer (0, exit 0), with the likely reason on stderr.
    const Run nobody = cli({QStringLiteral("contacts"),
                            QStringLiteral("count"),
                            QStringLiteral("--segment"),
                            QStringLiteral("tag:vipp AND company ^ a")});
    QCOMPARE(nobody.exitCode, 0);
    QCOMPARE(nobody.out, QByteArray("0\n"));
    QVERIFY2(nobody.err.contains("there is no tag 'vipp'"), nobody.err.constData());
    const QString out = m_dir->filePath(QStringLiteral("segment.csv"));
    QCOMPARE(cli({QStringLiteral("export"),
                  out,
                  QStringLiteral("--segment"),
                  QStringLiteral("tag:new"),
                  QStringLiteral("--json")})
                 .json()
                 .value(QStringLiteral("rows"))
                 .toInt(),
             1);
}

// --segment @NAME is the saved segment NAME (any case) for count, export and send; an unknown name exits 2 naming it
// and the saved ones; a damaged one exits 2 saying so.
void TestCli::savedSegmentByName()
{
    const QString csv = write(QStringLiteral("s.csv"),
                              "email,tags,company\n"
                              "a@example.com,vip,Alpha\n"
                              "b@example.com,,Beta\n"
                              "c@example.com,vip|new,Gamma\n"
                              "d@example.com,,Delta\n");
    QCOMPARE(cli({QStringLiteral("import"), csv, QStringLiteral("--list"), QStringLiteral("news")}).exitCode, 0);
    const Run none = cli(
        {QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--segment"), QStringLiteral("@VIP")});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains("no saved segment called \"VIP\", nor any other yet"), none.err.constData());

    {
        const Result<Database> db = Database::open(m_db);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        SegmentStore store(*db);
        for (const auto& [name, text] : {std::pair {"VIP not alpha", "tag:vip AND NOT company ^ alpha"},
                                         std::pair {"New or Beta", "tag:new OR company = beta"}}) {
            const Result<qint64> saved
                = store.save(QString::fromUtf8(name), **SegmentParser::parse(QString::fromUtf8(text)));
            QVERIFY2(saved.ok(), qPrintable(saved.error()));
        }
        QSqlQuery damaged(db->connection());
        QVERIFY(damaged.exec(QStringLiteral("INSERT INTO segments (name, definition, created_at, updated_at) "
                                            "VALUES ('Broken', '{\"version\": 7}', 0, 0)")));
    }
    const auto count = [this](const QString& segment) {
        return cli({QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--segment"), segment});
    };
    QCOMPARE(count(QStringLiteral("@vip NOT ALPHA")).out, QByteArray("1\n"));
    QCOMPARE(count(QStringLiteral(" @ New or Beta ")).out, QByteArray("2\n"));

    const Run unknown = count(QStringLiteral("@nope"));
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.out.isEmpty());
    QCOMPARE(unknown.err.count('\n'), 1);
    QVERIFY2(unknown.err.contains("no saved segment called \"nope\". Saved segments: Broken, New or Beta, VIP not "
                                  "alpha."),
             unknown.err.constData());
    const Run broken = count(QStringLiteral("@broken"));
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.err.contains("\"Broken\" cannot be read"), broken.err.constData());

    const QString out = m_dir->filePath(QStringLiteral("saved.csv"));
    const Run exported = cli({QStringLiteral("export"),
                              out,
                              QStringLiteral("--segment"),
                              QStringLiteral("@New or Beta"),
                              QStringLiteral("--json")});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.json().value(QStringLiteral("rows")).toInt(), 2);
    QCOMPARE(cli({QStringLiteral("export"), out, QStringLiteral("--segment"), QStringLiteral("@nope")}).exitCode, 2);

    // send: the campaign's audience is the saved segment's text, kept in parentheses after the list, so a run-due
    // later resolves the same contacts ("list:news AND tag:new OR …" would not).
    const QString html
        = write(QStringLiteral("m.html"), "<p>Hello <a href=\"{{unsubscribe_url}}\">unsubscribe</a></p>");
    const QStringList send = {QStringLiteral("send"),
                              QStringLiteral("--subject"),
                              QStringLiteral("News"),
                              QStringLiteral("--from"),
                              QStringLiteral("News <news@example.com>"),
                              QStringLiteral("--html"),
                              html,
                              QStringLiteral("--smtp"),
                              QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("outbox"))).toString(),
                              QStringLiteral("--at"),
                              QStringLiteral("2099-01-01T09:00:00Z"),
                              QStringLiteral("--list"),
                              QStringLiteral("news"),
                              QStringLiteral("--json"),
                              QStringLiteral("--segment")};
    const Run scheduled = cli(send + QStringList {QStringLiteral("@new OR BETA")});
    QVERIFY2(scheduled.exitCode == 0, scheduled.err.constData());
    QCOMPARE(scheduled.json().value(QStringLiteral("state")).toString(), QStringLiteral("scheduled"));
    QCOMPARE(scheduled.json().value(QStringLiteral("recipients")).toInt(), 2);
    const Run refused = cli(send + QStringList {QStringLiteral("@nope")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("no saved segment called \"nope\""), refused.err.constData());
    const Result<Database> db = Database::open(m_db);
    QVERIFY(db.ok());
    QSqlQuery audience(db->connection());
    QVERIFY(audience.exec(QStringLiteral("SELECT audience FROM campaigns")));
    QVERIFY(audience.next());
    QCOMPARE(audience.value(0).toString(), QStringLiteral("list:news AND (tag:new OR company = beta)"));
    QVERIFY(!audience.next()); // the refused send stored nothing
}

void TestCli::mapOption()
{
    const QString csv
        = write(QStringLiteral("m.csv"), QStringLiteral("連絡先,お名前\nm@example.jp,中村 健\n").toUtf8());
    const Run refused = cli({QStringLiteral("import"), csv});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("--map"));
    const Run run = cli({QStringLiteral("import"),
                         csv,
                         QStringLiteral("--map"),
                         QStringLiteral("email=連絡先"),
                         QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("imported")).toInt(), 1);
    const Run byNumber = cli({QStringLiteral("import"),
                              csv,
                              QStringLiteral("--map"),
                              QStringLiteral("email=1"),
                              QStringLiteral("--dry-run"),
                              QStringLiteral("--json")});
    QCOMPARE(byNumber.json().value(QStringLiteral("updated")).toInt(), 1);
    const Run missing = cli({QStringLiteral("import"), csv, QStringLiteral("--map"), QStringLiteral("email=Nope")});
    QCOMPARE(missing.exitCode, 2);
}

void TestCli::exportGuardsFormulas()
{
    const QString csv = write(QStringLiteral("f.csv"),
                              "email,company,phone\n"
                              "f@example.com,=HYPERLINK(\"http://evil\"),+81-3-1234\n"
                              "g@example.com,@SUM(A1),-5\n");
    QCOMPARE(cli({QStringLiteral("import"), csv}).exitCode, 0);
    const QString out = m_dir->filePath(QStringLiteral("out.csv"));
    const Run run = cli({QStringLiteral("export"), out, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("rows")).toInt(), 2);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 with a BOM as UTF-8
    QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
    QVERIFY(bytes.contains(",'+81-3-1234,"));
    QVERIFY(bytes.contains(",'@SUM(A1),"));
    QVERIFY(bytes.contains(",'-5,"));
    QVERIFY(!bytes.contains(",=HYPERLINK"));
}

void TestCli::exportShiftJisRoundTrip()
{
    const QString csv = write(QStringLiteral("s.csv"),
                              QStringLiteral("メールアドレス,姓,名,会社名,タグ\n"
                                             "s@example.jp,髙橋,一郎,㈱サンプル①,お得意様\n"
                                             "sushi@example.jp,寿司,🍣,,\n")
                                  .toUtf8());
    QCOMPARE(cli({QStringLiteral("import"), csv, QStringLiteral("--list"), QStringLiteral("顧客")}).exitCode, 0);
    const QString out = m_dir->filePath(QStringLiteral("sjis.csv"));
    QCOMPARE(cli({QStringLiteral("export"), out, QStringLiteral("--encoding"), QStringLiteral("shift_jis")}).exitCode,
             0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QTextCodec* cp932 = QTextCodec::codecForName("windows-31j");
    QVERIFY(bytes.contains(cp932->fromUnicode(QStringLiteral("髙橋"))));
    QVERIFY(bytes.contains(cp932->fromUnicode(QStringLiteral("㈱サンプル①"))));
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    // Into a fresh database, the export imports back as it was.
    m_db = m_dir->filePath(QStringLiteral("second.sqlite"));
    const Run back = cli({QStringLiteral("import"), out, QStringLiteral("--json")});
    QCOMPARE(back.exitCode, 0);
    QCOMPARE(back.json().value(QStringLiteral("imported")).toInt(), 2);
    const Result<Database> db = Database::open(m_db);
    const Contact contact = *ContactRepository(*db).findByEmail(QStringLiteral("s@example.jp"));
    QCOMPARE(contact.fullName(), QStringLiteral("髙橋 一郎"));
    QCOMPARE(contact.company, QStringLiteral("㈱サンプル①"));
    QCOMPARE(contact.tags, QStringList {QStringLiteral("お得意様")});
    QCOMPARE(contact.lists, QStringList {QStringLiteral("顧客")});
    QVERIFY2(contact.customValues.isEmpty(), qPrintable(QStringList(contact.customValues.keys()).join(u',')));
}

void TestCli::killDuringImportLeavesDatabaseAsBefore()
{
    const QString seed = write(QStringLiteral("seed.csv"), "email\nseed@example.com\n");
    QCOMPARE(cli({QStringLiteral("import"), seed}).exitCode, 0);
    QByteArray big = "email,company\n";
    for (int i = 0; i < 400000; ++i) {
        big += "k" + QByteArray::number(i) + "@example.com,Company " + QByteArray::number(i) + "\n";
    }
    const QString csv = write(QStringLiteral("big.csv"), big);
    QProcess process;
    process.start(qEnvironmentVariable("TAYORI_CLI"), {QStringLiteral("--db"), m_db, QStringLiteral("import"), csv});
    QVERIFY(process.waitForStarted());
    // Kill it while it writes: once the write-ahead log has grown, rows are going in.
    QFile wal(m_db + QStringLiteral("-wal"));
    QTRY_VERIFY_WITH_TIMEOUT(wal.size() > 2 * 1024 * 1024 || process.state() == QProcess::NotRunning, 60000);
    QVERIFY2(process.state() == QProcess::Running, "the import finished before it could be killed");
    ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    const Result<Database> db = Database::open(m_db);
    QVERIFY(db.ok());
    QCOMPARE(ContactRepository(*db).count(), 1);
    QSqlQuery check(QStringLiteral("PRAGMA integrity_check"), db->connection());
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

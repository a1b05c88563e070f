// The import engine end to end on a real SQLite file, over fixture files this test writes in every encoding and shape.
#include <QFile>
#include <QPoint>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCodec>

#include "contacts/ContactImportWriter.h"
#include "contacts/ContactRepository.h"
#include "import/ContactImporter.h"
#include "import/ImportPreview.h"

namespace {
QByteArray encode(const QString& text, const char* codecName)
{
    QTextCodec* codec = QTextCodec::codecForName(codecName);
    Q_ASSERT(codec);
    QTextCodec::ConverterState state(QTextCodec::IgnoreHeader);
    return codec->fromUnicode(text.constData(), static_cast<int>(text.size()), &state);
}
QByteArray utf8(const char* text)
{
    return QByteArray(text);
}
} // namespace

class TestContactImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsFile_data();
    void importsFile();
    void failsWholeFile_data();
    void failsWholeFile();
    void duplicatePolicyAgainstDatabase();
    void neverResubscribes();
    void duplicatesAcrossBatches_data();
    void duplicatesAcrossBatches();
    void listsTagsAndCustomFields();
    void manualMappingAndFullNameSplit();
    void dryRunWritesNothing();
    void cancelLeavesDatabaseAsBefore();
    void reportSavesAsCsv();
    void previewOfLargeFile();

private:
    QString writeFile(const QByteArray& bytes, const QString& name = QStringLiteral("contacts.csv"));
    Result<ImportReport> import(const QByteArray& bytes, ImportOptions options = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

void TestContactImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<Database> db = Database::open(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY(db.ok());
    m_db = *db;
}

void TestContactImporter::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestContactImporter::writeFile(const QByteArray& bytes, const QString& name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write fixture");
    }
    return path;
}

Result<ImportReport> TestContactImporter::import(const QByteArray& bytes, ImportOptions options)
{
    options.filePath = writeFile(bytes);
    return ContactImporter(*m_db).run(options);
}

void TestContactImporter::importsFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("imported");
    QTest::addColumn<qint64>("duplicates");
    QTest::addColumn<qint64>("invalid");
    QTest::addColumn<QString>("checkEmail");
    QTest::addColumn<QString>("checkFullName");
    QTest::addColumn<QString>("checkCompany");

    const QString japanese = QStringLiteral("メールアドレス,氏名,会社名\r\n"
                                            "taro@example.jp,髙橋 太郎,㈱テスト①\r\n"
                                            "hanako@example.jp,佐藤 花子,～株式会社～\r\n");
    QTest::newRow("utf-8") << japanese.toUtf8() << qint64(2) << qint64(0) << qint64(0)
                           << QStringLiteral("taro@example.jp") << QStringLiteral("髙橋 太郎")
                           << QStringLiteral("㈱テスト①");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + japanese.toUtf8() << qint64(2) << qint64(0) << qint64(0)
                               << QStringLiteral("taro@example.jp") << QStringLiteral("髙橋 太郎")
                               << QStringLiteral("㈱テスト①");
    QTest::newRow("shift_jis cp932 (Excel)")
        << encode(japanese, "windows-31j") << qint64(2) << qint64(0) << qint64(0) << QStringLiteral("taro@example.jp")
        << QStringLiteral("髙橋 太郎") << QStringLiteral("㈱テスト①");
    const QString eucText = QStringLiteral("メールアドレス,姓,名,会社名\n"
                                           "ichiro@example.jp,鈴木,一郎,日本語テスト株式会社\n"
                                           "jiro@example.jp,鈴木,次郎,ひらがなとカタカナの会社\n");
    QTest::newRow("euc-jp") << encode(eucText, "EUC-JP") << qint64(2) << qint64(0) << qint64(0)
                            << QStringLiteral("ichiro@example.jp") << QStringLiteral("鈴木 一郎")
                            << QStringLiteral("日本語テスト株式会社");
    const QString tabbed = QString(japanese).replace(QLatin1Char(','), QLatin1Char('\t'));
    QTest::newRow("utf-16le bom tab (Excel Unicode text)")
        << QByteArray("\xFF\xFE") + encode(tabbed, "UTF-16LE") << qint64(2) << qint64(0) << qint64(0)
        << QStringLiteral("hanako@example.jp") << QStringLiteral("佐藤 花子") << QStringLiteral("～株式会社～");
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + encode(japanese, "UTF-16BE") << qint64(2) << qint64(0)
                                  << qint64(0) << QStringLiteral("taro@example.jp") << QStringLiteral("髙橋 太郎")
                                  << QStringLiteral("㈱テスト①");
    QTest::newRow("semicolon") << utf8("email;first name;last name;company\na@example.com;John;Smith;ACME; Inc\n")
                               << qint64(0) << qint64(0) << qint64(1) << QString() << QString() << QString();
    QTest::newRow("semicolon quoted") << utf8("email;first name;last name;company\n"
                                              "a@example.com;John;Smith;\"ACME; Inc\"\n")
                                      << qint64(1) << qint64(0) << qint64(0) << QStringLiteral("a@example.com")
                                      << QStringLiteral("John Smith") << QStringLiteral("ACME; Inc");
    QTest::newRow("quotes and newlines") << utf8(
        "email,name,company\r\n\"q@example.com\",\"O'Brien, Pat\",\"The \"\"Best\"\"\r\nCompany\"\r\n")
                                         << qint64(1) << qint64(0) << qint64(0) << QStringLiteral("q@example.com")
                                         << QStringLiteral("Pat O'Brien") << QStringLiteral("The \"Best\"\r\nCompany");
    QTest::newRow("cr line ends") << utf8("email,company\rc1@example.com,One\rc2@example.com,Two") << qint64(2)
                                  << qint64(0) << qint64(0) << QStringLiteral("c2@example.com") << QString()
                                  << QStringLiteral("Two");
    QTest::newRow("invalid and duplicate rows")
        << utf8("email,company\n"
                "ok@example.com,A\n"
                "no-at-sign.example.com,B\n"
                "OK@example.com,C\n"
                ",D\n"
                "taro..yamada.@docomo.ne.jp,E\n"
                "taro..yamada.@example.com,F\n")
        << qint64(2) << qint64(1) << qint64(3) << QStringLiteral("taro..yamada.@docomo.ne.jp") << QString()
        << QStringLiteral("E");
    QTest::newRow("trailing empty cells")
        << utf8("email,company,,\nz@example.com,Z,,\n") << qint64(1) << qint64(0) << qint64(0)
        << QStringLiteral("z@example.com") << QString() << QStringLiteral("Z");
    QTest::newRow("too many fields") << utf8("email,company\ny@example.com,Y,extra\nw@example.com,W\n") << qint64(1)
                                     << qint64(0) << qint64(1) << QStringLiteral("w@example.com") << QString()
                                     << QStringLiteral("W");
    QTest::newRow("idn domain stored as punycode")
        << QStringLiteral("email\ninfo@例え.jp\n").toUtf8() << qint64(1) << qint64(0) << qint64(0)
        << QStringLiteral("info@xn--r8jz45g.jp") << QString() << QString();
}

void TestContactImporter::importsFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, imported);
    QFETCH(qint64, duplicates);
    QFETCH(qint64, invalid);
    QFETCH(QString, checkEmail);
    QFETCH(QString, checkFullName);
    QFETCH(QString, checkCompany);

    const Result<ImportReport> report = import(bytes);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->imported, imported);
    QCOMPARE(report->duplicates, duplicates);
    QCOMPARE(report->invalid, invalid);
    QCOMPARE(report->rows, report->imported + report->updated + report->duplicates + report->invalid);
    QCOMPARE(report->errorCount(), invalid);
    for (const ImportIssue& issue : report->issues) {
        QVERIFY(issue.row >= 2);
        QVERIFY(!issue.reason.isEmpty());
    }
    ContactRepository repository(*m_db);
    QCOMPARE(repository.count(), imported);
    if (!checkEmail.isEmpty()) {
        const std::optional<Contact> contact = repository.findByEmail(checkEmail);
        QVERIFY2(contact, qPrintable(checkEmail));
        QCOMPARE(contact->email, checkEmail);
        if (!checkFullName.isEmpty()) {
            QCOMPARE(contact->fullName(), checkFullName);
        }
        QCOMPARE(contact->company, checkCompany);
        QCOMPARE(contact->status, ContactStatus::Subscribed);
        QVERIFY(contact->consentSource.contains(QStringLiteral("contacts.csv")));
    }
}

void TestContactImporter::failsWholeFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty file") << QByteArray() << QByteArray() << QStringLiteral("is empty");
    QTest::newRow("header only") << utf8("email,name\r\n") << QByteArray() << QStringLiteral("no rows");
    QTest::newRow("no email column") << utf8("name,company\nTaro,ACME\n") << QByteArray()
                                     << QStringLiteral("no email column");
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i) {
        garbage.append(static_cast<char>((i * 7919 + 13) % 256));
    }
    QTest::newRow("binary garbage") << garbage << QByteArray() << QStringLiteral("not a text file");
    QTest::newRow("undecodable byte") << QByteArray("email,name\na@example.com,ok\nb@example.com,bad\xFF\xFEname\n")
                                      << QByteArray("UTF-8") << QStringLiteral("row 3, column 2 (name)");
    QTest::newRow("unterminated quote") << utf8("email,name\na@example.com,\"never closed\nb@example.com,x\n")
                                        << QByteArray() << QStringLiteral("line 2");
    QTest::newRow("unknown encoding") << utf8("email\na@example.com\n") << QByteArray("KLINGON-8")
                                      << QStringLiteral("Unknown encoding");
}

void TestContactImporter::failsWholeFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QString, expected);
    ContactRepository repository(*m_db);
    Contact existing;
    existing.email = QStringLiteral("existing@example.com");
    QVERIFY(repository.add(existing).ok());

    ImportOptions options;
    options.charset = charset;
    const Result<ImportReport> report = import(bytes, options);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(expected), qPrintable(report.error()));
    QVERIFY2(report.error().contains(QStringLiteral("contacts.csv")) || expected == QStringLiteral("Unknown encoding"),
             qPrintable(report.error()));
    QCOMPARE(repository.count(), 1);
}

void TestContactImporter::duplicatePolicyAgainstDatabase()
{
    ContactRepository repository(*m_db);
    Contact existing;
    existing.email = QStringLiteral("Dup@Example.com");
    existing.company = QStringLiteral("Old Co");
    existing.phone = QStringLiteral("03-1111-2222");
    QVERIFY(repository.add(existing).ok());
    const QByteArray file = utf8("email,company,phone\ndup@example.com,New Co,\nnew@example.com,X,\n");

    ImportOptions skip;
    skip.duplicates = DuplicatePolicy::Skip;
    Result<ImportReport> report = import(file, skip);
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 1);
    QCOMPARE(report->duplicates, 1);
    QCOMPARE(repository.findByEmail(QStringLiteral("dup@example.com"))->company, QStringLiteral("Old Co"));

    report = import(file, ImportOptions {});
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 0);
    QCOMPARE(report->updated, 2);
    const Contact updated = *repository.findByEmail(QStringLiteral("dup@example.com"));
    QCOMPARE(updated.company, QStringLiteral("New Co"));
    QCOMPARE(updated.phone, QStringLiteral("03-1111-2222"));    // an empty cell erases nothing
    QCOMPARE(updated.email, QStringLiteral("Dup@example.com")); // as first stored; domains are kept lowercase
}

void TestContactImporter::neverResubscribes()
{
    ContactRepository repository(*m_db);
    Contact gone;
    gone.email = QStringLiteral("gone@example.com");
    gone.status = ContactStatus::Unsubscribed;
    QVERIFY(repository.add(gone).ok());
    const Result<ImportReport> report
        = import(utf8("email,status\ngone@example.com,subscribed\nleft@example.com,配信停止\n"));
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error()));
    QCOMPARE(repository.findByEmail(QStringLiteral("gone@example.com"))->status, ContactStatus::Unsubscribed);
    QCOMPARE(repository.findByEmail(QStringLiteral("left@example.com"))->status, ContactStatus::Unsubscribed);
    bool warned = false;
    for (const ImportIssue& issue : report->issues) {
        warned = warned || (issue.row == 2 && issue.severity == ImportIssue::Severity::Warning);
    }
    QVERIFY(warned);
}

void TestContactImporter::duplicatesAcrossBatches_data()
{
    // Rows are numbered from 0 here (spreadsheet row = index + 2); the writer works kBatchRows rows at a time.
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<QPoint>>("repeats");   // x: a row that repeats the address of row y
    QTest::addColumn<QList<int>>("stored");       // rows whose address is stored before the import
    QTest::addColumn<QList<int>>("unsubscribed"); // rows whose address is stored as unsubscribed
    QTest::addColumn<bool>("update");
    QTest::addColumn<qint64>("imported");
    QTest::addColumn<qint64>("updated");
    QTest::addColumn<qint64>("duplicates");
    QTest::addColumn<QStringList>("issues"); // "row: part of the reason", in report order

    const int batch = ContactImportWriter::kBatchRows;
    QTest::newRow("same batch") << 10 << QList<QPoint> {{5, 2}} << QList<int> {} << QList<int> {} << true << qint64(9)
                                << qint64(0) << qint64(1) << QStringList {QStringLiteral("7: same address as row 4")};
    QTest::newRow("across the batch boundary")
        << batch + 44 << QList<QPoint> {{batch, batch - 1}} << QList<int> {} << QList<int> {} << false
        << qint64(batch + 43) << qint64(0) << qint64(1)
        << QStringList {QStringLiteral("%1: same address as row %2; skipped").arg(batch + 2).arg(batch + 1)};
    QTest::newRow("first row repeated in later batches")
        << 2 * batch + 188 << QList<QPoint> {{2 * batch + 88, 0}, {batch, 0}, {1, 0}} << QList<int> {} << QList<int> {}
        << true << qint64(2 * batch + 185) << qint64(0) << qint64(3)
        << QStringList {QStringLiteral("3: same address as row 2; merged"),
                        QStringLiteral("%1: same address as row 2").arg(batch + 2),
                        QStringLiteral("%1: same address as row 2").arg(2 * batch + 90)};
    QTest::newRow("stored and repeated in one batch, update")
        << 20 << QList<QPoint> {{7, 3}} << QList<int> {3} << QList<int> {} << true << qint64(18) << qint64(2)
        << qint64(0) << QStringList {};
    QTest::newRow("stored and repeated in one batch, skip")
        << 20 << QList<QPoint> {{7, 3}} << QList<int> {3} << QList<int> {} << false << qint64(18) << qint64(0)
        << qint64(2) << QStringList {QStringLiteral("5: already a contact"), QStringLiteral("9: already a contact")};
    QTest::newRow("stored, repeated across batches and new repeats around it")
        << batch + 100 << QList<QPoint> {{batch + 10, 3}, {6, 5}, {batch + 11, 5}} << QList<int> {3} << QList<int> {}
        << true << qint64(batch + 96) << qint64(2) << qint64(2)
        << QStringList {QStringLiteral("8: same address as row 7"),
                        QStringLiteral("%1: same address as row 7").arg(batch + 13)};
    QTest::newRow("unsubscribed contact in a batch")
        << batch + 44 << QList<QPoint> {} << QList<int> {} << QList<int> {100} << true << qint64(batch + 43)
        << qint64(1) << qint64(0) << QStringList {QStringLiteral("102: kept as")};
}

void TestContactImporter::duplicatesAcrossBatches()
{
    QFETCH(int, rows);
    QFETCH(QList<QPoint>, repeats);
    QFETCH(QList<int>, stored);
    QFETCH(QList<int>, unsubscribed);
    QFETCH(bool, update);
    QFETCH(qint64, imported);
    QFETCH(qint64, updated);
    QFETCH(qint64, duplicates);
    QFETCH(QStringList, issues);

    QList<int> addressOf(rows);
    for (int i = 0; i < rows; ++i) {
        addressOf[i] = i;
    }
    for (const QPoint& repeat : repeats) {
        addressOf[repeat.x()] = repeat.y();
    }
    auto address = [](int index) { return QStringLiteral("u%1@example.com").arg(index); };
    ContactRepository repository(*m_db);
    for (int index : stored + unsubscribed) {
        Contact contact;
        contact.email = address(index);
        contact.company = QStringLiteral("stored");
        contact.status = unsubscribed.contains(index) ? ContactStatus::Unsubscribed : ContactStatus::Subscribed;
        QVERIFY(repository.add(contact).ok());
    }
    QByteArray file = "email,company,status\n";
    for (int i = 0; i < rows; ++i) {
        // Odd rows in capitals: addresses are compared case-insensitively.
        const QString email = address(addressOf[i]);
        file += (i % 2 ? email.toUpper() : email).toUtf8() + ",C" + QByteArray::number(i) + ",subscribed\n";
    }
    ImportOptions options;
    options.duplicates = update ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
    const Result<ImportReport> report = import(file, options);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error()));
    QCOMPARE(report->imported, imported);
    QCOMPARE(report->updated, updated);
    QCOMPARE(report->duplicates, duplicates);
    QCOMPARE(report->invalid, 0);
    QStringList reported;
    for (const ImportIssue& issue : report->issues) {
        reported << QStringLiteral("%1: %2").arg(issue.row).arg(issue.reason);
    }
    QCOMPARE(reported.size(), issues.size());
    for (qsizetype i = 0; i < issues.size(); ++i) {
        QVERIFY2(reported.at(i).startsWith(issues.at(i).section(u':', 0, 0) + u':')
                     && reported.at(i).contains(issues.at(i).section(u':', 1).trimmed()),
                 qPrintable(reported.join(u'\n')));
    }

    // Every address once; updates take the last row's values, skips keep the first's (or the stored ones).
    QCOMPARE(repository.count(), rows - repeats.size());
    for (int i = 0; i < rows; ++i) {
        if (addressOf[i] != i) {
            continue;
        }
        const std::optional<Contact> contact = repository.findByEmail(address(i));
        QVERIFY2(contact, qPrintable(address(i)));
        const bool wasStored = stored.contains(i) || unsubscribed.contains(i);
        const int last = static_cast<int>(addressOf.lastIndexOf(i));
        const QString company = update ? QStringLiteral("C%1").arg(last)
                                       : (wasStored ? QStringLiteral("stored") : QStringLiteral("C%1").arg(i));
        QCOMPARE(contact->company, company);
        QCOMPARE(contact->status, unsubscribed.contains(i) ? ContactStatus::Unsubscribed : ContactStatus::Subscribed);
    }
}

void TestContactImporter::listsTagsAndCustomFields()
{
    ImportOptions options;
    options.list = QStringLiteral("2026秋セミナー");
    options.tags = {QStringLiteral("imported")};
    const Result<ImportReport> report = import(QStringLiteral("メールアドレス,タグ,会員ランク,誕生月\n"
                                                              "a@example.jp,VIP; 東京|展示会,ゴールド,4\n"
                                                              "b@example.jp,,シルバー,\n")
                                                   .toUtf8(),
                                               options);
    QVERIFY(report.ok());
    ContactRepository repository(*m_db);
    const Contact a = *repository.findByEmail(QStringLiteral("a@example.jp"));
    QCOMPARE(a.tags.size(), 4);
    QVERIFY(a.tags.contains(QStringLiteral("展示会")));
    QVERIFY(a.tags.contains(QStringLiteral("imported")));
    QCOMPARE(a.lists, QStringList {QStringLiteral("2026秋セミナー")});
    QCOMPARE(a.customValues.value(QStringLiteral("会員ランク")), QStringLiteral("ゴールド"));
    QCOMPARE(a.customValues.value(QStringLiteral("誕生月")), QStringLiteral("4"));
    const Contact b = *repository.findByEmail(QStringLiteral("b@example.jp"));
    QCOMPARE(b.tags, QStringList {QStringLiteral("imported")});
    QVERIFY(!b.customValues.contains(QStringLiteral("誕生月")));
    QCOMPARE(repository.count({{}, QStringLiteral("2026秋セミナー"), {}, {}}), 2);
}

void TestContactImporter::manualMappingAndFullNameSplit()
{
    ImportOptions options;
    // Columns: 連絡先 (the address, not recognised), 名前 (full name), メモ (ignored)
    options.mapping = {{ContactField::Email, {}}, {ContactField::FullName, {}}, {ContactField::Ignore, {}}};
    const Result<ImportReport> report = import(
        QStringLiteral("連絡先,名前,メモ\nx@example.jp,山田　花子,秘密\ny@example.com,Mary Ann Smith,\n").toUtf8(),
        options);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error()));
    ContactRepository repository(*m_db);
    const Contact x = *repository.findByEmail(QStringLiteral("x@example.jp"));
    QCOMPARE(x.familyName, QStringLiteral("山田"));
    QCOMPARE(x.givenName, QStringLiteral("花子"));
    QVERIFY(x.customValues.isEmpty());
    const Contact y = *repository.findByEmail(QStringLiteral("y@example.com"));
    QCOMPARE(y.givenName, QStringLiteral("Mary Ann"));
    QCOMPARE(y.familyName, QStringLiteral("Smith"));
}

void TestContactImporter::dryRunWritesNothing()
{
    ImportOptions options;
    options.dryRun = true;
    options.list = QStringLiteral("never-created");
    const Result<ImportReport> report = import(utf8("email\na@example.com\na@example.com\nbad\n"), options);
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 1);
    QCOMPARE(report->duplicates, 1);
    QCOMPARE(report->invalid, 1);
    ContactRepository repository(*m_db);
    QCOMPARE(repository.count(), 0);
    QVERIFY(repository.listNames().isEmpty());
}

void TestContactImporter::cancelLeavesDatabaseAsBefore()
{
    ContactRepository repository(*m_db);
    Contact existing;
    existing.email = QStringLiteral("before@example.com");
    QVERIFY(repository.add(existing).ok());
    QByteArray big = "email,company\n";
    for (int i = 0; i < 200000; ++i) {
        big += "user" + QByteArray::number(i) + "@example.com,Company " + QByteArray::number(i) + "\n";
    }
    ImportOptions options;
    options.filePath = writeFile(big);
    ContactImporter importer(*m_db);
    qint64 rowsWhenCancelled = 0;
    importer.setProgressCallback([&](const ContactImporter::Progress& progress) {
        rowsWhenCancelled = progress.rows;
        importer.cancel();
    });
    // Progress comes every 100 ms, well before 200,000 rows are in: the cancel lands mid-import.
    const Result<ImportReport> report = importer.run(options);
    QVERIFY(!report.ok());
    QVERIFY(rowsWhenCancelled > 0);
    QVERIFY(rowsWhenCancelled < 200000);
    QVERIFY2(report.error().contains(QStringLiteral("cancelled")), qPrintable(report.error()));
    QCOMPARE(repository.count(), 1);
    QSqlQuery check(QStringLiteral("PRAGMA integrity_check"), m_db->connection());
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void TestContactImporter::reportSavesAsCsv()
{
    const Result<ImportReport> report = import(utf8("email,name\nbad-address,=cmd\n"));
    QVERIFY(report.ok());
    QCOMPARE(report->invalid, 1);
    const QString path = m_dir->filePath(QStringLiteral("errors.csv"));
    QVERIFY(report->saveCsv(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("2,email,"));
    QVERIFY(bytes.contains("bad-address"));
}

void TestContactImporter::previewOfLargeFile()
{
    // Larger than the preview's sample: the preview still shows the first rows and estimates the row count.
    QByteArray big = "email,company\n";
    for (int i = 0; i < 30000; ++i) {
        big += "p" + QByteArray::number(i) + "@example.com,\"Company, " + QByteArray::number(i) + "\"\n";
    }
    QVERIFY(big.size() > ImportPreview::sampleBytes);
    const Result<ImportPreview> preview = ImportPreview::inspect(writeFile(big));
    QVERIFY(preview.ok());
    QCOMPARE(preview->rows.size(), 20);
    QCOMPARE(preview->rows.first().value(1), QStringLiteral("Company, 0"));
    QVERIFY2(preview->estimatedRows > 27000 && preview->estimatedRows < 33000,
             qPrintable(QString::number(preview->estimatedRows)));
    QVERIFY(!preview->hasUndecodableBytes);
}

QTEST_GUILESS_MAIN(TestContactImporter)
#include "tst_contactimporter.moc"

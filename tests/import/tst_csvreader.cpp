// Tests for CsvReader: RFC 4180 cases, line numbers and errors, each at tiny chunk sizes that split every construct.
#include <QBuffer>
#include <QTest>
#include <QTextCodec>

#include "import/CsvReader.h"

using namespace Qt::StringLiterals;

using Records = QList<QStringList>;
using Lines = QList<qint64>;

namespace {
// Chunk sizes that put a boundary inside quotes, doubled quotes, CRLF pairs and multi-byte characters.
const qint64 chunkSizes[] = {1, 2, 3, 7, CsvReader::defaultChunkSize};

struct ParseResult
{
    Records records;
    Lines startLines;
    QList<bool> invalidFlags;
    bool error = false;
    QString errorString;
    qint64 errorLine = 0;
    qint64 bytesConsumed = 0;
};

ParseResult parse(const QByteArray& bytes, const QByteArray& charset, QChar delimiter, qint64 chunkSize)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, charset, delimiter);
    reader.setChunkSize(chunkSize);
    ParseResult result;
    QStringList fields;
    while (reader.readRecord(fields)) {
        result.records.append(fields);
        result.startLines.append(reader.recordStartLine());
        result.invalidFlags.append(reader.recordHadInvalidBytes());
    }
    result.error = reader.hasError();
    result.errorString = reader.errorString();
    result.errorLine = reader.recordStartLine();
    result.bytesConsumed = reader.bytesConsumed();
    return result;
}

QByteArray encoded(const QString& text, const char* codecName)
{
    QTextCodec* codec = QTextCodec::codecForName(codecName);
    QTextCodec::ConverterState state;
    return codec->fromUnicode(text.constData(), int(text.size()), &state);
}

// Fails with a readable message instead of QCOMPARE's, which can't print QList<QStringList>.
QString describe(const Records& records)
{
    QStringList lines;
    for (const QStringList& record : records)
        lines.append(u"["_s + record.join(u'|') + u"]"_s);
    return lines.join(u' ');
}

// A device that fails on the first read, like a file on a vanished network share.
class FailingDevice : public QIODevice
{
public:
    FailingDevice() { open(QIODevice::ReadOnly); }

protected:
    qint64 readData(char*, qint64) override
    {
        setErrorString(u"Input/output error"_s);
        return -1;
    }
    qint64 writeData(const char*, qint64) override { return -1; }
};
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void charsets_data();
    void charsets();
    void invalidBytes();
    void recordTooLong();
    void readError();
    void unknownCharset();
    void fieldStorageReuseDoesNotLeakIntoCopies();
    void manyRecords();
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("input"); // UTF-8
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Records>("expected");
    QTest::addColumn<Lines>("startLines");

    QTest::newRow("comma") << "name,email\nTaro,taro@example.jp\n"_ba << QChar(u',')
                           << Records {{u"name"_s, u"email"_s}, {u"Taro"_s, u"taro@example.jp"_s}} << Lines {1, 2};
    QTest::newRow("semicolon") << "a;b;c\n1;2,5;3\n"_ba << QChar(u';')
                               << Records {{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2,5"_s, u"3"_s}} << Lines {1, 2};
    QTest::newRow("tab") << "a\tb\n1, x\t2\n"_ba << QChar(u'\t') << Records {{u"a"_s, u"b"_s}, {u"1, x"_s, u"2"_s}}
                         << Lines {1, 2};
    QTest::newRow("pipe") << "a|b\n\"x|y\"|z\n"_ba << QChar(u'|') << Records {{u"a"_s, u"b"_s}, {u"x|y"_s, u"z"_s}}
                          << Lines {1, 2};
    QTest::newRow("quoted delimiter") << "\"Yamada, Taro\",taro@example.jp\n"_ba << QChar(u',')
                                      << Records {{u"Yamada, Taro"_s, u"taro@example.jp"_s}} << Lines {1};
    QTest::newRow("doubled quotes") << "\"He said \"\"hi\"\"\",\"\"\"\"\n"_ba << QChar(u',')
                                    << Records {{u"He said \"hi\""_s, u"\""_s}} << Lines {1};
    QTest::newRow("empty quoted field") << "\"\",x,\"\"\n"_ba << QChar(u',') << Records {{u""_s, u"x"_s, u""_s}}
                                        << Lines {1};
    QTest::newRow("embedded LF") << "\"line1\nline2\",x\nnext,y\n"_ba << QChar(u',')
                                 << Records {{u"line1\nline2"_s, u"x"_s}, {u"next"_s, u"y"_s}} << Lines {1, 3};
    QTest::newRow("embedded CRLF and CR")
        << "h1,h2\r\n\"a\r\nb\rc\",d\r\ne,f\r\n"_ba << QChar(u',')
        << Records {{u"h1"_s, u"h2"_s}, {u"a\r\nb\rc"_s, u"d"_s}, {u"e"_s, u"f"_s}} << Lines {1, 2, 5};
    QTest::newRow("CRLF") << "a,b\r\nc,d\r\n"_ba << QChar(u',') << Records {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
                          << Lines {1, 2};
    QTest::newRow("CR only") << "a,b\rc,d\r"_ba << QChar(u',') << Records {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
                             << Lines {1, 2};
    QTest::newRow("mixed line ends") << "a\r\nb\nc\rd\n\re\r\n"_ba << QChar(u',')
                                     << Records {{u"a"_s}, {u"b"_s}, {u"c"_s}, {u"d"_s}, {u"e"_s}}
                                     << Lines {1, 2, 3, 4, 6};
    QTest::newRow("no trailing newline") << "a,b\nc,d"_ba << QChar(u',') << Records {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
                                         << Lines {1, 2};
    QTest::newRow("quoted last field at end")
        << "a,\"b\"\"\""_ba << QChar(u',') << Records {{u"a"_s, u"b\""_s}} << Lines {1};
    QTest::newRow("blank lines skipped") << "\n\na,b\n\r\n\nc,d\n\n"_ba << QChar(u',')
                                         << Records {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << Lines {3, 6};
    QTest::newRow("only blank lines") << "\r\n\n\r"_ba << QChar(u',') << Records {} << Lines {};
    QTest::newRow("empty input") << QByteArray() << QChar(u',') << Records {} << Lines {};
    QTest::newRow("whitespace kept") << " a , b \n\t,\" c \" \n"_ba << QChar(u',')
                                     << Records {{u" a "_s, u" b "_s}, {u"\t"_s, u" c  "_s}} << Lines {1, 2};
    QTest::newRow("empty fields") << ",,\na,\n,b\na,"_ba << QChar(u',')
                                  << Records {{u""_s, u""_s, u""_s}, {u"a"_s, u""_s}, {u""_s, u"b"_s}, {u"a"_s, u""_s}}
                                  << Lines {1, 2, 3, 4};
    QTest::newRow("quote inside unquoted field is literal")
        << "ab\"c,5\" tall,x\"\n"_ba << QChar(u',') << Records {{u"ab\"c"_s, u"5\" tall"_s, u"x\""_s}} << Lines {1};
    QTest::newRow("text after closing quote kept")
        << "\"ab\"cd,e\n"_ba << QChar(u',') << Records {{u"abcd"_s, u"e"_s}} << Lines {1};
    QTest::newRow("utf-8 bom skipped") << "\xEF\xBB\xBFname,メール\n"_ba << QChar(u',')
                                       << Records {{u"name"_s, u"メール"_s}} << Lines {1};
    QTest::newRow("japanese utf-8") << u"氏名,会社\n\"山田, 太郎\",㈱山田商店①\n"_s.toUtf8() << QChar(u',')
                                    << Records {{u"氏名"_s, u"会社"_s}, {u"山田, 太郎"_s, u"㈱山田商店①"_s}}
                                    << Lines {1, 2};
    QTest::newRow("ragged records") << "a,b,c\nd\ne,f\n"_ba << QChar(u',')
                                    << Records {{u"a"_s, u"b"_s, u"c"_s}, {u"d"_s}, {u"e"_s, u"f"_s}}
                                    << Lines {1, 2, 3};
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, delimiter);
    QFETCH(Records, expected);
    QFETCH(Lines, startLines);

    for (const qint64 chunkSize : chunkSizes) {
        const ParseResult result = ::parse(input, "UTF-8", delimiter, chunkSize);
        const QString context = u"chunk size %1: "_s.arg(chunkSize);
        QVERIFY2(!result.error, qPrintable(context + result.errorString));
        QVERIFY2(result.records == expected, qPrintable(context + describe(result.records)));
        QCOMPARE(result.startLines, startLines);
        QCOMPARE(result.bytesConsumed, input.size());
        QVERIFY(!result.invalidFlags.contains(true));
    }
}

void TestCsvReader::unterminatedQuote_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("before");    // records read before the error
    QTest::addColumn<qint64>("quoteLine");  // named in the message
    QTest::addColumn<qint64>("recordLine"); // recordStartLine()

    QTest::newRow("at end") << "a,\"b"_ba << Records {} << 1LL << 1LL;
    QTest::newRow("after good records") << "a,b\r\nc,d\r\ne,\"never\r\nclosed\r\nx,y\r\n"_ba
                                        << Records {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << 3LL << 3LL;
    QTest::newRow("field opened on later line") << "h\n\"multi\nline\",\"open\n"_ba << Records {{u"h"_s}} << 3LL << 2LL;
    QTest::newRow("doubled quote is not a close") << "\"a\"\"\n"_ba << Records {} << 1LL << 1LL;
}

void TestCsvReader::unterminatedQuote()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, before);
    QFETCH(qint64, quoteLine);
    QFETCH(qint64, recordLine);

    for (const qint64 chunkSize : chunkSizes) {
        const ParseResult result = ::parse(input, "UTF-8", QChar(u','), chunkSize);
        QVERIFY(result.error);
        QVERIFY2(result.records == before, qPrintable(describe(result.records)));
        QVERIFY2(result.errorString.contains(u"line %1 "_s.arg(quoteLine)), qPrintable(result.errorString));
        QCOMPARE(result.errorLine, recordLine);
    }
}

void TestCsvReader::charsets_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Records>("expected");

    const QString text = u"氏名,メモ\r\n山田太郎,\"①㈱髙～\r\nソ表\"\r\n"_s;
    const Records records = {{u"氏名"_s, u"メモ"_s}, {u"山田太郎"_s, u"①㈱髙～\r\nソ表"_s}};
    QTest::newRow("shift_jis") << encoded(text, "Shift_JIS") << "Shift_JIS"_ba << QChar(u',') << records;
    // CP932 "－" is 81 7C: its second byte is '|', which must not split the field.
    QTest::newRow("shift_jis trail byte equals pipe")
        << "\x8E\x81\x96\xBC|\x81\x7C\x81\x7C\n"_ba
        << "Shift_JIS"_ba << QChar(u'|') << Records {{u"氏名"_s, u"－－"_s}};
    QTest::newRow("euc-jp") << encoded(text, "EUC-JP") << "EUC-JP"_ba << QChar(u',') << records;
    QTest::newRow("utf-16le bom") << "\xFF\xFE"_ba + encoded(text, "UTF-16LE") << "UTF-16LE"_ba << QChar(u',')
                                  << records;
    QTest::newRow("utf-16be") << encoded(text, "UTF-16BE") << "UTF-16BE"_ba << QChar(u',') << records;
    QTest::newRow("windows-1252") << "Soci\xE9t\xE9;Prix\n\"Caf\xE9; cr\xE8me\";5 \x80\n"_ba
                                  << "WINDOWS-1252"_ba << QChar(u';')
                                  << Records {{u"Société"_s, u"Prix"_s}, {u"Café; crème"_s, u"5 €"_s}};
}

void TestCsvReader::charsets()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, charset);
    QFETCH(QChar, delimiter);
    QFETCH(Records, expected);

    for (const qint64 chunkSize : chunkSizes) {
        const ParseResult result = ::parse(input, charset, delimiter, chunkSize);
        QVERIFY2(!result.error, qPrintable(result.errorString));
        QVERIFY2(result.records == expected,
                 qPrintable(u"chunk size %1: %2"_s.arg(chunkSize).arg(describe(result.records))));
        QVERIFY(!result.invalidFlags.contains(true));
    }
}

void TestCsvReader::invalidBytes()
{
    const struct
    {
        QByteArray charset;
        QByteArray input;
        QString badField;
    } cases[] = {
        {"UTF-8"_ba,
         "a,b\r\nc,d\xFF"
         "e\r\n\"f\ng\",h\r\n"_ba,
         u"d\uFFFDe"_s},
        {"Shift_JIS"_ba,
         "a,b\r\nc,d\x80"
         "e\r\n\"f\ng\",h\r\n"_ba,
         u"d\uFFFDe"_s},
    };
    for (const auto& c : cases) {
        for (const qint64 chunkSize : chunkSizes) {
            QBuffer buffer;
            buffer.setData(c.input);
            buffer.open(QIODevice::ReadOnly);
            CsvReader reader(&buffer, c.charset, QChar(u','));
            reader.setChunkSize(chunkSize);
            QStringList fields;
            QVERIFY(reader.readRecord(fields));
            QVERIFY(!reader.recordHadInvalidBytes());
            QVERIFY(reader.readRecord(fields));
            QVERIFY(reader.recordHadInvalidBytes());
            QCOMPARE(reader.recordStartLine(), 2);
            QCOMPARE(fields.at(1), c.badField);
            QVERIFY(reader.readRecord(fields));
            QVERIFY(!reader.recordHadInvalidBytes());
            QCOMPARE(fields, QStringList({u"f\ng"_s, u"h"_s}));
            QVERIFY(!reader.readRecord(fields));
            QVERIFY(!reader.hasError());
            QCOMPARE(reader.invalidByteCount(), 1);
        }
    }

    // Truncated multi-byte character at the very end of the file.
    const ParseResult result = ::parse("a,b\nc,\xE3\x81"_ba, "UTF-8", QChar(u','), 1);
    QCOMPARE(result.invalidFlags, QList<bool>({false, true}));
    QCOMPARE(result.records.at(1).at(1), u"\uFFFD"_s);
}

void TestCsvReader::recordTooLong()
{
    QByteArray input = "a,b\n\"open"_ba;
    input += QByteArray(1000, 'x');
    for (const qint64 chunkSize : {qint64(7), qint64(64)}) {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, "UTF-8", QChar(u','));
        reader.setChunkSize(chunkSize);
        reader.setMaxRecordLength(100);
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        QVERIFY(!reader.readRecord(fields));
        QVERIFY(reader.hasError());
        QVERIFY2(reader.errorString().contains(u"line 2 "_s), qPrintable(reader.errorString()));
        // It gave up early instead of reading the whole file into memory.
        QVERIFY(reader.bytesConsumed() < 300);
    }
}

void TestCsvReader::readError()
{
    FailingDevice device;
    CsvReader reader(&device, "UTF-8", QChar(u','));
    QStringList fields;
    QVERIFY(!reader.readRecord(fields));
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(u"Input/output error"_s), qPrintable(reader.errorString()));
}

void TestCsvReader::unknownCharset()
{
    QBuffer buffer;
    buffer.setData("a,b\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, "no-such-charset", QChar(u','));
    QVERIFY(reader.hasError());
    QVERIFY(reader.errorString().contains(u"no-such-charset"_s));
    QStringList fields;
    QVERIFY(!reader.readRecord(fields));
}

// The reader recycles the strings in the caller's list; a copy taken by the caller must not change.
void TestCsvReader::fieldStorageReuseDoesNotLeakIntoCopies()
{
    QBuffer buffer;
    buffer.setData("name,email,extra\nTaro,taro@example.jp\nHanako,hanako@example.jp,x\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, "UTF-8", QChar(u','));
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    const QStringList header = fields;
    const QString firstName = fields.at(0);
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, QStringList({u"Taro"_s, u"taro@example.jp"_s}));
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, QStringList({u"Hanako"_s, u"hanako@example.jp"_s, u"x"_s}));
    QCOMPARE(header, QStringList({u"name"_s, u"email"_s, u"extra"_s}));
    QCOMPARE(firstName, u"name"_s);
}

// Enough data for many default-size chunks, so refills happen mid-record with real buffer sizes too.
void TestCsvReader::manyRecords()
{
    QByteArray input;
    const int count = 50000;
    for (int i = 0; i < count; ++i) {
        input += "Name " + QByteArray::number(i) + ",user" + QByteArray::number(i) + "@example.jp,\"multi\r\nline "
                 + QByteArray::number(i) + "\",\"quoted \"\"x\"\"\"\r\n";
    }
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, "UTF-8", QChar(u','));
    QStringList fields;
    int read = 0;
    while (reader.readRecord(fields)) {
        QCOMPARE(fields.size(), 4);
        if (fields.at(0) != u"Name %1"_s.arg(read) || fields.at(2) != u"multi\r\nline %1"_s.arg(read)
            || fields.at(3) != u"quoted \"x\""_s || reader.recordStartLine() != 2 * read + 1)
            QFAIL(qPrintable(u"record %1 wrong: %2"_s.arg(read).arg(fields.join(u'|'))));
        ++read;
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(read, count);
    QCOMPARE(reader.bytesConsumed(), input.size());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"

// A first look at a CSV file: its charset, delimiter, header, automatic mapping and first rows.
#include "ImportPreview.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include "import/CharsetDetector.h"
#include "import/CsvReader.h"
#include "import/DelimiterSniffer.h"
#include "import/HeaderMapper.h"
#include "import/TextDecoder.h"

QList<ColumnMapping> ImportPreview::autoMap(const QStringList& headers)
{
    const QList<ContactField> fields = HeaderMapper::mapHeaders(headers);
    QList<ColumnMapping> mapping;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        ColumnMapping column {fields.value(i, ContactField::Ignore), {}};
        if (column.field == ContactField::Custom) {
            column.customKey = HeaderMapper::customKeyFor(headers.at(i));
            if (column.customKey.isEmpty()) {
                column.field = ContactField::Ignore;
            }
        }
        mapping.append(column);
    }
    return mapping;
}

int ImportPreview::emailColumn(const QList<ColumnMapping>& mapping)
{
    for (qsizetype i = 0; i < mapping.size(); ++i) {
        if (mapping.at(i).field == ContactField::Email) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

Result<ImportPreview>
ImportPreview::inspect(const QString& path, const QByteArray& charset, QChar delimiter, int maxRows)
{
    using R = Result<ImportPreview>;
    const QFileInfo info(path);
    if (!info.exists()) {
        return R::failure(tr("%1: no such file.").arg(path));
    }
    if (info.isDir()) {
        return R::failure(tr("%1 is a folder: choose a CSV file.").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(tr("Cannot open %1: %2").arg(path, file.errorString()));
    }
    ImportPreview preview;
    preview.filePath = info.absoluteFilePath();
    preview.fileSize = file.size();
    if (preview.fileSize == 0) {
        return R::failure(tr("%1 is empty: export the contacts again, with a header row.").arg(info.fileName()));
    }
    QByteArray sample = file.read(sampleBytes);
    const bool wholeFile = file.atEnd();

    if (charset.isEmpty()) {
        const CharsetGuess guess = CharsetDetector::detect(sample, wholeFile);
        if (guess.binary) {
            return R::failure(tr("%1 is not a text file (it looks like binary data): save the sheet as CSV "
                                 "(File > Save As > CSV) and import that.")
                                  .arg(info.fileName()));
        }
        preview.charset = guess.name;
        preview.charsetDetected = true;
    } else {
        if (!TextDecoder::create(charset)) {
            return R::failure(tr("Unknown encoding '%1': use one of %2.")
                                  .arg(QString::fromLatin1(charset),
                                       CharsetDetector::supportedCharsets().join(QStringLiteral(", "))));
        }
        preview.charset = charset;
    }

    // Sniff the delimiter on decoded text, then read the header and the first rows from the sample.
    std::unique_ptr<TextDecoder> decoder = TextDecoder::create(preview.charset);
    const QString text = decoder->decode(sample);
    preview.delimiter = delimiter.isNull() ? DelimiterSniffer::sniff(text) : delimiter;

    QBuffer buffer(&sample);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, preview.charset, preview.delimiter);
    QStringList fields;
    if (!reader.readRecord(fields)) {
        if (reader.hasError()) {
            return R::failure(
                tr("%1, line %2: %3").arg(info.fileName()).arg(reader.recordStartLine()).arg(reader.errorString()));
        }
        return R::failure(tr("%1 has no header row: the first row must name the columns (e.g. メールアドレス, 氏名).")
                              .arg(info.fileName()));
    }
    for (QString& header : fields) {
        header = header.trimmed();
    }
    preview.headers = fields;
    preview.hasUndecodableBytes = reader.recordHadInvalidBytes();
    preview.mapping = autoMap(preview.headers);
    // Each record is taken once the next one has been read: the last record of a cut sample may itself be cut.
    qint64 sampledRows = 0;
    QStringList pending;
    bool pendingInvalid = false;
    bool hasPending = false;
    auto takePending = [&] {
        ++sampledRows;
        if (preview.rows.size() < maxRows) {
            preview.hasUndecodableBytes = preview.hasUndecodableBytes || pendingInvalid;
            preview.rows.append(pending);
        }
    };
    while (reader.readRecord(fields)) {
        if (hasPending) {
            takePending();
        }
        pending = fields;
        pendingInvalid = reader.recordHadInvalidBytes();
        hasPending = true;
    }
    if (hasPending && wholeFile && !reader.hasError()) {
        takePending();
    }
    preview.estimatedRows
        = wholeFile ? sampledRows
                    : static_cast<qint64>(double(sampledRows) * double(preview.fileSize) / double(sample.size()));
    return preview;
}

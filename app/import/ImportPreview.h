// A first look at a CSV file: its charset, delimiter, header, automatic mapping and first rows.
// The import wizard shows it; the importer uses the same detection, so what the user saw is what gets imported.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "common/Result.h"
#include "import/ImportOptions.h"

class ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreview)

public:
    // Reads at most the first `sampleBytes` of the file; charset/delimiter empty = detect.
    static Result<ImportPreview>
    inspect(const QString& path, const QByteArray& charset = {}, QChar delimiter = {}, int maxRows = 20);

    QString filePath;
    qint64 fileSize = 0;
    QByteArray charset;
    bool charsetDetected = false; // false when the caller chose it
    QChar delimiter;
    QStringList headers;
    QList<ColumnMapping> mapping;     // the automatic mapping of `headers`
    QList<QStringList> rows;          // the first data rows, decoded
    bool hasUndecodableBytes = false; // the sample has bytes the charset cannot decode
    qint64 estimatedRows = 0;         // data rows, counted in the sample and scaled to the file's size

    // The automatic mapping, and whether it finds an email column.
    static QList<ColumnMapping> autoMap(const QStringList& headers);
    static int emailColumn(const QList<ColumnMapping>& mapping);

    static constexpr qint64 sampleBytes = 256 * 1024;
};

// CsvReader: streaming RFC 4180 reader that decodes a device chunk by chunk; memory stays flat for huge files.
#pragma once

#include <deque>
#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

class TextDecoder;

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qint64 defaultChunkSize = 256 * 1024;
    // A record longer than this is almost surely an unclosed quote swallowing the rest of the file.
    static constexpr qint64 defaultMaxRecordLength = 16 * 1024 * 1024;

    // device must be open for reading and positioned at the start (the BOM, if any, is skipped).
    // An unknown charset makes the reader fail at once (hasError()).
    CsvReader(QIODevice* device, const QByteArray& charset, QChar delimiter);
    ~CsvReader();

    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Tests use tiny chunks to hit every boundary; call before the first readRecord().
    void setChunkSize(qint64 bytes);
    void setMaxRecordLength(qint64 characters);

    // Reads the next record into fields (reusing its storage). Blank lines are skipped; whitespace around fields is
    // kept. False at the end of input or on a fatal error — check hasError().
    bool readRecord(QStringList& fields);

    // 1-based physical line where the last record read (or the failing one) starts.
    qint64 recordStartLine() const { return m_recordStartLine; }
    // Bytes read from the device so far, for progress (ahead of the parse position by at most one chunk).
    qint64 bytesConsumed() const { return m_bytesRead; }
    bool hasError() const { return !m_error.isEmpty(); }
    // Translated, names the line and says what to do.
    QString errorString() const { return m_error; }
    // Undecodable input so far; each occurrence is a U+FFFD in some field.
    qint64 invalidByteCount() const;
    // True if the last record read contains undecodable input (look for U+FFFD to find the field).
    bool recordHadInvalidBytes() const { return m_recordHadInvalidBytes; }

private:
    bool fill(qsizetype keepFrom);
    qsizetype scanToFieldEnd(qsizetype start);
    bool readQuotedField();
    void appendQuotedText(qsizetype from, qsizetype to);
    void skipLineFeedAfterCarriageReturn();
    bool checkRecordLength();
    static void storeField(QStringList& fields, qsizetype index, QStringView text);

    QIODevice* m_device = nullptr;
    std::unique_ptr<TextDecoder> m_decoder;
    char16_t m_delimiter = u',';
    qint64 m_chunkSize = defaultChunkSize;
    qint64 m_maxRecordLength = defaultMaxRecordLength;

    QByteArray m_rawChunk;     // reused for every read
    QString m_buffer;          // decoded text not yet parsed (plus the current record)
    qsizetype m_pos = 0;       // parse position in m_buffer
    qint64 m_bufferOffset = 0; // characters dropped from m_buffer's front so far
    QString m_quotedField;     // unescaped content of the quoted field being read
    bool m_endOfInput = false;

    qint64 m_line = 1; // physical line at m_pos
    qint64 m_recordStartLine = 0;
    qint64 m_recordStartOffset = 0; // absolute character offset of the current record
    qint64 m_bytesRead = 0;
    QString m_error;

    // Absolute character offsets of U+FFFD produced by the decoder, consumed record by record.
    std::deque<qint64> m_invalidOffsets;
    bool m_recordHadInvalidBytes = false;
};

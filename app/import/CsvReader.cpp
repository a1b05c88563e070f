// CsvReader: a hand-rolled scanner over the decoded buffer; fields are sliced out by index, not built per character.
#include "CsvReader.h"

#include "TextDecoder.h"

CsvReader::CsvReader(QIODevice* device, const QByteArray& charset, QChar delimiter)
    : m_device(device)
    , m_decoder(TextDecoder::create(charset))
    , m_delimiter(delimiter.unicode())
{
    Q_ASSERT(delimiter != u'"' && delimiter != u'\r' && delimiter != u'\n');
    if (!m_decoder)
        m_error = tr("The character encoding \"%1\" is not supported. Choose another encoding for this file.")
                      .arg(QString::fromLatin1(charset));
    else if (!m_device || !m_device->isReadable())
        m_error = tr("The file is not open for reading.");
}

CsvReader::~CsvReader() = default;

void CsvReader::setChunkSize(qint64 bytes)
{
    m_chunkSize = std::max<qint64>(1, bytes);
}

void CsvReader::setMaxRecordLength(qint64 characters)
{
    m_maxRecordLength = std::max<qint64>(1, characters);
}

qint64 CsvReader::invalidByteCount() const
{
    return m_decoder ? m_decoder->invalidByteCount() : 0;
}

// Drops m_buffer[0, keepFrom) and appends the next decoded text. False at the end of input or on a read error.
bool CsvReader::fill(qsizetype keepFrom)
{
    if (keepFrom > 0) {
        m_buffer.remove(0, keepFrom);
        m_bufferOffset += keepFrom;
        m_pos -= keepFrom;
    }
    const qsizetype oldSize = m_buffer.size();
    // A tiny chunk can end inside a multi-byte sequence and decode to nothing: read on until text arrives.
    while (m_buffer.size() == oldSize) {
        if (m_endOfInput || hasError())
            return false;
        if (m_rawChunk.size() != m_chunkSize)
            m_rawChunk.resize(m_chunkSize);
        const qint64 bytesRead = m_device->read(m_rawChunk.data(), m_chunkSize);
        if (bytesRead < 0) {
            m_error = tr("Could not read the file: %1").arg(m_device->errorString());
            return false;
        }
        const qint64 invalidBefore = m_decoder->invalidByteCount();
        QString text;
        if (bytesRead == 0) {
            m_endOfInput = true;
            text = m_decoder->finish();
        } else {
            m_bytesRead += bytesRead;
            text = m_decoder->decode(QByteArrayView(m_rawChunk.constData(), bytesRead));
        }
        if (m_decoder->invalidByteCount() > invalidBefore) {
            const qint64 base = m_bufferOffset + m_buffer.size();
            for (qsizetype i = text.indexOf(QChar::ReplacementCharacter); i >= 0;
                 i = text.indexOf(QChar::ReplacementCharacter, i + 1))
                m_invalidOffsets.push_back(base + i);
        }
        m_buffer.append(text);
    }
    return true;
}

bool CsvReader::checkRecordLength()
{
    if (m_bufferOffset + m_buffer.size() - m_recordStartOffset <= m_maxRecordLength)
        return true;
    m_error = tr("The record starting on line %1 is longer than %2 characters. A quote (\") is probably not "
                 "closed; check that line.")
                  .arg(m_recordStartLine)
                  .arg(m_maxRecordLength);
    return false;
}

// Advances m_pos to the next delimiter, CR or LF (or the end of input) and returns where the field starts then;
// refills keep the text from start on.
qsizetype CsvReader::scanToFieldEnd(qsizetype start)
{
    const char16_t delimiter = m_delimiter;
    qsizetype i = m_pos;
    for (;;) {
        const char16_t* data = QStringView(m_buffer).utf16();
        const qsizetype size = m_buffer.size();
        for (; i < size; ++i) {
            const char16_t c = data[i];
            if (c == delimiter || c == u'\n' || c == u'\r') {
                m_pos = i;
                return start;
            }
        }
        m_pos = i;
        const bool more = fill(start);
        i = m_pos;
        start = 0;
        if (!more || !checkRecordLength())
            return start;
    }
}

// Adds m_buffer[from, to) to the quoted field and counts the physical lines it spans.
void CsvReader::appendQuotedText(qsizetype from, qsizetype to)
{
    const QStringView part = QStringView(m_buffer).sliced(from, to - from);
    for (qsizetype i = 0; i < part.size(); ++i) {
        if (part[i] == u'\n' || (part[i] == u'\r' && (i + 1 == part.size() || part[i + 1] != u'\n')))
            ++m_line;
    }
    m_quotedField.append(part);
}

bool CsvReader::readQuotedField()
{
    const qint64 quoteLine = m_line;
    ++m_pos;                 // the opening quote
    m_quotedField.resize(0); // keeps the capacity, unlike clear()
    for (;;) {
        const qsizetype quote = m_buffer.indexOf(u'"', m_pos);
        if (quote < 0) {
            qsizetype end = m_buffer.size();
            // Hold back a final CR: whether it is a CRLF pair shows only with the next chunk.
            if (end > m_pos && m_buffer.at(end - 1) == u'\r')
                --end;
            appendQuotedText(m_pos, end);
            m_pos = end;
            if (!fill(m_pos)) {
                if (!hasError())
                    m_error = tr("The quoted field that starts on line %1 is never closed. Add the missing closing "
                                 "quote (\") in the file and import it again.")
                                  .arg(quoteLine);
                return false;
            }
            if (!checkRecordLength())
                return false;
            continue;
        }
        appendQuotedText(m_pos, quote);
        m_pos = quote + 1;
        if (m_pos >= m_buffer.size() && !fill(m_pos))
            return !hasError(); // closed right at the end of input
        if (m_buffer.at(m_pos) != u'"')
            break;
        m_quotedField.append(u'"'); // "" stands for one quote
        ++m_pos;
    }
    // Lenient like Excel: text between the closing quote and the next delimiter is kept ("ab"cd -> abcd).
    const char16_t next = m_buffer.at(m_pos).unicode();
    if (next != m_delimiter && next != u'\n' && next != u'\r') {
        const qsizetype start = scanToFieldEnd(m_pos);
        if (hasError())
            return false;
        m_quotedField.append(QStringView(m_buffer).sliced(start, m_pos - start));
    }
    return true;
}

void CsvReader::skipLineFeedAfterCarriageReturn()
{
    if (m_pos >= m_buffer.size() && !fill(m_pos))
        return;
    if (m_buffer.at(m_pos) == u'\n')
        ++m_pos;
}

void CsvReader::storeField(QStringList& fields, qsizetype index, QStringView text)
{
    // setUnicode() reuses the string's buffer when nobody else shares it: no allocation per field in steady state.
    if (index < fields.size())
        fields[index].setUnicode(text.data(), text.size());
    else
        fields.append(text.toString());
}

bool CsvReader::readRecord(QStringList& fields)
{
    m_recordHadInvalidBytes = false;
    if (hasError())
        return false;

    // Blank lines between records are not records.
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill(m_pos))
            return false;
        const QChar c = m_buffer.at(m_pos);
        if (c != u'\n' && c != u'\r')
            break;
        ++m_pos;
        ++m_line;
        if (c == u'\r')
            skipLineFeedAfterCarriageReturn();
    }

    m_recordStartLine = m_line;
    m_recordStartOffset = m_bufferOffset + m_pos;
    qsizetype count = 0;
    for (;;) {
        if (m_pos >= m_buffer.size())
            fill(m_pos);
        if (hasError())
            return false;
        if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'"') {
            if (!readQuotedField())
                return false;
            storeField(fields, count++, m_quotedField);
        } else {
            const qsizetype start = scanToFieldEnd(m_pos);
            if (hasError())
                return false;
            storeField(fields, count++, QStringView(m_buffer).sliced(start, m_pos - start));
        }
        // m_pos is on a delimiter, CR or LF now, or at the end of input.
        if (m_pos >= m_buffer.size())
            break;
        const char16_t c = m_buffer.at(m_pos++).unicode();
        if (c == m_delimiter)
            continue;
        ++m_line;
        if (c == u'\r')
            skipLineFeedAfterCarriageReturn();
        break;
    }
    if (fields.size() > count)
        fields.resize(count);

    const qint64 recordEnd = m_bufferOffset + m_pos;
    while (!m_invalidOffsets.empty() && m_invalidOffsets.front() < recordEnd) {
        m_recordHadInvalidBytes = true;
        m_invalidOffsets.pop_front();
    }
    return true;
}

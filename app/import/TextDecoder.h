// TextDecoder: turns a byte stream in one charset into text, chunk by chunk, counting undecodable input.
#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QTextCodec;

class TextDecoder
{
public:
    // nullptr if the charset is unknown. Accepts the names CharsetDetector returns and any alias Qt/ICU knows.
    static std::unique_ptr<TextDecoder> create(const QByteArray& charset);
    ~TextDecoder();

    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;

    // Decodes the next chunk. A multi-byte sequence split between two calls is decoded whole on the second call.
    // Undecodable bytes become U+FFFD; one byte order mark at the very start of the stream is dropped.
    QString decode(QByteArrayView bytes);
    // Call once at the end of input: a sequence left incomplete there becomes U+FFFD.
    QString finish();

    // Undecodable input seen so far. Exact bytes for UTF-8/UTF-16; for the ICU-backed charsets (Shift_JIS,
    // EUC-JP, ...) one per undecodable sequence, which may span two or three bytes.
    qint64 invalidByteCount() const { return m_invalidCount; }
    // The charset name as given to create().
    const QByteArray& charset() const { return m_charset; }

    // The QTextCodec that implements a charset name, or nullptr. Shared with TextEncoder.
    static QTextCodec* codecFor(const QByteArray& charset);

private:
    TextDecoder(QTextCodec* codec, QByteArray charset);
    QString decodeRaw(const char* data, qsizetype size);
    void dropInitialBom(QString& text);

    // Wraps QTextCodec::ConverterState: kept out of this header so includers need no Core5Compat.
    struct State;

    QTextCodec* m_codec = nullptr;
    QByteArray m_charset;
    std::unique_ptr<State> m_state;
    // Qt's own UTF codecs count invalid input in m_state; ICU-backed codecs don't, so we count U+FFFD instead
    // (none of their byte sequences decodes to U+FFFD legitimately).
    bool m_stateCountsInvalid = false;
    bool m_atStart = true;
    bool m_finished = false;
    qint64 m_invalidCount = 0;
};

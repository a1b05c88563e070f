// TextDecoder: incremental decoding through Core5Compat's QTextCodec (ICU-backed on Debian).
#include "TextDecoder.h"

#include <algorithm>

#include <QTextCodec>

struct TextDecoder::State
{
    QTextCodec::ConverterState converter;
};

namespace {
// MIB numbers of the codecs Qt implements itself; their ConverterState::invalidChars is reliable.
bool isQtBuiltinCodec(const QTextCodec* codec)
{
    switch (codec->mibEnum()) {
    case 4:    // ISO-8859-1
    case 106:  // UTF-8
    case 1013: // UTF-16BE
    case 1014: // UTF-16LE
    case 1015: // UTF-16
    case 1017: // UTF-32
    case 1018: // UTF-32BE
    case 1019: // UTF-32LE
        return true;
    default:
        return false;
    }
}

qint64 countReplacementChars(QStringView text)
{
    return text.count(QChar::ReplacementCharacter);
}
} // namespace

QTextCodec* TextDecoder::codecFor(const QByteArray& charset)
{
    // Finding (Debian 12, Qt 6.4 Core5Compat over ICU 72): "Shift_JIS", "cp932", "windows-31j" and "MS_Kanji"
    // all resolve to ICU's ibm-943_P15A-2003, which is Microsoft's CP932: it decodes the NEC/IBM extensions
    // (87 40 ①, 87 8A ㈱, FB FC 髙) and maps 81 60 to U+FF5E ～ and 5C to '\'. So plain "Shift_JIS" is right.
    // Quirk of that table: bytes 1A/1C/7F come out as U+001C/U+007F/U+001A (IBM control swap).
    if (charset.isEmpty())
        return nullptr;
    if (charset.compare("Shift_JIS", Qt::CaseInsensitive) == 0)
        return QTextCodec::codecForName("Shift_JIS");
    return QTextCodec::codecForName(charset);
}

std::unique_ptr<TextDecoder> TextDecoder::create(const QByteArray& charset)
{
    QTextCodec* codec = codecFor(charset);
    if (!codec)
        return nullptr;
    return std::unique_ptr<TextDecoder>(new TextDecoder(codec, charset));
}

TextDecoder::TextDecoder(QTextCodec* codec, QByteArray charset)
    : m_codec(codec)
    , m_charset(std::move(charset))
    , m_state(std::make_unique<State>())
    , m_stateCountsInvalid(isQtBuiltinCodec(codec))
{
}

TextDecoder::~TextDecoder() = default;

QString TextDecoder::decodeRaw(const char* data, qsizetype size)
{
    if (size <= 0)
        return {};
    QString text = m_codec->toUnicode(data, static_cast<int>(size), &m_state->converter);
    if (m_stateCountsInvalid)
        m_invalidCount = m_state->converter.invalidChars;
    else
        m_invalidCount += countReplacementChars(text);
    return text;
}

void TextDecoder::dropInitialBom(QString& text)
{
    // Qt's UTF codecs already skip a BOM; this catches codecs that pass it through.
    if (!m_atStart || text.isEmpty())
        return;
    m_atStart = false;
    if (text.front() == QChar::ByteOrderMark)
        text.remove(0, 1);
}

QString TextDecoder::decode(QByteArrayView bytes)
{
    Q_ASSERT(!m_finished);
    // QTextCodec takes int sizes; feed huge views in slices.
    constexpr qsizetype maxSlice = 1 << 30;
    QString text;
    for (qsizetype offset = 0; offset < bytes.size(); offset += maxSlice)
        text += decodeRaw(bytes.data() + offset, std::min(maxSlice, bytes.size() - offset));
    dropInitialBom(text);
    return text;
}

QString TextDecoder::finish()
{
    if (m_finished)
        return {};
    m_finished = true;
    QString text;
    if (m_stateCountsInvalid) {
        if (m_state->converter.remainingChars > 0) {
            m_invalidCount += m_state->converter.remainingChars;
            text = QChar(QChar::ReplacementCharacter);
        }
    } else {
        // QTextCodec never tells ICU to flush, so a truncated sequence would vanish silently. A trailing LF
        // forces ICU to report it (as U+FFFD); the LF itself is dropped again.
        text = decodeRaw("\n", 1);
        if (text.endsWith(u'\n'))
            text.chop(1);
    }
    dropInitialBom(text);
    return text;
}

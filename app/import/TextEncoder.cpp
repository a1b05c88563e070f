// TextEncoder: encoding through the same QTextCodec lookup as TextDecoder.
#include "TextEncoder.h"

#include <QTextCodec>

#include "TextDecoder.h"

namespace {
// Unicode text from macOS, the web or a JIS X 0208 decoder uses these; CP932 only has the right-hand forms.
QString toCp932Forms(const QString& text)
{
    QString mapped = text;
    for (QChar& ch : mapped) {
        switch (ch.unicode()) {
        case 0x301C: // WAVE DASH
            ch = QChar(0xFF5E);
            break;
        case 0x2016: // DOUBLE VERTICAL LINE
            ch = QChar(0x2225);
            break;
        case 0x2212: // MINUS SIGN
            ch = QChar(0xFF0D);
            break;
        case 0x2014: // EM DASH
            ch = QChar(0x2015);
            break;
        case 0x00A2:
            ch = QChar(0xFFE0);
            break;
        case 0x00A3:
            ch = QChar(0xFFE1);
            break;
        case 0x00AC:
            ch = QChar(0xFFE2);
            break;
        case 0x00A0: // NO-BREAK SPACE
            ch = QLatin1Char(' ');
            break;
        default:
            break;
        }
    }
    return mapped;
}
} // namespace

QByteArray TextEncoder::encode(const QString& text, const QByteArray& charset, int* unencodableCount)
{
    QTextCodec* codec = TextDecoder::codecFor(charset);
    if (!codec) {
        if (unencodableCount)
            *unencodableCount = -1;
        return {};
    }
    const bool japanese = codec->mibEnum() == 17 /* Shift_JIS */ || codec->mibEnum() == 18 /* EUC-JP */;
    const QString source = japanese ? toCp932Forms(text) : text;
    // A state without WriteBom keeps Qt's UTF-16 codecs from prefixing a BOM.
    QTextCodec::ConverterState state;
    const QByteArray bytes = codec->fromUnicode(source.constData(), static_cast<int>(source.size()), &state);
    if (unencodableCount)
        *unencodableCount = static_cast<int>(state.invalidChars);
    return bytes;
}

// CharsetDetector: order of checks is BOM, BOM-less UTF-16, binary, ISO-2022-JP, strict UTF-8, CP932 vs EUC-JP,
// then uchardet. Japanese gets its own scoring because uchardet cannot tell CP932 extensions from invalid bytes.
#include "CharsetDetector.h"

#include <memory>
#include <type_traits>

#include <uchardet.h>

#include <QStringDecoder>

#include "TextDecoder.h"

using namespace Qt::StringLiterals;

namespace {
enum class Utf16Order { None, LittleEndian, BigEndian };

bool hasPrefix(const QByteArray& sample, const char* prefix)
{
    return sample.startsWith(QByteArrayView(prefix));
}

// Text in UTF-16 decodes without unpaired surrogates and without control characters other than tab/CR/LF.
bool decodesAsUtf16Text(const QByteArray& sample, QStringDecoder::Encoding encoding, bool sampleIsWholeFile)
{
    const qsizetype size = sampleIsWholeFile ? sample.size() : sample.size() & ~qsizetype(1);
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(sample).first(size));
    if (!sampleIsWholeFile && !text.isEmpty() && text.back().isHighSurrogate())
        text.chop(1);
    if (decoder.hasError())
        return false;
    for (QChar ch : std::as_const(text)) {
        const char16_t u = ch.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            return false;
    }
    return true;
}

// ASCII-heavy UTF-16 without a BOM has a NUL in nearly every other byte and none in between.
Utf16Order bomlessUtf16(const QByteArray& sample, bool sampleIsWholeFile)
{
    const qsizetype pairs = sample.size() / 2;
    if (pairs == 0)
        return Utf16Order::None;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < pairs * 2; i += 2) {
        evenNuls += sample.at(i) == '\0';
        oddNuls += sample.at(i + 1) == '\0';
    }
    if (oddNuls * 10 >= pairs * 4 && evenNuls * 50 <= pairs
        && decodesAsUtf16Text(sample, QStringDecoder::Utf16LE, sampleIsWholeFile))
        return Utf16Order::LittleEndian;
    if (evenNuls * 10 >= pairs * 4 && oddNuls * 50 <= pairs
        && decodesAsUtf16Text(sample, QStringDecoder::Utf16BE, sampleIsWholeFile))
        return Utf16Order::BigEndian;
    return Utf16Order::None;
}

bool looksBinary(const QByteArray& sample)
{
    qsizetype controls = 0;
    for (const char c : sample) {
        const auto byte = static_cast<uchar>(c);
        if (byte == 0)
            return true;
        // Tab, LF, FF, CR, DOS end-of-file (1A) and ESC (ISO-2022-JP) occur in text files.
        if ((byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D && byte != 0x1A
             && byte != 0x1B)
            || byte == 0x7F)
            ++controls;
    }
    return controls * 100 > sample.size();
}

bool isIso2022Jp(const QByteArray& sample)
{
    for (const char c : sample) {
        if (static_cast<uchar>(c) >= 0x80)
            return false;
    }
    return sample.contains("\x1b$B") || sample.contains("\x1b$@");
}

// Strict UTF-8: no overlongs, surrogates or code points above U+10FFFF.
bool isValidUtf8(const QByteArray& sample, bool sampleIsWholeFile)
{
    const auto* bytes = reinterpret_cast<const uchar*>(sample.constData());
    const qsizetype size = sample.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar secondMin = 0x80;
        uchar secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                secondMin = 0xA0;
            else if (lead == 0xED)
                secondMax = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                secondMin = 0x90;
            else if (lead == 0xF4)
                secondMax = 0x8F;
        } else {
            return false;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return !sampleIsWholeFile; // cut off by the sample's end
            const uchar next = bytes[i + k];
            const uchar min = k == 1 ? secondMin : uchar(0x80);
            const uchar max = k == 1 ? secondMax : uchar(0xBF);
            if (next < min || next > max)
                return false;
        }
        i += length;
    }
    return true;
}

struct JapaneseScore
{
    qint64 invalid = 0;
    qint64 kana = 0; // full-width hiragana and katakana
    qint64 kanji = 0;
    qint64 symbols = 0; // full-width forms, CJK punctuation, circled numbers, ㈱
    qint64 halfWidthKana = 0;
    qint64 halfWidthKanaWords = 0; // runs of three or more; Latin-1 capitals read as CP932 come one at a time

    qint64 japanese() const { return kana + kanji; }
    qint64 weight() const { return kana * 2 + kanji + symbols; }
};

JapaneseScore scoreAs(const QByteArray& charset, const QByteArray& sample, bool sampleIsWholeFile)
{
    JapaneseScore score;
    const auto decoder = TextDecoder::create(charset);
    if (!decoder) {
        score.invalid = sample.size();
        return score;
    }
    QString text = decoder->decode(sample);
    if (sampleIsWholeFile)
        text += decoder->finish();
    score.invalid = decoder->invalidByteCount();
    qsizetype halfWidthRun = 0;
    for (QChar ch : std::as_const(text)) {
        const char16_t u = ch.unicode();
        const bool halfWidth = u >= 0xFF61 && u <= 0xFF9F;
        halfWidthRun = halfWidth ? halfWidthRun + 1 : 0;
        if (halfWidthRun == 3)
            ++score.halfWidthKanaWords;
        if (u < 0x80)
            continue;
        if (u <= 0x9F || (u >= 0xE000 && u <= 0xF8FF)) {
            // C1 controls (what EUC-JP makes of CP932 lead bytes) and the user-defined area: not real text.
            ++score.invalid;
        } else if (u >= 0x3041 && u <= 0x30FF) {
            ++score.kana;
        } else if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF)) {
            ++score.kanji;
        } else if (halfWidth) {
            ++score.halfWidthKana;
        } else if ((u >= 0x3000 && u <= 0x303F) || (u >= 0xFF01 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6)
                   || (u >= 0x2460 && u <= 0x24FF) || (u >= 0x3200 && u <= 0x33FF)) {
            ++score.symbols;
        }
    }
    return score;
}

// Plausible Japanese: (almost) nothing undecodable, and kana — Latin-1 text read as CP932 yields stray kanji and
// single half-width kana but hardly ever full-width kana or half-width words. Kanji-only text counts when uchardet
// also thinks the file is Japanese.
bool isPlausibleJapanese(const JapaneseScore& score, bool uchardetSaysJapanese)
{
    if (score.invalid * 200 > score.japanese() + score.halfWidthKana)
        return false;
    return (score.kana >= 1 && score.japanese() >= 2) || score.halfWidthKanaWords >= 1
           || (uchardetSaysJapanese && score.kanji >= 1);
}

QByteArray runUchardet(const QByteArray& sample)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(uchardet_new(),
                                                                                            uchardet_delete);
    if (!detector || uchardet_handle_data(detector.get(), sample.constData(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    const char* name = uchardet_get_charset(detector.get());
    return name ? QByteArray(name) : QByteArray();
}
} // namespace

CharsetGuess CharsetDetector::detect(const QByteArray& sample, bool sampleIsWholeFile)
{
    const QByteArray utf8 = QByteArrayLiteral("UTF-8");
    if (hasPrefix(sample, "\xEF\xBB\xBF"))
        return {utf8, 3, false};
    if (hasPrefix(sample, "\xFF\xFE"))
        return {QByteArrayLiteral("UTF-16LE"), 2, false};
    if (hasPrefix(sample, "\xFE\xFF"))
        return {QByteArrayLiteral("UTF-16BE"), 2, false};

    switch (bomlessUtf16(sample, sampleIsWholeFile)) {
    case Utf16Order::LittleEndian:
        return {QByteArrayLiteral("UTF-16LE"), 0, false};
    case Utf16Order::BigEndian:
        return {QByteArrayLiteral("UTF-16BE"), 0, false};
    case Utf16Order::None:
        break;
    }

    if (looksBinary(sample))
        return {QByteArray(), 0, true};
    if (isIso2022Jp(sample))
        return {QByteArrayLiteral("ISO-2022-JP"), 0, false};
    // Also covers pure ASCII and the empty file.
    if (isValidUtf8(sample, sampleIsWholeFile))
        return {utf8, 0, false};

    const QByteArray fromUchardet = runUchardet(sample).toUpper();
    const bool uchardetSaysJapanese
        = fromUchardet == "SHIFT_JIS" || fromUchardet == "EUC-JP" || fromUchardet == "ISO-2022-JP";

    const QByteArray shiftJis = QByteArrayLiteral("Shift_JIS");
    const QByteArray eucJp = QByteArrayLiteral("EUC-JP");
    const JapaneseScore asShiftJis = scoreAs(shiftJis, sample, sampleIsWholeFile);
    const JapaneseScore asEucJp = scoreAs(eucJp, sample, sampleIsWholeFile);
    const bool shiftJisPlausible = isPlausibleJapanese(asShiftJis, uchardetSaysJapanese);
    const bool eucJpPlausible = isPlausibleJapanese(asEucJp, uchardetSaysJapanese);
    if (shiftJisPlausible && eucJpPlausible) // ties go to CP932, what Excel writes
        return {asEucJp.weight() > asShiftJis.weight() ? eucJp : shiftJis, 0, false};
    if (shiftJisPlausible)
        return {shiftJis, 0, false};
    if (eucJpPlausible)
        return {eucJp, 0, false};

    if (fromUchardet == "SHIFT_JIS")
        return {shiftJis, 0, false};
    if (!fromUchardet.isEmpty() && fromUchardet != "ASCII" && TextDecoder::codecFor(fromUchardet))
        return {fromUchardet, 0, false};
    return {QByteArrayLiteral("WINDOWS-1252"), 0, false};
}

QStringList CharsetDetector::supportedCharsets()
{
    return {u"UTF-8"_s,
            u"UTF-16LE"_s,
            u"UTF-16BE"_s,
            u"Shift_JIS"_s,
            u"EUC-JP"_s,
            u"ISO-2022-JP"_s,
            u"WINDOWS-1252"_s,
            u"ISO-8859-1"_s};
}

QString CharsetDetector::displayName(const QByteArray& name)
{
    const QByteArray upper = name.toUpper();
    if (upper == "UTF-8")
        return tr("Unicode (UTF-8)");
    if (upper == "UTF-16LE")
        return tr("Unicode (UTF-16 little-endian)");
    if (upper == "UTF-16BE")
        return tr("Unicode (UTF-16 big-endian)");
    if (upper == "SHIFT_JIS")
        return tr("Shift_JIS (Windows/Excel, CP932)");
    if (upper == "EUC-JP")
        return tr("EUC-JP (Japanese, Unix)");
    if (upper == "ISO-2022-JP")
        return tr("ISO-2022-JP (Japanese, JIS)");
    if (upper == "WINDOWS-1252")
        return tr("Windows-1252 (Western European)");
    if (upper == "ISO-8859-1")
        return tr("ISO-8859-1 (Latin-1)");
    return QString::fromLatin1(name);
}

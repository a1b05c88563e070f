// HeaderEncoding: RFC 2047 encoded-words and RFC 5322 folding; see the header for the rules.
#include "HeaderEncoding.h"

#include <QList>

#include "import/TextEncoder.h"

namespace {

bool isAscii(const QString& text)
{
    for (QChar ch : text) {
        if (ch.unicode() > 0x7E)
            return false;
    }
    return true;
}

// One character: a code point, so a surrogate pair is never split across encoded-words.
QList<QString> codePoints(const QString& text)
{
    QList<QString> units;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            units.append(text.mid(i, 2));
            ++i;
        } else {
            units.append(text.mid(i, 1));
        }
    }
    return units;
}

bool isIso2022Jp(const QByteArray& charset)
{
    return charset.compare("ISO-2022-JP", Qt::CaseInsensitive) == 0;
}

// Bytes of `text` in `charset`; ISO-2022-JP always ends in ASCII state, so each word stands alone.
QByteArray encodeChunk(const QString& text, const QByteArray& charset)
{
    if (!isIso2022Jp(charset))
        return text.toUtf8();
    QByteArray bytes = TextEncoder::encode(text, "ISO-2022-JP");
    const qsizetype lastEscape = bytes.lastIndexOf('\x1b');
    if (lastEscape >= 0 && bytes.mid(lastEscape, 3) != "\x1b(B")
        bytes.append("\x1b(B");
    return bytes;
}

qsizetype base64Length(qsizetype bytes)
{
    return (bytes + 2) / 3 * 4;
}

// Bytes of one code point in UTF-8; QString::toUtf8 writes a lone surrogate as '?'.
qsizetype utf8Length(const QString& text, qsizetype i, bool* pair)
{
    const char16_t ch = text.at(i).unicode();
    *pair = QChar::isHighSurrogate(ch) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
    if (*pair)
        return 4;
    return ch < 0x80 || QChar::isSurrogate(ch) ? 1 : ch < 0x800 ? 2 : 3;
}

// UTF-8 words by counting bytes, without a string per character: every message's headers come through here.
QList<QByteArray> utf8EncodedWords(const QString& text, int firstBudget)
{
    static const QByteArray prefix = QByteArrayLiteral("=?UTF-8?B?");
    const qsizetype overhead = prefix.size() + 2;
    QList<QByteArray> words;
    qsizetype wordStart = 0;
    qsizetype wordBytes = 0;
    auto flush = [&](qsizetype end) {
        if (end > wordStart)
            words.append(prefix + QStringView(text).mid(wordStart, end - wordStart).toUtf8().toBase64() + "?=");
        wordStart = end;
        wordBytes = 0;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        bool pair = false;
        const qsizetype length = utf8Length(text, i, &pair);
        const int budget = words.isEmpty() ? firstBudget : HeaderEncoding::maxEncodedWordLength;
        if (i > wordStart && overhead + base64Length(wordBytes + length) > budget)
            flush(i);
        wordBytes += length;
        if (pair)
            ++i;
    }
    flush(text.size());
    return words;
}

// Splits text into B-encoded words: the first at most firstBudget characters long, the others 75.
QList<QByteArray> encodedWords(const QString& text, const QByteArray& charset, int firstBudget)
{
    if (!isIso2022Jp(charset))
        return utf8EncodedWords(text, firstBudget);
    const QByteArray prefix = "=?" + charset + "?B?";
    const qsizetype overhead = prefix.size() + 2;
    QList<QByteArray> words;
    QString current;
    QByteArray currentBytes;
    auto flush = [&] {
        if (!current.isEmpty())
            words.append(prefix + currentBytes.toBase64() + "?=");
        current.clear();
        currentBytes.clear();
    };
    for (const QString& unit : codePoints(text)) {
        const int budget = words.isEmpty() ? firstBudget : HeaderEncoding::maxEncodedWordLength;
        const QString candidate = current + unit;
        const QByteArray candidateBytes
            = isIso2022Jp(charset) ? encodeChunk(candidate, charset) : currentBytes + encodeChunk(unit, charset);
        if (!current.isEmpty() && overhead + base64Length(candidateBytes.size()) > budget) {
            flush();
            current = unit;
            currentBytes = encodeChunk(unit, charset);
        } else {
            current = candidate;
            currentBytes = candidateBytes;
        }
    }
    flush();
    return words;
}

// ASCII text folded before a space wherever a line would exceed 78 characters; a fold never leaves a line of
// whitespace only, and a word longer than a line stays whole (RFC 5322 allows 998).
QByteArray foldAscii(const QString& text, int firstLineUsed)
{
    const QList<QString> tokens = text.split(QLatin1Char(' '));
    QByteArray out = tokens.first().toLatin1();
    qsizetype lineLength = firstLineUsed + out.size();
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const QByteArray token = tokens.at(i).toLatin1();
        if (!token.isEmpty() && lineLength + 1 + token.size() > HeaderEncoding::maxLineLength && lineLength > 1
            && !out.isEmpty()) {
            out += "\r\n " + token;
            lineLength = 1 + token.size();
        } else {
            out += ' ' + token;
            lineLength += 1 + token.size();
        }
    }
    return out;
}

// RFC 5322 3.2.3 specials, plus "=?" so that a decoder never takes a quoted name for an encoded-word.
bool needsQuoting(const QString& name)
{
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    for (QChar ch : name) {
        if (specials.contains(ch))
            return true;
    }
    return name.contains(QLatin1String("=?")) || name.startsWith(QLatin1Char(' ')) || name.endsWith(QLatin1Char(' '))
           || name.contains(QLatin1String("  "));
}

qsizetype lastLineLength(const QByteArray& value, int firstLineUsed)
{
    const qsizetype fold = value.lastIndexOf('\n');
    return fold < 0 ? firstLineUsed + value.size() : value.size() - fold - 1;
}

} // namespace

QString HeaderEncoding::sanitize(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t ch = text.at(i).unicode();
        if (ch == u'\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            clean.append(QLatin1Char(' '));
            ++i;
        } else if (ch == u'\r' || ch == u'\n' || ch == u'\t') {
            clean.append(QLatin1Char(' '));
        } else if (ch < 0x20 || (ch >= 0x7F && ch <= 0x9F)) {
            continue;
        } else {
            clean.append(text.at(i));
        }
    }
    return clean;
}

QByteArray HeaderEncoding::encodeUnstructured(const QString& text, const QByteArray& charset, int firstLineUsed)
{
    if (charset.compare("UTF-8", Qt::CaseInsensitive) != 0 && !isIso2022Jp(charset))
        return {};
    const QString clean = sanitize(text);
    if (clean.isEmpty())
        return QByteArray("");
    if (isAscii(clean) && !clean.contains(QLatin1String("=?")))
        return foldAscii(clean, firstLineUsed);

    const QByteArray name = isIso2022Jp(charset) ? QByteArray("ISO-2022-JP") : QByteArray("UTF-8");
    const int minimalWord = static_cast<int>(name.size()) + 6 + 8; // room for two base64 quanta
    const int firstRoom = maxLineLength - firstLineUsed;
    const bool startOnNewLine = firstRoom < minimalWord;
    const int firstBudget = startOnNewLine ? maxEncodedWordLength : qMin(maxEncodedWordLength, firstRoom);
    const QList<QByteArray> words = encodedWords(clean, name, firstBudget);
    QByteArray out = startOnNewLine ? QByteArray("\r\n ") : QByteArray();
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            out += "\r\n ";
        out += words.at(i);
    }
    return out;
}

QByteArray HeaderEncoding::encodeMailbox(const QString& displayName,
                                         const QString& address,
                                         const QByteArray& charset,
                                         int firstLineUsed)
{
    QString cleanAddress = sanitize(address);
    cleanAddress.remove(QLatin1Char(' '));
    cleanAddress.remove(QLatin1Char('<'));
    cleanAddress.remove(QLatin1Char('>'));
    const QByteArray angleAddress = '<' + cleanAddress.toUtf8() + '>';
    const QString name = sanitize(displayName).trimmed();
    if (name.isEmpty())
        return angleAddress;

    QByteArray phrase;
    if (isAscii(name)) {
        if (needsQuoting(name)) {
            QString escaped = name;
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
            phrase = '"' + escaped.toLatin1() + '"';
        } else {
            phrase = name.toLatin1();
        }
    } else {
        phrase = encodeUnstructured(name, charset, firstLineUsed);
        if (phrase.isNull())
            return {};
    }
    const bool fits = lastLineLength(phrase, firstLineUsed) + 1 + angleAddress.size() <= maxLineLength;
    return phrase + (fits ? QByteArray(" ") : QByteArray("\r\n ")) + angleAddress;
}

bool HeaderEncoding::isSafeHeaderValue(const QByteArray& value)
{
    qsizetype lineLength = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const auto byte = static_cast<unsigned char>(value.at(i));
        if (byte == '\r') {
            if (i + 2 >= value.size() || value.at(i + 1) != '\n' || (value.at(i + 2) != ' ' && value.at(i + 2) != '\t'))
                return false;
            ++i;
            lineLength = 0;
            continue;
        }
        if ((byte < 0x20 && byte != '\t') || byte >= 0x7F)
            return false;
        if (++lineLength > 998)
            return false;
    }
    return true;
}

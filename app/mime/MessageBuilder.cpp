// MessageBuilder: assembles one recipient's message from HeaderEncoding and BodyEncoding output; see the header.
#include "MessageBuilder.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include <QCryptographicHash>
#include <QSet>
#include <QTextCodec>
#include <QUrl>

#include "import/TextDecoder.h"
#include "mime/BodyEncoding.h"
#include "mime/HeaderEncoding.h"

namespace {

// RFC 5322 2.1.1: a line is at most 998 octets, CRLF excluded.
constexpr qsizetype maxLineOctets = 998;
// More than this many characters in an error message helps nobody.
constexpr int maxListedCharacters = 12;

enum class Charset { Utf8, Iso2022Jp, Unknown };

Charset charsetKind(const QByteArray& charset)
{
    if (charset.compare("UTF-8", Qt::CaseInsensitive) == 0)
        return Charset::Utf8;
    if (charset.compare("ISO-2022-JP", Qt::CaseInsensitive) == 0)
        return Charset::Iso2022Jp;
    return Charset::Unknown;
}

// ISO-2022-JP is 7-bit JIS X 0208 text, but the Core5Compat codec behind TextEncoder uses Microsoft's table for it:
// JIS X 0208 cells map to the CP932 code points (0x2141 ↔ U+FF5E, not the standard U+301C WAVE DASH). Text that
// uses the standard code points (most of it: macOS, the web, and every JIS decoder such as Python's) is mapped to
// the Microsoft ones first, so 〜 goes out as the JIS cell 0x2141 that decoders read back as 〜. Same table as
// TextEncoder applies for Shift_JIS.
QString toMicrosoftJisForms(const QString& text)
{
    const auto mapped = [](char16_t ch) -> char16_t {
        switch (ch) {
        case 0x301C: // WAVE DASH
            return 0xFF5E;
        case 0x2016: // DOUBLE VERTICAL LINE
            return 0x2225;
        case 0x2212: // MINUS SIGN
            return 0xFF0D;
        case 0x2014: // EM DASH
            return 0x2015;
        case 0x00A2:
            return 0xFFE0;
        case 0x00A3:
            return 0xFFE1;
        case 0x00AC:
            return 0xFFE2;
        case 0x00A0: // NO-BREAK SPACE
            return u' ';
        default:
            return ch;
        }
    };
    // Most text has none of these: look first, copy only when something changes.
    const QChar* begin = text.constData();
    const QChar* end = begin + text.size();
    const QChar* first = std::find_if(begin, end, [&](QChar ch) { return mapped(ch.unicode()) != ch.unicode(); });
    if (first == end)
        return text;
    QString result = text;
    for (qsizetype i = first - begin; i < result.size(); ++i)
        result[i] = QChar(mapped(result.at(i).unicode()));
    return result;
}

bool isJisControl(char16_t ch)
{
    // ESC, SO and SI would switch a decoder's state in the middle of our text.
    return ch == 0x1B || ch == 0x0E || ch == 0x0F;
}

// True when every escape sequence in `bytes` selects a set RFC 1468 allows (ASCII, JIS X 0201 Roman,
// JIS X 0208) and every double-byte character lies in a JIS X 0208 row (1–8, 16–84). The codec also writes the
// NEC row 13 (①, ㈱, Ⅰ) that CP932 adds: Japanese mail software of the last decades shows it, standard decoders
// (Python's included) reject it, so it counts as not carried.
bool isStandardIso2022Jp(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    bool doubleByte = false;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char byte = data[i];
        if (byte == 0x1B) {
            if (i + 2 >= size)
                return false;
            const unsigned char set = data[i + 1];
            const unsigned char final = data[i + 2];
            if (set == '$' && (final == 'B' || final == '@'))
                doubleByte = true;
            else if (set == '(' && (final == 'B' || final == 'J'))
                doubleByte = false;
            else
                return false;
            i += 2;
            continue;
        }
        if (byte >= 0x80 || byte == 0x0E || byte == 0x0F)
            return false;
        if (!doubleByte || byte == '\r' || byte == '\n')
            continue;
        const int row = byte - 0x20;
        if (i + 1 >= size || row < 1 || row > 84 || (row > 8 && row < 16))
            return false;
        ++i;
    }
    return true;
}

bool hasUnpairedSurrogate(const QString& text)
{
    const qsizetype size = text.size();
    const QChar* data = text.constData();
    for (qsizetype i = 0; i < size; ++i) {
        if (!data[i].isSurrogate())
            continue;
        if (data[i].isHighSurrogate() && i + 1 < size && data[i + 1].isLowSurrogate())
            ++i;
        else
            return true;
    }
    return false;
}

struct JisText
{
    QByteArray bytes;
    bool carried = false;
};

// The codec TextEncoder uses, looked up once: a lookup by name walks ICU's alias table, which costs more than
// converting a whole message. fromUnicode with a ConverterState of our own is safe on any thread.
QTextCodec* jisCodec()
{
    static QTextCodec* const codec = TextDecoder::codecFor("ISO-2022-JP");
    return codec;
}

// Text as ISO-2022-JP, ending in ASCII state; `carried` is false when a character became '?' or left the standard.
JisText encodeJis(const QString& text)
{
    JisText result;
    const QString source = toMicrosoftJisForms(text);
    QTextCodec::ConverterState state;
    result.bytes = jisCodec()->fromUnicode(source.constData(), static_cast<int>(source.size()), &state);
    const int unencodable = state.invalidChars;
    const qsizetype lastEscape = result.bytes.lastIndexOf('\x1b');
    if (lastEscape >= 0 && result.bytes.mid(lastEscape, 3) != "\x1b(B")
        result.bytes.append("\x1b(B");
    // The codec passes ESC, SO and SI through and drops a lone surrogate without counting it.
    bool controls = false;
    for (QChar ch : text)
        controls = controls || isJisControl(ch.unicode());
    result.carried = unencodable == 0 && !controls && !hasUnpairedSurrogate(text) && isStandardIso2022Jp(result.bytes);
    return result;
}

// CRLF line ends and a final CRLF. CR and LF bytes mean the same in UTF-8 and ISO-2022-JP (which only uses
// 0x21..0x7E inside double-byte runs), so this works on the encoded bytes; already-clean input is not copied.
void normaliseLineEnds(QByteArray& bytes)
{
    bool clean = bytes.endsWith("\r\n");
    for (qsizetype i = 0; clean && i < bytes.size(); ++i) {
        const char ch = bytes.at(i);
        if (ch == '\r')
            clean = i + 1 < bytes.size() && bytes.at(++i) == '\n';
        else if (ch == '\n')
            clean = false;
    }
    if (clean)
        return;
    // At most every byte becomes CRLF, plus the final CRLF.
    QByteArray out(bytes.size() * 2 + 2, Qt::Uninitialized);
    const char* read = bytes.constData();
    const char* const end = read + bytes.size();
    char* write = out.data();
    while (read < end) {
        const char ch = *read++;
        if (ch == '\r' || ch == '\n') {
            *write++ = '\r';
            *write++ = '\n';
            if (ch == '\r' && read < end && *read == '\n')
                ++read;
        } else {
            *write++ = ch;
        }
    }
    if (write - out.constData() < 2 || write[-1] != '\n') {
        *write++ = '\r';
        *write++ = '\n';
    }
    out.truncate(write - out.constData());
    bytes = std::move(out);
}

// True when the CRLF-ended bytes can go as 7bit: no NUL, no line over 998 octets, and no text that could be taken
// for one of our boundaries (7bit is the only encoding that passes the user's '=_' through literally).
bool fitsSevenBit(const QByteArray& bytes)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char ch = bytes.at(i);
        if (ch == '\0')
            return false;
        if (ch == '\n') {
            if (i - 1 - lineStart > maxLineOctets)
                return false;
            lineStart = i + 1;
        }
    }
    return bytes.size() - lineStart <= maxLineOctets && !bytes.contains("=_tayori_");
}

// "Fri, 04 Dec 2026 19:00:00 +0900": English names whatever the locale (RFC 5322 3.3).
QByteArray rfc5322Date(const QDateTime& date)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate day = date.date();
    const QTime time = date.time();
    const int offsetMinutes = date.offsetFromUtc() / 60;
    const int absOffset = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    char buffer[48];
    const int length = std::snprintf(buffer,
                                     sizeof buffer,
                                     "%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d",
                                     days[day.dayOfWeek() - 1],
                                     day.day(),
                                     months[day.month() - 1],
                                     day.year(),
                                     time.hour(),
                                     time.minute(),
                                     time.second(),
                                     offsetMinutes < 0 ? '-' : '+',
                                     absOffset / 60,
                                     absOffset % 60);
    return QByteArray(buffer, length);
}

// Deterministic per message, so a retry rebuilds the same bytes (and the same DKIM body hash). Why "=_" keeps the
// boundary out of every body: quoted-printable writes '=' only as "=XX" (hex) or a soft break "=\r\n", base64 has
// neither '=' mid-line nor '_', and 7bit parts containing "=_tayori_" go base64 instead (fitsSevenBit).
QByteArray boundaryFor(const QByteArray& messageId, char kind)
{
    const QByteArray hash = QCryptographicHash::hash(messageId, QCryptographicHash::Sha256).left(12).toHex();
    return QByteArrayLiteral("=_tayori_") + kind + '_' + hash;
}

// A header value is safe when no CR or LF appears except as a fold (CRLF + space/TAB) and no line is over 998
// octets. Unlike HeaderEncoding::isSafeHeaderValue this admits UTF-8, for SMTPUTF8 addresses.
bool isFoldedValue(const QByteArray& value, qsizetype firstLineUsed)
{
    qsizetype lineLength = firstLineUsed;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char ch = value.at(i);
        if (ch == '\r') {
            if (i + 2 >= value.size() || value.at(i + 1) != '\n' || (value.at(i + 2) != ' ' && value.at(i + 2) != '\t'))
                return false;
            ++i;
            lineLength = 0;
            continue;
        }
        if (ch == '\n' || ch == '\0' || ++lineLength > maxLineOctets)
            return false;
    }
    return true;
}

bool isAsciiPrintable(const QString& text)
{
    for (QChar ch : text) {
        if (ch.unicode() < 0x21 || ch.unicode() > 0x7E)
            return false;
    }
    return true;
}

// RFC 2045 token/token.
bool isMimeType(const QByteArray& type)
{
    static const QByteArray tspecials = "()<>@,;:\\\"/[]?= ";
    const qsizetype slash = type.indexOf('/');
    if (slash <= 0 || slash + 1 >= type.size() || type.indexOf('/', slash + 1) >= 0)
        return false;
    for (qsizetype i = 0; i < type.size(); ++i) {
        const auto byte = static_cast<unsigned char>(type.at(i));
        if (i != slash && (byte < 0x21 || byte > 0x7E || tspecials.contains(static_cast<char>(byte))))
            return false;
    }
    return true;
}

// A msg-id or Content-ID without its brackets: id-left "@" id-right in printable ASCII, no brackets or spaces.
bool isIdentifier(const QByteArray& id, bool needsAt)
{
    if (id.isEmpty() || (needsAt && !id.contains('@')))
        return false;
    for (char ch : id) {
        const auto byte = static_cast<unsigned char>(ch);
        if (byte < 0x21 || byte > 0x7E || byte == '<' || byte == '>')
            return false;
    }
    return true;
}

// Content-Disposition's filename: a quoted string when short and plain ASCII, else RFC 2231 UTF-8 in sections
// of at most 60 characters, each on its own folded line, so any name keeps lines short.
QByteArray filenameParameter(const QString& rawName)
{
    const QString name = HeaderEncoding::sanitize(rawName).trimmed();
    bool plain = name.size() <= 60;
    for (QChar ch : name) {
        if (ch.unicode() < 0x20 || ch.unicode() > 0x7E || ch == QLatin1Char('"') || ch == QLatin1Char('\\'))
            plain = false;
    }
    if (plain)
        return "filename=\"" + name.toLatin1() + '"';
    static const QByteArray attributeChars = "!#$&+-.^_`|~";
    const QByteArray utf8 = name.toUtf8();
    QList<QByteArray> sections {QByteArrayLiteral("UTF-8''")};
    for (char ch : utf8) {
        const auto byte = static_cast<unsigned char>(ch);
        QByteArray piece;
        if ((byte >= '0' && byte <= '9') || (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z')
            || attributeChars.contains(ch))
            piece = QByteArray(1, ch);
        else
            piece = '%' + QByteArray(1, ch).toHex().toUpper();
        if (sections.last().size() + piece.size() > 60)
            sections.append(QByteArray());
        sections.last() += piece;
    }
    if (sections.size() == 1)
        return "filename*=" + sections.first();
    QByteArray out;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (i > 0)
            out += ";\r\n ";
        out += "filename*" + QByteArray::number(i) + "*=" + sections.at(i);
    }
    return out;
}

// A URI for List-Unsubscribe: as given when it is plain ASCII without spaces or brackets, else percent-encoded
// by QUrl (which also turns a Unicode host into punycode). Null when it is not a URI at all.
QByteArray headerUri(const QString& raw)
{
    const QString clean = HeaderEncoding::sanitize(raw).trimmed();
    if (clean.isEmpty())
        return {};
    bool plain = true;
    for (QChar ch : clean) {
        if (ch.unicode() < 0x21 || ch.unicode() > 0x7E || ch == QLatin1Char('<') || ch == QLatin1Char('>')
            || ch == QLatin1Char('"'))
            plain = false;
    }
    if (plain)
        return clean.toLatin1();
    const QUrl url(clean, QUrl::TolerantMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return {};
    return url.toEncoded();
}

void appendHeader(QByteArray& out, const char* name, const QByteArray& value)
{
    out += name;
    out += ": ";
    out += value;
    out += "\r\n";
}

// One encoded text or HTML part: its Content-Transfer-Encoding and body, ready to write after its headers.
struct EncodedPart
{
    QByteArray contentType;
    QByteArray transferEncoding;
    QByteArray body;
};

// Shows a character in an error message; controls and lone surrogates as U+XXXX so the message stays one line.
QString describeCharacter(const QString& character)
{
    const char32_t codePoint = character.size() == 2 ? QChar::surrogateToUcs4(character.at(0), character.at(1))
                                                     : char32_t(character.at(0).unicode());
    if (codePoint < 0x20 || (character.size() == 1 && character.at(0).isSurrogate()))
        return QStringLiteral("U+%1").arg(uint(codePoint), 4, 16, QLatin1Char('0')).toUpper();
    return character;
}

} // namespace

MessageBuilder::MessageBuilder(QByteArray charset)
    : m_charset(std::move(charset))
{
}

QList<QByteArray> MessageBuilder::headerNames()
{
    return {QByteArrayLiteral("From"),
            QByteArrayLiteral("To"),
            QByteArrayLiteral("Reply-To"),
            QByteArrayLiteral("Subject"),
            QByteArrayLiteral("Date"),
            QByteArrayLiteral("Message-ID"),
            QByteArrayLiteral("MIME-Version"),
            QByteArrayLiteral("List-Id"),
            QByteArrayLiteral("List-Unsubscribe"),
            QByteArrayLiteral("List-Unsubscribe-Post"),
            QByteArrayLiteral("Feedback-ID"),
            QByteArrayLiteral("Content-Type"),
            QByteArrayLiteral("Content-Transfer-Encoding")};
}

QString MessageBuilder::uncarriableCharacters(const QString& text, const QByteArray& charset)
{
    const Charset kind = charsetKind(charset);
    if (kind == Charset::Unknown)
        return {};
    if (kind == Charset::Utf8 && !hasUnpairedSurrogate(text))
        return {};
    if (kind == Charset::Iso2022Jp && encodeJis(text).carried)
        return {};

    // Something does not fit: find which, one character at a time, each distinct character checked once.
    QString found;
    QSet<QString> seen;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const QString character = text.mid(i, pair ? 2 : 1);
        if (pair)
            ++i;
        const char16_t first = character.at(0).unicode();
        if ((first < 0x80 && !(kind == Charset::Iso2022Jp && isJisControl(first))) || seen.contains(character))
            continue;
        seen.insert(character);
        bool carried = false;
        if (kind == Charset::Utf8)
            carried = !character.at(0).isSurrogate() || pair;
        else
            carried = !isJisControl(first) && encodeJis(character).carried;
        if (!carried)
            found += character;
    }
    return found;
}

Result<QByteArray> MessageBuilder::build(const MessageContent& content) const
{
    const Charset kind = charsetKind(m_charset);
    if (kind == Charset::Unknown)
        return Result<QByteArray>::failure(
            tr("The message charset \"%1\" is not supported. Choose UTF-8 or ISO-2022-JP.")
                .arg(HeaderEncoding::sanitize(QString::fromLatin1(m_charset))));
    const bool jis = kind == Charset::Iso2022Jp;
    const QByteArray charsetName = jis ? QByteArrayLiteral("ISO-2022-JP") : QByteArrayLiteral("UTF-8");

    // Every character in a header or part must fit the charset; the message names the characters that do not.
    const auto uncarriable = [&](const QString& text) {
        QString characters = uncarriableCharacters(text, charsetName);
        QStringList shown;
        for (qsizetype i = 0; i < characters.size() && shown.size() < maxListedCharacters; ++i) {
            const bool pair = characters.at(i).isHighSurrogate() && i + 1 < characters.size()
                              && characters.at(i + 1).isLowSurrogate();
            shown.append(describeCharacter(characters.mid(i, pair ? 2 : 1)));
            if (pair)
                ++i;
        }
        return shown.join(QLatin1Char(' '));
    };
    struct Field
    {
        const QString* text;
        const char* message;
    };
    const Field headerFields[] = {
        {&content.subject,
         QT_TR_NOOP("The subject contains characters %1 cannot carry: %2. Use UTF-8 or replace them.")},
        {&content.fromName,
         QT_TR_NOOP("The sender name contains characters %1 cannot carry: %2. Use UTF-8 or replace them.")},
        {&content.toName,
         QT_TR_NOOP("The recipient name contains characters %1 cannot carry: %2. Use UTF-8 or replace them.")},
        {&content.replyTo,
         QT_TR_NOOP("The reply-to address contains characters %1 cannot carry: %2. Use UTF-8 or replace them.")},
        {&content.listId,
         QT_TR_NOOP("The list name contains characters %1 cannot carry: %2. Use UTF-8 or replace them.")},
    };
    for (const Field& field : headerFields) {
        const QString characters = uncarriable(*field.text);
        if (!characters.isEmpty())
            return Result<QByteArray>::failure(tr(field.message).arg(QString::fromLatin1(charsetName), characters));
    }

    // Addresses: one addr-spec each; a Unicode domain becomes punycode, a Unicode local part needs SMTPUTF8,
    // which only a UTF-8 message can use.
    const auto checkedAddress = [&](const QString& raw, const char* invalidMessage) -> Result<QString> {
        const QString address = HeaderEncoding::sanitize(raw).trimmed();
        const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
        static const QString forbidden = QStringLiteral(" <>(),;:\"[]\\");
        bool valid = at > 0 && at + 1 < address.size();
        for (QChar ch : address) {
            if (forbidden.contains(ch))
                valid = false;
        }
        if (!valid)
            return Result<QString>::failure(tr(invalidMessage).arg(address));
        const QString local = address.left(at);
        QString domain = address.mid(at + 1);
        if (!isAsciiPrintable(domain)) {
            domain = QString::fromLatin1(QUrl::toAce(domain));
            if (domain.isEmpty())
                return Result<QString>::failure(tr(invalidMessage).arg(address));
        }
        if (!isAsciiPrintable(local) && jis)
            return Result<QString>::failure(
                tr("The address \"%1\" has non-ASCII characters before the @, which only UTF-8 messages can carry. "
                   "Use UTF-8 or another address.")
                    .arg(address));
        return QString(local + QLatin1Char('@') + domain);
    };
    if (HeaderEncoding::sanitize(content.fromAddress).trimmed().isEmpty())
        return Result<QByteArray>::failure(tr("The message has no sender address. Set one in the sender identity."));
    if (HeaderEncoding::sanitize(content.toAddress).trimmed().isEmpty())
        return Result<QByteArray>::failure(tr("The message has no recipient address. Give the contact an address."));
    const Result<QString> fromAddress = checkedAddress(
        content.fromAddress, QT_TR_NOOP("The sender address \"%1\" is not a valid mail address. Correct it."));
    if (!fromAddress)
        return Result<QByteArray>::failure(fromAddress.error());
    const Result<QString> toAddress = checkedAddress(
        content.toAddress, QT_TR_NOOP("The recipient address \"%1\" is not a valid mail address. Correct it."));
    if (!toAddress)
        return Result<QByteArray>::failure(toAddress.error());

    // Reply-To: an address, or "Name <address>".
    QString replyToName;
    QString replyToAddress;
    const QString replyTo = HeaderEncoding::sanitize(content.replyTo).trimmed();
    if (replyTo.endsWith(QLatin1Char('>')) && replyTo.contains(QLatin1Char('<'))) {
        const qsizetype open = replyTo.lastIndexOf(QLatin1Char('<'));
        replyToName = replyTo.left(open).trimmed();
        if (replyToName.size() >= 2 && replyToName.startsWith(QLatin1Char('"'))
            && replyToName.endsWith(QLatin1Char('"')))
            replyToName = replyToName.mid(1, replyToName.size() - 2);
        replyToAddress = replyTo.mid(open + 1, replyTo.size() - open - 2);
    } else {
        replyToAddress = replyTo;
    }
    Result<QString> checkedReplyTo = QString();
    if (!replyTo.isEmpty()) {
        checkedReplyTo = checkedAddress(
            replyToAddress, QT_TR_NOOP("The reply-to address \"%1\" is not a valid mail address. Correct it."));
        if (!checkedReplyTo)
            return Result<QByteArray>::failure(checkedReplyTo.error());
    }

    if (!isIdentifier(content.messageId, true))
        return Result<QByteArray>::failure(
            tr("The Message-ID \"%1\" is not of the form local@domain. This is a bug in the sender; report it.")
                .arg(HeaderEncoding::sanitize(QString::fromLatin1(content.messageId))));
    if (!content.date.isValid())
        return Result<QByteArray>::failure(
            tr("The message has no valid date. This is a bug in the sender; report it."));
    if (content.text.isEmpty() && content.html.isEmpty())
        return Result<QByteArray>::failure(tr("The message has neither text nor HTML. Write the message body first."));
    for (const InlineImage& image : content.inlineImages) {
        if (!isIdentifier(image.contentId, false) || !isMimeType(image.mimeType))
            return Result<QByteArray>::failure(
                tr("The inline image \"%1\" has no valid Content-ID or type. Attach the image again.")
                    .arg(HeaderEncoding::sanitize(image.fileName)));
    }

    // The parts. Text and HTML are converted to their charset once, then line ends fixed on the bytes.
    const auto encodePart
        = [&](const QString& text, const QByteArray& subtype, const char* message) -> Result<EncodedPart> {
        EncodedPart part;
        part.contentType = "text/" + subtype + "; charset=" + charsetName;
        if (jis) {
            JisText encoded = encodeJis(text);
            if (!encoded.carried)
                return Result<EncodedPart>::failure(
                    tr(message).arg(QString::fromLatin1(charsetName), uncarriable(text)));
            part.body = std::move(encoded.bytes);
            normaliseLineEnds(part.body);
            // The Japanese convention is 7bit ISO-2022-JP; a line too long for 7bit goes base64 instead.
            if (fitsSevenBit(part.body)) {
                part.transferEncoding = QByteArrayLiteral("7bit");
                return part;
            }
            part.transferEncoding = QByteArrayLiteral("base64");
            part.body = BodyEncoding::base64Lines(part.body);
            return part;
        }
        if (hasUnpairedSurrogate(text))
            return Result<EncodedPart>::failure(tr(message).arg(QString::fromLatin1(charsetName), uncarriable(text)));
        QByteArray bytes = text.toUtf8();
        normaliseLineEnds(bytes);
        part.transferEncoding = BodyEncoding::chooseTransferEncoding(bytes);
        part.body = part.transferEncoding == "base64" ? BodyEncoding::base64Lines(bytes)
                                                      : BodyEncoding::quotedPrintable(bytes);
        return part;
    };
    QList<EncodedPart> alternatives;
    if (!content.text.isEmpty()) {
        Result<EncodedPart> part = encodePart(
            content.text,
            QByteArrayLiteral("plain"),
            QT_TR_NOOP("The text part contains characters %1 cannot carry: %2. Use UTF-8 or replace them."));
        if (!part)
            return Result<QByteArray>::failure(part.error());
        alternatives.append(std::move(part).value());
    }
    if (!content.html.isEmpty()) {
        Result<EncodedPart> part = encodePart(
            content.html,
            QByteArrayLiteral("html"),
            QT_TR_NOOP("The HTML part contains characters %1 cannot carry: %2. Use UTF-8 or replace them."));
        if (!part)
            return Result<QByteArray>::failure(part.error());
        alternatives.append(std::move(part).value());
    }

    // Header values. Every one goes through HeaderEncoding (sanitised, encoded, folded); the check after
    // guards the rule that no value can start a header line of its own.
    const QString subject = jis ? toMicrosoftJisForms(content.subject) : content.subject;
    const QString fromName = jis ? toMicrosoftJisForms(content.fromName) : content.fromName;
    const QString toName = jis ? toMicrosoftJisForms(content.toName) : content.toName;
    QByteArray out;
    qsizetype estimate = 1024;
    for (const EncodedPart& part : alternatives)
        estimate += part.body.size() + 160;
    for (const InlineImage& image : content.inlineImages)
        estimate += image.data.size() * 4 / 3 + image.data.size() / 28 + 300;
    out.reserve(estimate);

    struct Header
    {
        const char* name;
        QByteArray value;
    };
    QList<Header> headers;
    headers.reserve(13);
    headers.append({"From", HeaderEncoding::encodeMailbox(fromName, *fromAddress, charsetName, 6)});
    headers.append({"To", HeaderEncoding::encodeMailbox(toName, *toAddress, charsetName, 4)});
    if (!replyTo.isEmpty()) {
        const QString name = jis ? toMicrosoftJisForms(replyToName) : replyToName;
        headers.append({"Reply-To", HeaderEncoding::encodeMailbox(name, *checkedReplyTo, charsetName, 10)});
    }
    headers.append({"Subject", HeaderEncoding::encodeUnstructured(subject, charsetName, 9)});
    headers.append({"Date", rfc5322Date(content.date)});
    headers.append({"Message-ID", '<' + content.messageId + '>'});
    headers.append({"MIME-Version", QByteArrayLiteral("1.0")});
    const QString listId = HeaderEncoding::sanitize(content.listId).trimmed();
    if (!listId.isEmpty()) {
        // "Name <id.domain>" or "id.domain": the same shape as a mailbox, so encodeMailbox writes it.
        const qsizetype open = listId.lastIndexOf(QLatin1Char('<'));
        const bool named = open >= 0 && listId.endsWith(QLatin1Char('>'));
        QString name = named ? listId.left(open).trimmed() : QString();
        const QString id = named ? listId.mid(open + 1, listId.size() - open - 2) : listId;
        if (jis)
            name = toMicrosoftJisForms(name);
        if (!isIdentifier(HeaderEncoding::sanitize(id).remove(QLatin1Char(' ')).toUtf8(), false))
            return Result<QByteArray>::failure(
                tr("The list ID \"%1\" is not of the form \"Name <id.domain>\". Correct it.").arg(listId));
        headers.append({"List-Id", HeaderEncoding::encodeMailbox(name, id, charsetName, 9)});
    }
    const QByteArray unsubscribeUrl = headerUri(content.listUnsubscribeUrl);
    const QByteArray unsubscribeMailto = headerUri(content.listUnsubscribeMailto);
    if (!content.listUnsubscribeUrl.trimmed().isEmpty() && unsubscribeUrl.isEmpty())
        return Result<QByteArray>::failure(
            tr("The unsubscribe URL \"%1\" is not a valid URL. Check the base URL setting.")
                .arg(HeaderEncoding::sanitize(content.listUnsubscribeUrl)));
    if (!unsubscribeUrl.isEmpty() || !unsubscribeMailto.isEmpty()) {
        QByteArray value;
        if (!unsubscribeUrl.isEmpty())
            value += '<' + unsubscribeUrl + '>';
        if (!unsubscribeMailto.isEmpty()) {
            if (!value.isEmpty())
                value += 18 + value.size() + 4 + unsubscribeMailto.size() > HeaderEncoding::maxLineLength ? ",\r\n "
                                                                                                          : ", ";
            value += '<' + unsubscribeMailto + '>';
        }
        headers.append({"List-Unsubscribe", value});
        // RFC 8058: one-click unsubscribe is defined for an HTTPS URI only.
        if (unsubscribeUrl.startsWith("https://") || unsubscribeUrl.startsWith("HTTPS://"))
            headers.append({"List-Unsubscribe-Post", QByteArrayLiteral("List-Unsubscribe=One-Click")});
    }
    if (!HeaderEncoding::sanitize(content.feedbackId).trimmed().isEmpty())
        headers.append(
            {"Feedback-ID", HeaderEncoding::encodeUnstructured(content.feedbackId.trimmed(), charsetName, 13)});

    for (const Header& header : std::as_const(headers)) {
        if (!isFoldedValue(header.value, qstrlen(header.name) + 2))
            return Result<QByteArray>::failure(
                tr("The %1 header cannot be written safely (a line is too long). Shorten the value.")
                    .arg(QLatin1String(header.name)));
        appendHeader(out, header.name, header.value);
    }

    // The body tree: one text part, or multipart/alternative, inside multipart/related when images come along.
    const auto appendTextPart = [&out](const EncodedPart& part) {
        appendHeader(out, "Content-Type", part.contentType);
        appendHeader(out, "Content-Transfer-Encoding", part.transferEncoding);
        out += "\r\n";
        out += part.body;
    };
    const QByteArray alternativeBoundary = boundaryFor(content.messageId, 'a');
    const QByteArray alternativeType = "multipart/alternative;\r\n boundary=\"" + alternativeBoundary + '"';
    const auto appendAlternatives = [&] {
        if (alternatives.size() == 1) {
            appendTextPart(alternatives.first());
            return;
        }
        appendHeader(out, "Content-Type", alternativeType);
        out += "\r\n";
        for (const EncodedPart& part : std::as_const(alternatives)) {
            out += "--" + alternativeBoundary + "\r\n";
            appendTextPart(part);
            // The CRLF before a delimiter belongs to the delimiter (RFC 2046 5.1.1): the part keeps its final CRLF.
            out += "\r\n";
        }
        out += "--" + alternativeBoundary + "--\r\n";
    };

    if (content.inlineImages.isEmpty()) {
        appendAlternatives();
        return out;
    }
    const QByteArray relatedBoundary = boundaryFor(content.messageId, 'r');
    const QByteArray rootType
        = alternatives.size() == 1
              ? alternatives.first().contentType.left(alternatives.first().contentType.indexOf(';'))
              : QByteArrayLiteral("multipart/alternative");
    appendHeader(
        out, "Content-Type", "multipart/related; type=\"" + rootType + "\";\r\n boundary=\"" + relatedBoundary + '"');
    out += "\r\n--" + relatedBoundary + "\r\n";
    appendAlternatives();
    for (const InlineImage& image : content.inlineImages) {
        out += "\r\n--" + relatedBoundary + "\r\n";
        appendHeader(out, "Content-Type", image.mimeType);
        appendHeader(out, "Content-Transfer-Encoding", QByteArrayLiteral("base64"));
        appendHeader(out, "Content-ID", '<' + image.contentId + '>');
        const QByteArray filename = filenameParameter(image.fileName);
        const bool fits = 29 + filename.size() <= HeaderEncoding::maxLineLength && !filename.contains('\n');
        appendHeader(out, "Content-Disposition", (fits ? "inline; " : "inline;\r\n ") + filename);
        out += "\r\n";
        out += BodyEncoding::base64Lines(image.data);
    }
    out += "\r\n--" + relatedBoundary + "--\r\n";
    return out;
}

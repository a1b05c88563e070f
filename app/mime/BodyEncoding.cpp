// BodyEncoding: quoted-printable and base64 body encoders; see the header for the rules.
#include "BodyEncoding.h"

#include <QList>

namespace {

bool isLiteral(unsigned char byte)
{
    return (byte >= 33 && byte <= 126 && byte != '=') || byte == ' ' || byte == '\t';
}

QByteArray escaped(unsigned char byte)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out("=");
    out += hex[byte >> 4];
    out += hex[byte & 0x0F];
    return out;
}

// One hard line (without its CRLF) as quoted-printable tokens, folded with soft breaks.
void appendQpLine(QByteArray& out, const QByteArray& line)
{
    qsizetype column = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto byte = static_cast<unsigned char>(line.at(i));
        const bool last = i + 1 == line.size();
        const bool trailingSpace = last && (byte == ' ' || byte == '\t');
        QByteArray token = isLiteral(byte) && !trailingSpace ? QByteArray(1, static_cast<char>(byte)) : escaped(byte);
        // The last token may use column 76; any other must leave room for the soft break's '='.
        const int limit = last ? BodyEncoding::maxLineLength : BodyEncoding::maxLineLength - 1;
        if (column > 0 && column + token.size() > limit) {
            out += "=\r\n";
            column = 0;
        }
        if (column == 0 && token == ".")
            token = escaped('.');
        out += token;
        column += token.size();
    }
}

} // namespace

QByteArray BodyEncoding::quotedPrintable(const QByteArray& bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 8);
    qsizetype start = 0;
    while (start <= bytes.size()) {
        const qsizetype end = bytes.indexOf("\r\n", start);
        if (end < 0) {
            appendQpLine(out, bytes.mid(start));
            break;
        }
        appendQpLine(out, bytes.mid(start, end - start));
        out += "\r\n";
        start = end + 2;
    }
    return out;
}

QByteArray BodyEncoding::base64Lines(const QByteArray& bytes)
{
    const QByteArray encoded = bytes.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / maxLineLength * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += maxLineLength)
        out += encoded.mid(i, maxLineLength) + "\r\n";
    return out;
}

QByteArray BodyEncoding::chooseTransferEncoding(const QByteArray& bytes)
{
    qsizetype escapedCount = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        const bool lineBreak = (byte == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n')
                               || (byte == '\n' && i > 0 && bytes.at(i - 1) == '\r');
        if (!isLiteral(byte) && !lineBreak)
            ++escapedCount;
    }
    return escapedCount * 6 <= bytes.size() ? QByteArrayLiteral("quoted-printable") : QByteArrayLiteral("base64");
}

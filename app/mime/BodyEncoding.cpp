// BodyEncoding: quoted-printable and base64 body encoders; see the header for the rules.
#include "BodyEncoding.h"

#include <array>
#include <cstring>

namespace {

// Per byte: may it stand for itself in quoted-printable (33..126 except '=', plus space and TAB)?
constexpr std::array<bool, 256> literalTable = [] {
    std::array<bool, 256> table {};
    for (int byte = 33; byte <= 126; ++byte)
        table[byte] = byte != '=';
    table[' '] = true;
    table['\t'] = true;
    return table;
}();

bool isLiteral(unsigned char byte)
{
    return literalTable[byte];
}

// One hard line (without its CRLF) as quoted-printable, folded with soft breaks. Writes through a raw pointer into
// room the caller reserved (at most 3 bytes per input byte plus 3 per soft break): this is on the sending hot path.
char* appendQpLine(char* out, const unsigned char* line, qsizetype size)
{
    static const char hex[] = "0123456789ABCDEF";
    qsizetype column = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char byte = line[i];
        const bool last = i + 1 == size;
        const bool trailingSpace = last && (byte == ' ' || byte == '\t');
        bool literal = isLiteral(byte) && !trailingSpace;
        // The last token may use column 76; any other must leave room for the soft break's '='.
        const qsizetype limit = last ? BodyEncoding::maxLineLength : BodyEncoding::maxLineLength - 1;
        if (column > 0 && column + (literal ? 1 : 3) > limit) {
            *out++ = '=';
            *out++ = '\r';
            *out++ = '\n';
            column = 0;
        }
        if (column == 0 && byte == '.')
            literal = false;
        if (literal) {
            *out++ = static_cast<char>(byte);
            ++column;
        } else {
            *out++ = '=';
            *out++ = hex[byte >> 4];
            *out++ = hex[byte & 0x0F];
            column += 3;
        }
    }
    return out;
}

} // namespace

QByteArray BodyEncoding::quotedPrintable(const QByteArray& bytes)
{
    // Worst case: every byte escaped (3×) plus a soft break per 25 escapes; sized once, trimmed at the end.
    QByteArray out(bytes.size() * 3 + (bytes.size() / 25 + 1) * 3, Qt::Uninitialized);
    char* write = out.data();
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype start = 0;
    while (start <= size) {
        const qsizetype end = bytes.indexOf("\r\n", start);
        if (end < 0) {
            write = appendQpLine(write, data + start, size - start);
            break;
        }
        write = appendQpLine(write, data + start, end - start);
        *write++ = '\r';
        *write++ = '\n';
        start = end + 2;
    }
    out.truncate(write - out.constData());
    return out;
}

QByteArray BodyEncoding::base64Lines(const QByteArray& bytes)
{
    const QByteArray encoded = bytes.toBase64();
    const qsizetype lines = (encoded.size() + maxLineLength - 1) / maxLineLength;
    QByteArray out(encoded.size() + lines * 2, Qt::Uninitialized);
    char* write = out.data();
    for (qsizetype i = 0; i < encoded.size(); i += maxLineLength) {
        const qsizetype length = qMin<qsizetype>(maxLineLength, encoded.size() - i);
        std::memcpy(write, encoded.constData() + i, length);
        write += length;
        *write++ = '\r';
        *write++ = '\n';
    }
    return out;
}

QByteArray BodyEncoding::chooseTransferEncoding(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype escapedCount = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char byte = data[i];
        if (literalTable[byte])
            continue;
        const bool lineBreak
            = (byte == '\r' && i + 1 < size && data[i + 1] == '\n') || (byte == '\n' && i > 0 && data[i - 1] == '\r');
        if (!lineBreak)
            ++escapedCount;
    }
    return escapedCount * 6 <= size ? QByteArrayLiteral("quoted-printable") : QByteArrayLiteral("base64");
}

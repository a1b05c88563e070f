// BodyEncoding: Content-Transfer-Encoding of body parts — quoted-printable and base64 (RFC 2045).
#pragma once

#include <QByteArray>

class BodyEncoding
{
public:
    static constexpr int maxLineLength = 76;

    // RFC 2045 6.7: CRLF pairs stay hard line breaks; lines are at most 76 characters, with soft breaks "=\r\n";
    // '=', bytes outside 33..126 (bare CR and LF included) and whitespace before a line end are encoded; a '.'
    // that starts an output line is encoded as =2E, so SMTP dot-stuffing never touches the encoded body.
    static QByteArray quotedPrintable(const QByteArray& bytes);

    // Base64 in lines of 76 characters, each ended by CRLF.
    static QByteArray base64Lines(const QByteArray& bytes);

    // The Content-Transfer-Encoding for a text part: "quoted-printable" when at most one byte in six needs
    // escaping, "base64" otherwise. Why: quoted-printable costs 3 bytes per escaped byte and 1 per other byte,
    // base64 costs 4 per 3; at one escaped byte in six QP is 1 + 2/6 = 4/3 of the input, the break-even point.
    // So mostly-ASCII text stays readable in QP, and Japanese UTF-8 (all 3-byte sequences) goes base64.
    static QByteArray chooseTransferEncoding(const QByteArray& bytes);
};

// HeaderEncoding: header values for outgoing mail — RFC 2047 encoded-words, RFC 5322 folding and mailboxes,
// with every control character removed before it can start a new header line.
#pragma once

#include <QByteArray>
#include <QString>

class HeaderEncoding
{
public:
    // Longest header line, CRLF excluded (RFC 5322 2.1.1), and longest encoded-word (RFC 2047 2).
    static constexpr int maxLineLength = 78;
    static constexpr int maxEncodedWordLength = 75;

    // Sanitising rule for every input: CR, LF and TAB become a space (a CRLF pair becomes one space, so
    // "a\r\nBcc: x" reads "a Bcc: x" on the same line); NUL, the other C0 controls, DEL and the C1 controls
    // (U+0080..U+009F) are removed. Nothing a caller passes can therefore produce a new header line.
    static QString sanitize(const QString& text);

    // An unstructured value (Subject, a display name). ASCII-only text stays as it is, folded at spaces when a
    // line would exceed 78 characters. Otherwise the whole text becomes B-encoded words in `charset` ("UTF-8"
    // or "ISO-2022-JP"), each at most 75 characters, never splitting a character (surrogate pairs included)
    // and, for ISO-2022-JP, each word starting and ending in ASCII state; words are folded with CRLF + space.
    // firstLineUsed: characters already on the first line ("Subject: " is 9).
    // ISO-2022-JP cannot represent some characters (emoji): they become '?'. Unknown charset: null QByteArray.
    static QByteArray encodeUnstructured(const QString& text, const QByteArray& charset, int firstLineUsed = 0);

    // A mailbox: `"Name" <addr>` (a quoted-string, with '"' and '\' escaped, when an ASCII name contains RFC 5322
    // specials; a bare phrase otherwise), encoded-words for a non-ASCII name, `<addr>` for an empty name.
    // The address is sanitised and must already be ASCII (IDNA and SMTPUTF8 are the caller's job).
    static QByteArray
    encodeMailbox(const QString& displayName, const QString& address, const QByteArray& charset, int firstLineUsed = 0);

    // True when `value` is safe as a header value: ASCII, no NUL or control characters except TAB and folds
    // (a CR is only allowed as CRLF followed by a space or TAB), and no line longer than 998 characters.
    static bool isSafeHeaderValue(const QByteArray& value);
};

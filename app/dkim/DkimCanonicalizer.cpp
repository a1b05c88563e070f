// DkimCanonicalizer: RFC 6376 3.4 header and body canonicalisation ("simple" and "relaxed"), written for the
// signer's hot path: output goes into a caller's buffer, which it can reuse from message to message.
#include "DkimCanonicalizer.h"

#include <cstring>

namespace {
inline bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

inline char toLowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
} // namespace

void DkimCanonicalizer::appendHeader(
    QByteArray& out, Canonicalization method, const char* field, qsizetype size, bool withCrlf)
{
    if (method == Canonicalization::Simple) {
        out.append(field, size);
        if (withCrlf) {
            out.append("\r\n", 2);
        }
        return;
    }
    // Relaxed output is never longer than the input plus CRLF: write through a pointer into room made once.
    const qsizetype start = out.size();
    out.resize(start + size + 2);
    char* w = out.data() + start;
    const char* p = field;
    const char* const end = field + size;
    const char* colon = static_cast<const char*>(std::memchr(field, ':', static_cast<size_t>(size)));
    const char* nameEnd = colon ? colon : end;
    while (nameEnd > p && isWsp(nameEnd[-1])) {
        --nameEnd; // "Subject :" → "subject:"
    }
    for (; p < nameEnd; ++p) {
        *w++ = toLowerAscii(*p);
    }
    if (colon) {
        *w++ = ':';
        bool pendingSpace = false;
        bool started = false; // WSP after the colon goes
        for (p = colon + 1; p < end; ++p) {
            const char c = *p;
            if (c == '\r' && p + 1 < end && p[1] == '\n') {
                ++p; // unfold: the CRLF goes, the WSP after it counts as a run
                pendingSpace = started;
            } else if (isWsp(c)) {
                pendingSpace = started;
            } else {
                if (pendingSpace) {
                    *w++ = ' ';
                    pendingSpace = false;
                }
                *w++ = c;
                started = true;
            }
        }
    }
    if (withCrlf) {
        *w++ = '\r';
        *w++ = '\n';
    }
    out.resize(w - out.constData());
}

QByteArray DkimCanonicalizer::header(Canonicalization method, const QByteArray& field, bool withCrlf)
{
    QByteArray out;
    appendHeader(out, method, field.constData(), field.size(), withCrlf);
    return out;
}

qsizetype DkimCanonicalizer::simpleBodyPrefixLength(const char* body, qsizetype size)
{
    // Strip every trailing CRLF; the one CRLF appended after the prefix ends the last non-empty line (or is the
    // whole canonical body when nothing is left).
    while (size >= 2 && body[size - 2] == '\r' && body[size - 1] == '\n') {
        size -= 2;
    }
    return size;
}

void DkimCanonicalizer::appendBody(QByteArray& out, Canonicalization method, const char* body, qsizetype size)
{
    if (method == Canonicalization::Simple) {
        out.append(body, simpleBodyPrefixLength(body, size));
        out.append("\r\n", 2);
        return;
    }
    // Relaxed output is at most the input plus one CRLF (a last line without one gets one).
    const qsizetype start = out.size();
    out.resize(start + size + 2);
    char* const base = out.data();
    char* w = base + start;
    const char* p = body;
    const char* const end = body + size;
    qsizetype pendingEmptyLines = 0; // written only when a non-empty line follows them
    while (p < end) {
        const char* lf = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
        // A line ends at CRLF; a bare CR or LF is part of the line (the signer refuses bare LFs beforehand).
        while (lf && (lf == p || lf[-1] != '\r')) {
            lf = static_cast<const char*>(std::memchr(lf + 1, '\n', static_cast<size_t>(end - lf - 1)));
        }
        const char* lineEnd = lf ? lf - 1 : end;
        const char* contentEnd = lineEnd;
        while (contentEnd > p && isWsp(contentEnd[-1])) {
            --contentEnd;
        }
        if (contentEnd == p) {
            if (lf) {
                ++pendingEmptyLines;
            }
        } else {
            for (; pendingEmptyLines > 0; --pendingEmptyLines) {
                *w++ = '\r';
                *w++ = '\n';
            }
            // contentEnd is not WSP, so a WSP run always ends inside the line.
            for (const char* q = p; q < contentEnd;) {
                const char c = *q++;
                if (isWsp(c)) {
                    *w++ = ' ';
                    while (isWsp(*q)) {
                        ++q;
                    }
                } else {
                    *w++ = c;
                }
            }
            *w++ = '\r';
            *w++ = '\n';
        }
        p = lf ? lf + 1 : end;
    }
    out.resize(w - base);
}

QByteArray DkimCanonicalizer::body(Canonicalization method, const QByteArray& body)
{
    QByteArray out;
    appendBody(out, method, body.constData(), body.size());
    return out;
}

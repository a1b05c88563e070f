// DkimCanonicalizer: RFC 6376 3.4 header and body canonicalisation ("simple" and "relaxed"), written for the
// signer's hot path: output goes into a caller's buffer, which it can reuse from message to message.
#pragma once

#include <QByteArray>

#include "dkim/DkimSigner.h"

class DkimCanonicalizer
{
public:
    using Canonicalization = DkimSignerOptions::Canonicalization;

    // One header field as it stands in the message — name, colon, value and continuation lines, without the CRLF
    // that ends it — appended in canonical form; `withCrlf` appends the terminating CRLF (every hashed field but
    // the DKIM-Signature being made, RFC 6376 3.7).
    static void
    appendHeader(QByteArray& out, Canonicalization method, const char* field, qsizetype size, bool withCrlf);
    static QByteArray header(Canonicalization method, const QByteArray& field, bool withCrlf = true);

    // The body (everything after the blank line) appended in canonical form. Relaxed: WSP runs become one space,
    // WSP at line ends goes, empty lines at the end go, a non-empty body ends with CRLF, an empty one stays
    // empty. Simple: empty lines at the end go and the body ends with exactly one CRLF (an empty body is CRLF).
    static void appendBody(QByteArray& out, Canonicalization method, const char* body, qsizetype size);
    static QByteArray body(Canonicalization method, const QByteArray& body);

    // Simple body canonicalisation without a copy: the canonical body is body[0, n) followed by one CRLF.
    static qsizetype simpleBodyPrefixLength(const char* body, qsizetype size);
};

// PythonDkim: the independent verifier of the DKIM suites — Debian's python3-dkim (dkimpy), run by /usr/bin/python3
// with the public keys supplied by a dnsfunc instead of DNS.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

class PythonDkim
{
public:
    // For each message, whether each of its DKIM-Signature fields (topmost first) verifies. `records` maps
    // "selector._domainkey.domain" to the TXT record. One python process for the whole batch; on a failure to run,
    // an empty list and `error` says why.
    static QList<QList<bool>>
    verifyAll(const QList<QByteArray>& messages, const QHash<QString, QByteArray>& records, QString* error);
    // Canonical forms computed by dkimpy's own canonicalization module, for cross-checking: each input is a body
    // (kind "body") or a (name, value) header pair joined by ':' (kind "header"), with method "simple"/"relaxed".
    static QList<QByteArray>
    canonicalize(const QByteArray& kind, const QByteArray& method, const QList<QByteArray>& inputs, QString* error);

private:
    static QByteArray run(const QByteArray& script, const QByteArray& input, QString* error);
};

// PythonDkim: the independent verifier of the DKIM suites — Debian's python3-dkim (dkimpy), run by /usr/bin/python3
// with the public keys supplied by a dnsfunc instead of DNS.
#include "PythonDkim.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {
// Input on stdin: {"records": {name: record}, "messages": [base64]}. Output: [[bool, …], …].
const char verifyScript[] = R"PY(
import base64, json, sys
import dkim
job = json.load(sys.stdin)
records = {k.lower(): v.encode() for k, v in job["records"].items()}
def dnsfunc(name, timeout=5):
    if isinstance(name, bytes):
        name = name.decode()
    return records.get(name.rstrip(".").lower())
out = []
for encoded in job["messages"]:
    message = base64.b64decode(encoded)
    d = dkim.DKIM(message)
    count = sum(1 for (n, v) in d.headers if n.lower() == b"dkim-signature")
    results = []
    for i in range(count):
        try:
            results.append(bool(dkim.DKIM(message).verify(idx=i, dnsfunc=dnsfunc)))
        except Exception:
            results.append(False)
    out.append(results)
print(json.dumps(out))
)PY";

// Input: {"kind": "body"|"header", "method": "simple"|"relaxed", "inputs": [base64]}. Output: [base64].
const char canonicalizeScript[] = R"PY(
import base64, json, sys
from dkim.canonicalization import Simple, Relaxed
job = json.load(sys.stdin)
method = Relaxed if job["method"] == "relaxed" else Simple
out = []
for encoded in job["inputs"]:
    data = base64.b64decode(encoded)
    if job["kind"] == "body":
        result = method.canonicalize_body(data)
    else:
        name, value = data.split(b":", 1)
        (n, v), = method.canonicalize_headers([(name, value)])
        result = n + b":" + v
    out.append(base64.b64encode(result).decode())
print(json.dumps(out))
)PY";
} // namespace

QByteArray PythonDkim::run(const QByteArray& script, const QByteArray& input, QString* error)
{
    QProcess process;
    // Debian's /usr/bin/python3 on purpose: python3-dkim is installed for it, not for a python3 on PATH.
    process.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(script)});
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start /usr/bin/python3");
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QStringLiteral("python3-dkim failed: ") + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return process.readAllStandardOutput();
}

QList<QList<bool>>
PythonDkim::verifyAll(const QList<QByteArray>& messages, const QHash<QString, QByteArray>& records, QString* error)
{
    QJsonObject recordObject;
    for (auto it = records.begin(); it != records.end(); ++it) {
        recordObject.insert(it.key(), QString::fromLatin1(it.value()));
    }
    QJsonArray encoded;
    for (const QByteArray& message : messages) {
        encoded.append(QString::fromLatin1(message.toBase64()));
    }
    const QByteArray input
        = QJsonDocument(QJsonObject {{QStringLiteral("records"), recordObject}, {QStringLiteral("messages"), encoded}})
              .toJson(QJsonDocument::Compact);
    const QByteArray output = run(verifyScript, input, error);
    QList<QList<bool>> results;
    for (const QJsonValue& message : QJsonDocument::fromJson(output).array()) {
        QList<bool> signatures;
        for (const QJsonValue& verified : message.toArray()) {
            signatures.append(verified.toBool());
        }
        results.append(signatures);
    }
    return results;
}

QList<QByteArray> PythonDkim::canonicalize(const QByteArray& kind,
                                           const QByteArray& method,
                                           const QList<QByteArray>& inputs,
                                           QString* error)
{
    QJsonArray encoded;
    for (const QByteArray& data : inputs) {
        encoded.append(QString::fromLatin1(data.toBase64()));
    }
    const QByteArray input = QJsonDocument(QJsonObject {{QStringLiteral("kind"), QString::fromLatin1(kind)},
                                                        {QStringLiteral("method"), QString::fromLatin1(method)},
                                                        {QStringLiteral("inputs"), encoded}})
                                 .toJson(QJsonDocument::Compact);
    QList<QByteArray> results;
    for (const QJsonValue& value : QJsonDocument::fromJson(run(canonicalizeScript, input, error)).array()) {
        results.append(QByteArray::fromBase64(value.toString().toLatin1()));
    }
    return results;
}

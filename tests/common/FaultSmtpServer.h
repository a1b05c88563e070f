// FaultSmtpServer: starts ../shared/tools/faultsmtp.py (with /usr/bin/python3) on a free loopback port for a test,
// and reads back what it stored. Shared by the smtp and delivery suites (static library tayori-testsupport).
//
//     FaultSmtpServer server;
//     QVERIFY2(server.start({QStringLiteral("--rcpt-perm-rate"), QStringLiteral("0.1")}), qPrintable(server.error()));
//     config.port = server.port();                       // host 127.0.0.1 (or "localhost" for TLS: see below)
//     …
//     const QList<QJsonObject> log = server.messages();  // messages.jsonl, one object per accepted message
//     QCOMPARE(server.messageBytes(log[0]), sent);       // the stored bytes, dot-unstuffed
//
// Always passed: --port-file, --maildir, --tls-dir and --max-runtime 120 (so a crashed test leaves no server
// behind); a test may pass its own --port or --max-runtime to override. The self-signed certificate faultsmtp makes
// is for CN/SAN localhost, 127.0.0.1 and ::1: add certificate() to RelayConfig::extraCaCertificates to trust it.
// All servers of one test process share that certificate (tlsDir() is per process, the Maildir per server).
// kill() ends the server at once (SIGKILL, as a crash); restart() starts it again with the same arguments, the same
// Maildir and log (they accumulate) and, by default, the same port. The destructor stops a running server.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class FaultSmtpServer
{
public:
    FaultSmtpServer();
    ~FaultSmtpServer();
    FaultSmtpServer(const FaultSmtpServer&) = delete;
    FaultSmtpServer& operator=(const FaultSmtpServer&) = delete;

    // Starts the server with these extra arguments and waits (up to 15 s) until it listens. False: see error().
    bool start(const QStringList& arguments = {});
    // SIGTERM, then waits for the exit (SIGKILL after 5 s). Safe to call when not running.
    void stop();
    // SIGKILL: the server dies as in a crash.
    void kill();
    // Starts again with the arguments of the last start(); on the same port unless samePort is false.
    bool restart(bool samePort = true);
    // True while the process runs (it exits by itself after --crash-after, --max-runtime).
    bool isRunning() const;
    // Waits up to timeoutMs for the process to end by itself (e.g. after --crash-after); its exit code or -1.
    int waitForExit(int timeoutMs = 5000);

    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    QString maildir() const;
    QString tlsDir() const;
    // The server's self-signed certificate (exists once a server without --no-starttls has started).
    QString certificatePath() const;
    QSslCertificate certificate() const;
    // messages.jsonl (accepted messages) and events.jsonl (protocol events), parsed, oldest first.
    QList<QJsonObject> messages() const;
    QList<QJsonObject> events() const;
    // The stored bytes of one accepted message (its "file" field, relative to the Maildir).
    QByteArray messageBytes(const QJsonObject& record) const;
    // Everything the server printed so far (stdout and stderr), including its "faultsmtp-summary {json}" line after it
    // exited.
    QByteArray output();

    // $TAYORI_SOURCE_DIR/../shared/tools/faultsmtp.py
    static QString scriptPath();

private:
    bool launch(const QStringList& arguments);
    QList<QJsonObject> readJsonLines(const QString& path) const;

    QTemporaryDir m_dir;
    QProcess m_process;
    QStringList m_arguments;
    QByteArray m_output;
    QString m_error;
    quint16 m_port = 0;
};

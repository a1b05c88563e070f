// FaultSmtpServer: the faultsmtp.py process for tests — start on a free port, stop, kill, restart, read the logs.
#include "FaultSmtpServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

namespace {
const QString python = QStringLiteral("/usr/bin/python3");
}

FaultSmtpServer::FaultSmtpServer() = default;

FaultSmtpServer::~FaultSmtpServer()
{
    stop();
}

QString FaultSmtpServer::scriptPath()
{
    return QDir::cleanPath(qEnvironmentVariable("TAYORI_SOURCE_DIR") + QStringLiteral("/../shared/tools/faultsmtp.py"));
}

QString FaultSmtpServer::maildir() const
{
    return m_dir.filePath(QStringLiteral("maildir"));
}

QString FaultSmtpServer::tlsDir() const
{
    // One certificate for every server of the test process: making an RSA key for each would cost a second each.
    static QTemporaryDir shared;
    return shared.filePath(QStringLiteral("tls"));
}

QString FaultSmtpServer::certificatePath() const
{
    return tlsDir() + QStringLiteral("/selfsigned/cert.pem");
}

QSslCertificate FaultSmtpServer::certificate() const
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath());
    return certificates.isEmpty() ? QSslCertificate() : certificates.first();
}

bool FaultSmtpServer::start(const QStringList& arguments)
{
    m_arguments = arguments;
    return launch(arguments);
}

bool FaultSmtpServer::restart(bool samePort)
{
    QStringList arguments = m_arguments;
    if (samePort && m_port != 0) {
        arguments << QStringLiteral("--port") << QString::number(m_port);
    }
    return launch(arguments);
}

bool FaultSmtpServer::launch(const QStringList& arguments)
{
    stop();
    m_error.clear();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (!QFile::exists(scriptPath())) {
        m_error = QStringLiteral("faultsmtp.py not found at %1 (is TAYORI_SOURCE_DIR set?)").arg(scriptPath());
        return false;
    }
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    QFile::remove(portFile);
    QStringList all {scriptPath(),
                     QStringLiteral("--port"),
                     QStringLiteral("0"),
                     QStringLiteral("--port-file"),
                     portFile,
                     QStringLiteral("--maildir"),
                     maildir(),
                     QStringLiteral("--tls-dir"),
                     tlsDir(),
                     QStringLiteral("--max-runtime"),
                     QStringLiteral("120")};
    all += arguments; // later flags win in argparse, so a test's own --port or --max-runtime overrides these
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(python, all);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(python, m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            const int port = file.readAll().trimmed().toInt();
            if (port > 0) {
                m_port = static_cast<quint16>(port);
                return true;
            }
        }
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("faultsmtp exited at start: %1").arg(QString::fromUtf8(output()));
            return false;
        }
        QThread::msleep(20);
    }
    m_error = QStringLiteral("faultsmtp did not start listening within 15 s");
    kill();
    return false;
}

void FaultSmtpServer::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    output();
}

void FaultSmtpServer::kill()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.kill();
    m_process.waitForFinished(5000);
    output();
}

bool FaultSmtpServer::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

int FaultSmtpServer::waitForExit(int timeoutMs)
{
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs)) {
        return -1;
    }
    output();
    return m_process.exitCode();
}

QByteArray FaultSmtpServer::output()
{
    m_output += m_process.readAllStandardOutput();
    return m_output;
}

QList<QJsonObject> FaultSmtpServer::readJsonLines(const QString& path) const
{
    QList<QJsonObject> records;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return records;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (!line.trimmed().isEmpty()) {
            records.append(QJsonDocument::fromJson(line).object());
        }
    }
    return records;
}

QList<QJsonObject> FaultSmtpServer::messages() const
{
    return readJsonLines(maildir() + QStringLiteral("/messages.jsonl"));
}

QList<QJsonObject> FaultSmtpServer::events() const
{
    return readJsonLines(maildir() + QStringLiteral("/events.jsonl"));
}

QByteArray FaultSmtpServer::messageBytes(const QJsonObject& record) const
{
    QFile file(maildir() + QLatin1Char('/') + record.value(QStringLiteral("file")).toString());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// OutboxTransport: one .eml file per message, written through QSaveFile so a reader never sees half a message.
#include "smtp/OutboxTransport.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

OutboxTransport::OutboxTransport(const RelayConfig& config, QObject* parent)
    : MailTransport(parent)
    , m_path(config.outboxPath)
{
}

QString OutboxTransport::fileName(const QDateTime& utc, quint64 tag, const QByteArray& recipient)
{
    // Only characters every file system takes; '@' becomes '_' so the name reads like the address.
    QByteArray safe;
    safe.reserve(recipient.size());
    for (const char c : recipient.left(100)) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                          || c == '-' || c == '+';
        safe += keep ? c : '_';
    }
    while (safe.startsWith('.')) {
        safe.remove(0, 1);
    }
    return utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + QLatin1Char('-')
           + QStringLiteral("%1").arg(tag, 6, 10, QLatin1Char('0')) + QLatin1Char('-') + QString::fromLatin1(safe)
           + QStringLiteral(".eml");
}

TransportResult OutboxTransport::write(quint64 tag, const Envelope& envelope, const QByteArray& message)
{
    TransportResult result;
    result.outcome = TransportResult::Outcome::ConfigurationError;
    if (!QDir().mkpath(m_path)) {
        result.reply = tr("Cannot create the outbox folder %1; check the path and its permissions.").arg(m_path);
        return result;
    }
    const QString first = QDir(m_path).filePath(fileName(QDateTime::currentDateTimeUtc(), tag, envelope.recipient));
    // Another worker or campaign may have written to the same recipient within the same second: never overwrite.
    QString path = first;
    for (int n = 2; QFileInfo::exists(path); ++n) {
        path = first.left(first.size() - 4) + QStringLiteral("-%1.eml").arg(n);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size() || !file.commit()) {
        result.reply = tr("Cannot write %1 (%2); check that the outbox folder is writable and the disk is not full.")
                           .arg(path, file.errorString());
        return result;
    }
    result.outcome = TransportResult::Outcome::Accepted;
    result.reply = tr("written to %1").arg(path);
    return result;
}

void OutboxTransport::submit(quint64 tag, const Envelope& envelope, const QByteArray& message)
{
    // Written now, reported from the event loop: `finished` never comes from inside submit(), as with SMTP.
    const TransportResult result = write(tag, envelope, message);
    QMetaObject::invokeMethod(
        this, [this, tag, result] { emit finished(tag, result); }, Qt::QueuedConnection);
}

void OutboxTransport::close()
{
    QMetaObject::invokeMethod(this, &OutboxTransport::closed, Qt::QueuedConnection);
}

// OutboxTransport: MailTransport into a folder — each signed message becomes one .eml file, byte for byte, written
// atomically. The default until a relay is configured, and a way to look at exactly what would be sent.
#pragma once

#include <QCoreApplication>

#include "smtp/MailTransport.h"

class OutboxTransport : public MailTransport
{
    Q_OBJECT

public:
    explicit OutboxTransport(const RelayConfig& config, QObject* parent = nullptr);

    void submit(quint64 tag, const Envelope& envelope, const QByteArray& message) override;
    void close() override;

    // "20261204T190000Z-000042-taro_example.co.jp.eml": time, tag and recipient, safe on every file system.
    static QString fileName(const QDateTime& utc, quint64 tag, const QByteArray& recipient);

private:
    TransportResult write(quint64 tag, const Envelope& envelope, const QByteArray& message);

    QString m_path;
};

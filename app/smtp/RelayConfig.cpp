// RelayConfig: the transport URLs of the CLI contract parsed into a relay or outbox setting, and back.
#include "smtp/RelayConfig.h"

#include <QUrlQuery>

namespace {
constexpr quint16 submissionPort = 587;
constexpr quint16 smtpsPort = 465;
} // namespace

Result<RelayConfig> RelayConfig::fromUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const QString accepted = QStringLiteral("smtp://USER@HOST:587, smtps://USER@HOST:465, file:///PATH");
    if (trimmed.isEmpty() || !url.isValid() || scheme.isEmpty()) {
        return Result<RelayConfig>::failure(tr("\"%1\" is not a transport URL; use one of %2.").arg(trimmed, accepted));
    }
    // Checked before anything else so that the error never echoes the secret back.
    if (!url.password().isEmpty() || url.userInfo().contains(QLatin1Char(':'))) {
        return Result<RelayConfig>::failure(
            tr("The transport URL contains a password; remove it and set TAYORI_SMTP_PASSWORD instead."));
    }

    RelayConfig config;
    if (scheme == QLatin1String("file")) {
        if (!url.host().isEmpty() && url.host() != QLatin1String("localhost")) {
            return Result<RelayConfig>::failure(
                tr("The outbox URL \"%1\" names another machine; use file:///PATH for a local folder.").arg(trimmed));
        }
        config.kind = Kind::Outbox;
        config.outboxPath = url.toLocalFile();
        if (config.outboxPath.isEmpty()) {
            return Result<RelayConfig>::failure(
                tr("The outbox URL \"%1\" has no folder; use file:///PATH.").arg(trimmed));
        }
        return config;
    }

    if (scheme == QLatin1String("smtp")) {
        config.security = Security::StartTls;
        config.port = submissionPort;
    } else if (scheme == QLatin1String("smtps")) {
        config.security = Security::ImplicitTls;
        config.port = smtpsPort;
    } else {
        return Result<RelayConfig>::failure(
            tr("Unknown transport \"%1:\"; use one of %2.").arg(url.scheme(), accepted));
    }
    config.kind = Kind::Smtp;
    config.host = url.host(QUrl::FullyDecoded);
    if (config.host.isEmpty()) {
        return Result<RelayConfig>::failure(
            tr("The transport URL \"%1\" has no host name; use e.g. smtp://USER@mail.example.com:587.").arg(trimmed));
    }
    if (url.port() == 0) {
        return Result<RelayConfig>::failure(tr("The transport URL \"%1\" has port 0; give a real port.").arg(trimmed));
    }
    if (url.port() > 0) {
        config.port = static_cast<quint16>(url.port());
    }
    config.user = url.userName(QUrl::FullyDecoded);
    if (!url.path().isEmpty() && url.path() != QLatin1String("/")) {
        return Result<RelayConfig>::failure(
            tr("The transport URL \"%1\" has a path; an SMTP URL ends after the port.").arg(trimmed));
    }

    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("tls")) {
            return Result<RelayConfig>::failure(
                tr("Unknown option \"%1\" in the transport URL; the only option is tls=none.").arg(key));
        }
        if (value == QLatin1String("none") && scheme == QLatin1String("smtp")) {
            config.security = Security::None;
        } else if (value == QLatin1String("none")) {
            return Result<RelayConfig>::failure(
                tr("tls=none cannot be used with smtps://; use smtp://HOST:PORT?tls=none for a relay without TLS."));
        } else if (value == QLatin1String("starttls") && scheme == QLatin1String("smtp")) {
            config.security = Security::StartTls;
        } else {
            return Result<RelayConfig>::failure(
                tr("Unknown value tls=%1 in the transport URL; only tls=none is accepted.").arg(value));
        }
    }
    return config;
}

QString RelayConfig::toUrl() const
{
    if (kind == Kind::Outbox) {
        return QUrl::fromLocalFile(outboxPath).toString(QUrl::FullyEncoded);
    }
    QUrl url;
    url.setScheme(security == Security::ImplicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp"));
    url.setUserName(user, QUrl::DecodedMode);
    url.setHost(host);
    url.setPort(port);
    if (security == Security::None) {
        url.setQuery(QStringLiteral("tls=none"));
    }
    return url.toString(QUrl::FullyEncoded);
}

QString RelayConfig::displayName() const
{
    if (kind == Kind::Outbox) {
        return tr("outbox folder %1").arg(outboxPath);
    }
    const QString hostPart = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    QString security;
    switch (this->security) {
    case Security::StartTls:
        security = tr("STARTTLS");
        break;
    case Security::ImplicitTls:
        security = tr("TLS");
        break;
    case Security::None:
        security = tr("no encryption");
        break;
    }
    return QStringLiteral("%1:%2 (%3)").arg(hostPart).arg(port).arg(security);
}

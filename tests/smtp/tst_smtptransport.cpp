// SmtpTransport against faultsmtp.py on loopback: exact bytes, connection reuse, the reply → outcome mapping, 421 and
// dropped connections with recovery, timeouts, STARTTLS/implicit TLS trust, AUTH, SIZE, SMTPUTF8, 8BITMIME.
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include "FaultSmtpServer.h"
#include "smtp/SmtpConnection.h"
#include "smtp/SmtpTransport.h"

using Outcome = TransportResult::Outcome;

namespace {
// A newsletter-sized message (about 20 KB) with a numbered Message-ID.
QByteArray makeMessage(int number, const QByteArray& extraBody = {})
{
    QByteArray message = "From: News <news@example.com>\r\nTo: <rcpt@example.net>\r\nSubject: test "
                         + QByteArray::number(number) + "\r\nMessage-ID: <" + QByteArray::number(number)
                         + "@test.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                         + extraBody;
    while (message.size() < 20000) {
        message += "The quick brown fox jumps over the lazy dog, line " + QByteArray::number(message.size()) + "\r\n";
    }
    return message;
}

RelayConfig plainConfig(quint16 port)
{
    RelayConfig config = *RelayConfig::fromUrl(QStringLiteral("smtp://127.0.0.1:%1?tls=none").arg(port));
    config.commandTimeoutMs = 5000;
    config.connectTimeoutMs = 5000;
    config.dataTimeoutMs = 5000;
    return config;
}

struct Outcomes
{
    QList<quint64> tags;
    QList<TransportResult> results;
};

// Collects `finished` and waits until `count` have come (or 20 s).
class Collector
{
public:
    explicit Collector(MailTransport& transport)
    {
        QObject::connect(
            &transport, &MailTransport::finished, &transport, [this](quint64 tag, const TransportResult& result) {
                outcomes.tags.append(tag);
                outcomes.results.append(result);
            });
    }
    bool waitFor(int count, int timeoutMs = 20000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (outcomes.results.size() < count && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        // Give a wrong extra `finished` the chance to show up.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return outcomes.results.size() == count;
    }
    Outcomes outcomes;
};

QString describe(const TransportResult& result)
{
    return QStringLiteral("outcome %1 code %2: %3").arg(int(result.outcome)).arg(result.code).arg(result.reply);
}

// A scripted server for what faultsmtp cannot vary: PIPELINING withheld, EHLO refused, multi-line refusals. It notes
// every command and how many command lines arrived in one read (more than one means the client pipelined).
class ScriptedServer : public QObject
{
public:
    bool offerPipelining = true;
    bool ehloWorks = true;
    QList<QByteArray> commands;
    int maxCommandsPerRead = 0;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_client = m_server.nextPendingConnection();
            connect(m_client, &QTcpSocket::readyRead, this, &ScriptedServer::onReadyRead);
            m_client->write("220-fake.example ESMTP\r\n220 second banner line\r\n");
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void onReadyRead()
    {
        m_buffer += m_client->readAll();
        int inThisRead = 0;
        qsizetype end;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(end + 1);
            m_buffer.remove(0, end + 1);
            if (m_inData) {
                if (line == ".\r\n") {
                    m_inData = false;
                    m_client->write("250 2.0.0 queued\r\n");
                }
                continue;
            }
            ++inThisRead;
            commands.append(line.trimmed());
            const QByteArray verb = line.left(4).toUpper();
            if (verb == "EHLO") {
                m_client->write(!ehloWorks ? "502 5.5.2 Error: command not recognized\r\n"
                                : offerPipelining
                                    ? "250-fake.example\r\n250-SIZE 100000\r\n250-PIPELINING\r\n250 8BITMIME\r\n"
                                    : "250-fake.example\r\n250-SIZE 100000\r\n250 8BITMIME\r\n");
            } else if (verb == "HELO") {
                m_client->write("250 fake.example\r\n");
            } else if (verb == "MAIL" || verb == "RSET") {
                m_client->write("250 2.1.0 Ok\r\n");
            } else if (verb == "RCPT") {
                m_rcptOk = !line.contains("bad");
                m_client->write(
                    m_rcptOk
                        ? "250 2.1.5 Ok\r\n"
                        : "550-5.1.1 <bad@example.net>: no such user\r\n550 5.1.1 see https://example.net/why\r\n");
            } else if (verb == "DATA") {
                m_inData = m_rcptOk;
                m_client->write(m_rcptOk ? "354 go ahead\r\n" : "554 5.5.1 Error: no valid recipients\r\n");
            } else if (verb == "QUIT") {
                m_client->write("221 2.0.0 Bye\r\n");
                m_client->disconnectFromHost();
                return;
            } else {
                m_client->write("502 5.5.2 Error\r\n");
            }
        }
        maxCommandsPerRead = std::max(maxCommandsPerRead, inThisRead);
    }

    QTcpServer m_server;
    QTcpSocket* m_client = nullptr;
    QByteArray m_buffer;
    bool m_inData = false;
    bool m_rcptOk = false;
};
} // namespace

class TestSmtpTransport : public QObject
{
    Q_OBJECT

private slots:
    void dotStuffing_data();
    void dotStuffing();
    void deliversExactBytesOnOneConnection();
    void rejectedAndDeferredRecipients_data();
    void rejectedAndDeferredRecipients();
    void reconnectsAfter421();
    void recoversAfterDroppedData();
    void timeoutNamesTheStage();
    void unreachableServerFinishesEachSubmitInOrder();
    void tls_data();
    void tls();
    void startTlsNotOffered();
    void authentication_data();
    void authentication();
    void requireTlsIsAConfigurationError();
    void sizeLimitRefusedLocally();
    void smtpUtf8And8BitMime();
    void closeSendsQuit();
    void scriptedSession_data();
    void scriptedSession();
};

void TestSmtpTransport::dotStuffing_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("stuffed");
    QTest::newRow("none") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n");
    QTest::newRow("leading dot") << QByteArray(".a\r\nb\r\n") << QByteArray("..a\r\nb\r\n");
    QTest::newRow("dot line") << QByteArray("a\r\n.\r\nb\r\n") << QByteArray("a\r\n..\r\nb\r\n");
    QTest::newRow("two and last") << QByteArray("a\r\n..x\r\n.") << QByteArray("a\r\n...x\r\n..");
    QTest::newRow("dot not at line start") << QByteArray("a.b\r\n x.\r\n") << QByteArray("a.b\r\n x.\r\n");
}

void TestSmtpTransport::dotStuffing()
{
    QFETCH(QByteArray, message);
    QByteArray out;
    SmtpConnection::appendStuffed(out, message);
    QTEST(out, "stuffed");
}

void TestSmtpTransport::deliversExactBytesOnOneConnection()
{
    FaultSmtpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    SmtpTransport transport(plainConfig(server.port()));
    Collector collector(transport);

    QList<QByteArray> sent;
    sent << makeMessage(1) << makeMessage(2, ".leading dot line\r\n.\r\n..two dots\r\n") << makeMessage(3)
         << QByteArray(".starts with a dot\r\nno final line end") << makeMessage(5);
    for (int i = 0; i < sent.size(); ++i) {
        transport.submit(100 + i, {"bounce+" + QByteArray::number(i) + "@example.com", "rcpt@example.net"}, sent[i]);
    }
    QVERIFY(collector.waitFor(sent.size()));
    for (int i = 0; i < sent.size(); ++i) {
        QCOMPARE(collector.outcomes.tags[i], quint64(100 + i));
        QVERIFY2(collector.outcomes.results[i].outcome == Outcome::Accepted,
                 qPrintable(describe(collector.outcomes.results[i])));
        QCOMPARE(collector.outcomes.results[i].code, 250);
        QVERIFY(collector.outcomes.results[i].reply.startsWith(QStringLiteral("250 2.0.0 Ok: queued as ")));
    }

    const QList<QJsonObject> log = server.messages();
    QCOMPARE(log.size(), sent.size());
    for (int i = 0; i < sent.size(); ++i) {
        QByteArray expected = sent[i];
        if (!expected.endsWith("\r\n")) {
            expected += "\r\n"; // the transport ends the last line so the final dot is a line of its own
        }
        QCOMPARE(server.messageBytes(log[i]), expected);
        QCOMPARE(log[i].value(QStringLiteral("mail_from")).toString(), QStringLiteral("bounce+%1@example.com").arg(i));
        // One connection for all of them, no re-connect and no RSET needed.
        QCOMPARE(log[i].value(QStringLiteral("session")), log[0].value(QStringLiteral("session")));
        QCOMPARE(log[i].value(QStringLiteral("conn_msg_index")).toInt(), i + 1);
        QCOMPARE(log[i].value(QStringLiteral("declared_size")).toInt(), sent[i].size());
    }
}

void TestSmtpTransport::rejectedAndDeferredRecipients_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("status");
    QTest::newRow("550") << QStringList {QStringLiteral("--rcpt-perm-rate"), QStringLiteral("1")} << Outcome::Rejected
                         << 550 << QStringLiteral("5.1.1");
    QTest::newRow("451") << QStringList {QStringLiteral("--rcpt-temp-rate"), QStringLiteral("1")} << Outcome::Deferred
                         << 451 << QStringLiteral("4.3.0");
}

void TestSmtpTransport::rejectedAndDeferredRecipients()
{
    QFETCH(QStringList, arguments);
    FaultSmtpServer server;
    QVERIFY2(server.start(arguments), qPrintable(server.error()));
    SmtpTransport transport(plainConfig(server.port()));
    Collector collector(transport);
    // Three in a row on the same connection: each failed transaction is followed by RSET, and the replies stay in
    // step (a desynchronised reader would report the wrong code for the later ones).
    for (int i = 0; i < 3; ++i) {
        transport.submit(i, {"bounce@example.com", "user" + QByteArray::number(i) + "@example.net"}, makeMessage(i));
    }
    QVERIFY(collector.waitFor(3));
    for (const TransportResult& result : std::as_const(collector.outcomes.results)) {
        QTEST(result.outcome, "outcome");
        QTEST(result.code, "code");
        QFETCH(QString, status);
        QVERIFY2(result.reply.startsWith(QString::number(result.code) + QLatin1Char(' ') + status),
                 qPrintable(result.reply));
    }
    QCOMPARE(server.messages().size(), 0);
    int sessions = 0;
    for (const QJsonObject& event : server.events()) {
        sessions += event.value(QStringLiteral("event")).toString() == QLatin1String("connect");
    }
    QCOMPARE(sessions, 1);
}

void TestSmtpTransport::reconnectsAfter421()
{
    FaultSmtpServer server;
    QVERIFY2(server.start({QStringLiteral("--max-msgs-per-conn"), QStringLiteral("2")}), qPrintable(server.error()));
    SmtpTransport transport(plainConfig(server.port()));
    Collector collector(transport);
    for (int i = 0; i < 5; ++i) {
        transport.submit(i, {"bounce@example.com", "rcpt@example.net"}, makeMessage(i));
    }
    QVERIFY(collector.waitFor(5));
    const QList<TransportResult>& results = collector.outcomes.results;
    QCOMPARE(results[0].outcome, Outcome::Accepted);
    QCOMPARE(results[1].outcome, Outcome::Accepted);
    QVERIFY2(results[2].outcome == Outcome::Deferred, qPrintable(describe(results[2])));
    QCOMPARE(results[2].code, 421);
    QCOMPARE(results[3].outcome, Outcome::Accepted);
    QCOMPARE(results[4].outcome, Outcome::Accepted);
    const QList<QJsonObject> log = server.messages();
    QCOMPARE(log.size(), 4);
    QCOMPARE(log[1].value(QStringLiteral("session")), log[0].value(QStringLiteral("session")));
    QVERIFY(log[2].value(QStringLiteral("session")) != log[1].value(QStringLiteral("session")));
    QCOMPARE(server.messageBytes(log[2]), makeMessage(3));
}

void TestSmtpTransport::recoversAfterDroppedData()
{
    FaultSmtpServer server;
    // Every DATA is cut off, but only once per recipient set: the second attempt gets through.
    QVERIFY2(server.start({QStringLiteral("--drop-data-rate"),
                           QStringLiteral("1"),
                           QStringLiteral("--fault-max-per-key"),
                           QStringLiteral("1"),
                           QStringLiteral("--drop-after-bytes"),
                           QStringLiteral("5000")}),
             qPrintable(server.error()));
    SmtpTransport transport(plainConfig(server.port()));
    Collector collector(transport);
    transport.submit(1, {"bounce@example.com", "rcpt@example.net"}, makeMessage(1));
    transport.submit(2, {"bounce@example.com", "rcpt@example.net"}, makeMessage(2));
    QVERIFY(collector.waitFor(2));
    const TransportResult& lost = collector.outcomes.results[0];
    QVERIFY2(lost.outcome == Outcome::ConnectionLost, qPrintable(describe(lost)));
    QVERIFY2(lost.reply.contains(QStringLiteral("end of DATA")), qPrintable(lost.reply));
    QVERIFY2(collector.outcomes.results[1].outcome == Outcome::Accepted,
             qPrintable(describe(collector.outcomes.results[1])));
    QCOMPARE(server.messages().size(), 1);
    QCOMPARE(server.messageBytes(server.messages()[0]), makeMessage(2));
}

void TestSmtpTransport::timeoutNamesTheStage()
{
    FaultSmtpServer server;
    QVERIFY2(server.start({QStringLiteral("--delay-ms"), QStringLiteral("1500")}), qPrintable(server.error()));
    RelayConfig config = plainConfig(server.port());
    config.commandTimeoutMs = 300;
    SmtpTransport transport(config);
    Collector collector(transport);
    QElapsedTimer clock;
    clock.start();
    transport.submit(7, {"bounce@example.com", "rcpt@example.net"}, makeMessage(7));
    QVERIFY(collector.waitFor(1));
    QVERIFY(clock.elapsed() < 1400);
    const TransportResult& result = collector.outcomes.results[0];
    QVERIFY2(result.outcome == Outcome::ConnectionLost, qPrintable(describe(result)));
    QVERIFY2(result.reply.contains(QStringLiteral("greeting")), qPrintable(result.reply));
}

void TestSmtpTransport::unreachableServerFinishesEachSubmitInOrder()
{
    // A port nothing listens on: bind one, note it, close it.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    SmtpTransport transport(plainConfig(port));
    Collector collector(transport);
    for (int i = 0; i < 3; ++i) {
        transport.submit(10 + i, {"bounce@example.com", "rcpt@example.net"}, makeMessage(i));
    }
    QVERIFY(collector.waitFor(3));
    QCOMPARE(collector.outcomes.tags, (QList<quint64> {10, 11, 12}));
    for (const TransportResult& result : std::as_const(collector.outcomes.results)) {
        QCOMPARE(result.outcome, Outcome::ConnectionLost);
        QVERIFY2(result.reply.contains(QStringLiteral("Cannot connect")), qPrintable(result.reply));
    }
}

void TestSmtpTransport::tls_data()
{
    QTest::addColumn<bool>("implicitTls");
    QTest::addColumn<bool>("trustCertificate");
    QTest::addColumn<QString>("host");
    QTest::newRow("STARTTLS untrusted") << false << false << QStringLiteral("localhost");
    QTest::newRow("STARTTLS trusted") << false << true << QStringLiteral("localhost");
    QTest::newRow("STARTTLS trusted by IP") << false << true << QStringLiteral("127.0.0.1");
    QTest::newRow("implicit untrusted") << true << false << QStringLiteral("localhost");
    QTest::newRow("implicit trusted") << true << true << QStringLiteral("localhost");
}

void TestSmtpTransport::tls()
{
    QFETCH(bool, implicitTls);
    QFETCH(bool, trustCertificate);
    QFETCH(QString, host);
    FaultSmtpServer server;
    QVERIFY2(server.start(implicitTls ? QStringList {QStringLiteral("--implicit-tls")} : QStringList {}),
             qPrintable(server.error()));
    RelayConfig config = plainConfig(server.port());
    config.host = host;
    config.security = implicitTls ? RelayConfig::Security::ImplicitTls : RelayConfig::Security::StartTls;
    if (trustCertificate) {
        QVERIFY(!server.certificate().isNull());
        config.extraCaCertificates = {server.certificate()};
    }
    SmtpTransport transport(config);
    Collector collector(transport);
    transport.submit(1, {"bounce@example.com", "rcpt@example.net"}, makeMessage(1));
    transport.submit(2, {"bounce@example.com", "rcpt@example.net"}, makeMessage(2));
    QVERIFY(collector.waitFor(2));
    for (const TransportResult& result : std::as_const(collector.outcomes.results)) {
        if (trustCertificate) {
            QVERIFY2(result.outcome == Outcome::Accepted, qPrintable(describe(result)));
        } else {
            QVERIFY2(result.outcome == Outcome::ConfigurationError, qPrintable(describe(result)));
            QVERIFY2(result.reply.contains(QStringLiteral("self-signed"))
                         && result.reply.contains(QStringLiteral("Settings")),
                     qPrintable(result.reply));
        }
    }
    const QList<QJsonObject> log = server.messages();
    QCOMPARE(log.size(), trustCertificate ? 2 : 0);
    for (const QJsonObject& record : log) {
        QCOMPARE(record.value(QStringLiteral("tls")).toBool(), true);
    }
    // Nothing was pipelined after STARTTLS in the clear.
    for (const QJsonObject& event : server.events()) {
        QVERIFY(event.value(QStringLiteral("event")).toString() != QLatin1String("starttls_injection"));
    }
}

void TestSmtpTransport::startTlsNotOffered()
{
    FaultSmtpServer server;
    QVERIFY2(server.start({QStringLiteral("--no-starttls")}), qPrintable(server.error()));
    RelayConfig config = plainConfig(server.port());
    config.security = RelayConfig::Security::StartTls;
    SmtpTransport transport(config);
    Collector collector(transport);
    transport.submit(1, {"bounce@example.com", "rcpt@example.net"}, makeMessage(1));
    QVERIFY(collector.waitFor(1));
    QCOMPARE(collector.outcomes.results[0].outcome, Outcome::ConfigurationError);
    QVERIFY2(collector.outcomes.results[0].reply.contains(QStringLiteral("does not offer STARTTLS")),
             qPrintable(collector.outcomes.results[0].reply));
    QCOMPARE(server.messages().size(), 0);
}

void TestSmtpTransport::authentication_data()
{
    QTest::addColumn<bool>("useTls");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain, right password") << false << QStringLiteral("p\xc3\xa4ss word") << true;
    QTest::newRow("plain, wrong password") << false << QStringLiteral("nope") << false;
    QTest::newRow("STARTTLS, right password") << true << QStringLiteral("p\xc3\xa4ss word") << true;
}

void TestSmtpTransport::authentication()
{
    QFETCH(bool, useTls);
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    FaultSmtpServer server;
    QStringList arguments {QStringLiteral("--require-auth"),
                           QStringLiteral("--auth-user"),
                           QStringLiteral("news@example.com"),
                           QStringLiteral("--auth-password"),
                           QStringLiteral("p\xc3\xa4ss word")};
    if (useTls) {
        arguments << QStringLiteral("--auth-requires-tls");
    }
    QVERIFY2(server.start(arguments), qPrintable(server.error()));
    RelayConfig config = plainConfig(server.port());
    config.user = QStringLiteral("news@example.com");
    config.password = password;
    if (useTls) {
        config.host = QStringLiteral("localhost");
        config.security = RelayConfig::Security::StartTls;
        config.extraCaCertificates = {server.certificate()};
    }
    SmtpTransport transport(config);
    Collector collector(transport);
    transport.submit(1, {"bounce@example.com", "rcpt@example.net"}, makeMessage(1));
    QVERIFY(collector.waitFor(1));
    const TransportResult& result = collector.outcomes.results[0];
    if (accepted) {
        QVERIFY2(result.outcome == Outcome::Accepted, qPrintable(describe(result)));
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages()[0].value(QStringLiteral("auth_user")).toString(), config.user);
    } else {
        QCOMPARE(result.outcome, Outcome::ConfigurationError);
        QCOMPARE(result.code, 535);
        QVERIFY2(result.reply.contains(QStringLiteral("rejected the user name or password")), qPrintable(result.reply));
        QVERIFY(!result.reply.contains(password));
        QCOMPARE(server.messages().size(), 0);
    }
}

void TestSmtpTransport::requireTlsIsAConfigurationError()
{
    FaultSmtpServer server;
    QVERIFY2(server.start({QStringLiteral("--require-tls")}), qPrintable(server.error()));
    SmtpTransport transport(plainConfig(server.port()));
    Collector collector(transport);
    transport.submit(1, {"bounce@example.com", "rcpt@example.net"}, makeMessage(1));
    QVERIFY(collector.waitFor(1));
    const TransportResult& result = collector.outcomes.results[0];
    QVERIFY2(result.outcome == Outcome::ConfigurationError, qPrintable(describe(result)));
    QCOMPARE(result.code, 530);
    QVERIFY2(result.reply.contains(QStringLiteral("530 5.7.0 Must issue a STARTTLS")), qPrintable(result.reply));
}

void TestSmtpTransport::sizeLimitRefusedLocally()
{
    FaultSmtpServer server;
    QVERIFY2(server.start({QStringLiteral("--max-size"), QStringLiteral("15000")}), qPrintable(server.error()));
    SmtpTransport transport(plainConfig(server.port()));
    Collector collector(transport);
    const QByteArray small = "Subject: small\r\n\r\nhi\r\n";
    transport.submit(1, {"bounce@example.com", "rcpt@example.net"}, makeMessage(1));
    transport.submit(2, {"bounce@example.com", "rcpt@example.net"}, small);
    QVERIFY(collector.waitFor(2));
    QCOMPARE(collector.outcomes.results[0].outcome, Outcome::Rejected);
    QCOMPARE(collector.outcomes.results[0].code, 0);
    QVERIFY2(collector.outcomes.results[0].reply.contains(QStringLiteral("15000")),
             qPrintable(collector.outcomes.results[0].reply));
    QVERIFY2(collector.outcomes.results[1].outcome == Outcome::Accepted,
             qPrintable(describe(collector.outcomes.results[1])));
    QCOMPARE(server.messages().size(), 1);
    QCOMPARE(server.messageBytes(server.messages()[0]), small);
}

void TestSmtpTransport::smtpUtf8And8BitMime()
{
    FaultSmtpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    SmtpTransport transport(plainConfig(server.port()));
    Collector collector(transport);
    const QByteArray eightBit = makeMessage(1, "\xe3\x81\x93\xe3\x82\x93\xe3\x81\xab\xe3\x81\xa1\xe3\x81\xaf\r\n");
    transport.submit(1, {"bounce@example.com", "\xe5\xa4\xaa\xe9\x83\x8e@example.jp"}, eightBit);
    transport.submit(2, {"bounce@example.com", "rcpt@example.net"}, makeMessage(2));
    QVERIFY(collector.waitFor(2));
    for (const TransportResult& result : std::as_const(collector.outcomes.results)) {
        QVERIFY2(result.outcome == Outcome::Accepted, qPrintable(describe(result)));
    }
    const QList<QJsonObject> log = server.messages();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0].value(QStringLiteral("smtputf8")).toBool(), true);
    QCOMPARE(log[0].value(QStringLiteral("body")).toString(), QStringLiteral("8BITMIME"));
    QCOMPARE(log[0].value(QStringLiteral("rcpts")).toArray().first().toString(),
             QString::fromUtf8("\xe5\xa4\xaa\xe9\x83\x8e@example.jp"));
    QCOMPARE(server.messageBytes(log[0]), eightBit);
    QCOMPARE(log[1].value(QStringLiteral("smtputf8")).toBool(), false);
    QVERIFY(log[1].value(QStringLiteral("body")).isNull());
}

void TestSmtpTransport::closeSendsQuit()
{
    FaultSmtpServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    SmtpTransport transport(plainConfig(server.port()));
    Collector collector(transport);
    QSignalSpy closed(&transport, &MailTransport::closed);
    transport.submit(1, {"bounce@example.com", "rcpt@example.net"}, makeMessage(1));
    transport.close(); // waits for the message in flight
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(collector.outcomes.results.size(), 1);
    QCOMPARE(collector.outcomes.results[0].outcome, Outcome::Accepted);
    // A submit after close() connects again.
    transport.submit(2, {"bounce@example.com", "rcpt@example.net"}, makeMessage(2));
    QVERIFY(collector.waitFor(2));
    QCOMPARE(collector.outcomes.results[1].outcome, Outcome::Accepted);
    const QList<QJsonObject> log = server.messages();
    QCOMPARE(log.size(), 2);
    QVERIFY(log[0].value(QStringLiteral("session")) != log[1].value(QStringLiteral("session")));
}

void TestSmtpTransport::scriptedSession_data()
{
    QTest::addColumn<bool>("pipelining");
    QTest::addColumn<bool>("ehloWorks");
    QTest::newRow("pipelining") << true << true;
    QTest::newRow("no pipelining") << false << true;
    QTest::newRow("HELO fallback") << false << false;
}

void TestSmtpTransport::scriptedSession()
{
    QFETCH(bool, pipelining);
    QFETCH(bool, ehloWorks);
    ScriptedServer server;
    server.offerPipelining = pipelining;
    server.ehloWorks = ehloWorks;
    QVERIFY(server.listen());
    RelayConfig config = plainConfig(server.port());
    config.heloName = QStringLiteral("client.example");
    SmtpTransport transport(config);
    Collector collector(transport);
    transport.submit(1, {"b@example.com", "good@example.net"}, "Subject: 1\r\n\r\nhi\r\n");
    transport.submit(2, {"b@example.com", "bad@example.net"}, "Subject: 2\r\n\r\nhi\r\n");
    transport.submit(3, {"b@example.com", "good@example.net"}, "Subject: 3\r\n\r\nhi\r\n");
    QVERIFY(collector.waitFor(3));
    const QList<TransportResult>& results = collector.outcomes.results;
    QVERIFY2(results[0].outcome == Outcome::Accepted, qPrintable(describe(results[0])));
    QCOMPARE(results[1].outcome, Outcome::Rejected);
    QCOMPARE(results[1].code, 550);
    QCOMPARE(results[1].reply,
             QStringLiteral("550 5.1.1 <bad@example.net>: no such user 5.1.1 see https://example.net/why"));
    QVERIFY2(results[2].outcome == Outcome::Accepted, qPrintable(describe(results[2])));

    const QByteArray mailParams = ehloWorks ? " SIZE=18" : "";
    QList<QByteArray> expected;
    expected << "EHLO client.example";
    if (!ehloWorks) {
        expected << "HELO client.example";
    }
    expected << "MAIL FROM:<b@example.com>" + mailParams << "RCPT TO:<good@example.net>"
             << "DATA"
             // no RSET after a successful transaction
             << "MAIL FROM:<b@example.com>" + mailParams << "RCPT TO:<bad@example.net>";
    if (pipelining) {
        expected << "DATA"; // sent with the group, answered 554
    }
    expected << "RSET" // the refused transaction is cleared before the next
             << "MAIL FROM:<b@example.com>" + mailParams << "RCPT TO:<good@example.net>"
             << "DATA";
    QCOMPARE(server.commands, expected);
    if (pipelining) {
        QVERIFY2(server.maxCommandsPerRead >= 3, qPrintable(QString::number(server.maxCommandsPerRead)));
    } else {
        QCOMPARE(server.maxCommandsPerRead, 1);
    }
}

QTEST_GUILESS_MAIN(TestSmtpTransport)
#include "tst_smtptransport.moc"

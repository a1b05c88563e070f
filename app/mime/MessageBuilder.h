// MessageBuilder: one recipient's complete RFC 5322 message — multipart/alternative (text + HTML), wrapped in
// multipart/related when inline images are attached — in UTF-8 or ISO-2022-JP, CRLF, every line ≤ 998 octets.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "common/Result.h"

// An image referenced from the HTML as cid:<contentId>.
struct InlineImage
{
    QByteArray contentId; // without the angle brackets
    QByteArray mimeType;  // image/png …
    QString fileName;
    QByteArray data;
};

// Everything that varies per recipient, already merged. Strings may hold anything a user or a CSV put there:
// the builder sanitises every header value, so CR/LF in a name or subject can never start a new header.
struct MessageContent
{
    QString fromName;
    QString fromAddress;
    QString toName;
    QString toAddress;
    QString replyTo; // empty: no Reply-To header
    QString subject;
    QString text; // the text/plain part; empty: HTML only
    QString html; // the text/html part; empty: text only
    QList<InlineImage> inlineImages;
    QByteArray messageId;          // "local@domain", without angle brackets; fixed per campaign and recipient
    QDateTime date;                // the Date header (RFC 5322 format, with the local offset)
    QString listUnsubscribeUrl;    // https://HOST/u/TOKEN; with it come List-Unsubscribe-Post (RFC 8058)
    QString listUnsubscribeMailto; // mailto:… (optional second List-Unsubscribe URI)
    QString listId;                // "Name <id.domain>" or just "id.domain"; empty: none
    QString feedbackId;            // campaign:customer:type:sender; empty: none
};

class MessageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MessageBuilder)

public:
    // charset: "UTF-8" (default) or "ISO-2022-JP".
    explicit MessageBuilder(QByteArray charset = QByteArrayLiteral("UTF-8"));

    QByteArray charset() const { return m_charset; }

    // The characters of `text` the charset cannot carry, each once, in order of first appearance; empty when
    // all fit. Checked before sending so a campaign never goes out with '?' in place of a character.
    static QString uncarriableCharacters(const QString& text, const QByteArray& charset);

    // The whole message, headers then body, CRLF line ends. Fails (translated reason) when the content is not
    // sendable: no From or To address, neither text nor HTML, a character the charset cannot carry.
    Result<QByteArray> build(const MessageContent& content) const;

    // The headers the builder writes, in order; DKIM signs these (see DkimSigner::defaultSignedHeaders).
    static QList<QByteArray> headerNames();

private:
    QByteArray m_charset;
};

// A contact's subscription status, as stored and as shown.
#include "ContactStatus.h"

QString ContactStatusText::key(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Subscribed:
        return QStringLiteral("subscribed");
    case ContactStatus::Unsubscribed:
        return QStringLiteral("unsubscribed");
    case ContactStatus::Bounced:
        return QStringLiteral("bounced");
    case ContactStatus::Complained:
        return QStringLiteral("complained");
    case ContactStatus::Pending:
        return QStringLiteral("pending");
    }
    return {};
}

QStringList ContactStatusText::keys()
{
    return {QStringLiteral("subscribed"),
            QStringLiteral("unsubscribed"),
            QStringLiteral("bounced"),
            QStringLiteral("complained"),
            QStringLiteral("pending")};
}

std::optional<ContactStatus> ContactStatusText::parse(QStringView text)
{
    const QString word = text.trimmed().toString().toLower();
    struct Synonym
    {
        const char16_t* word;
        ContactStatus status;
    };
    static const Synonym synonyms[] = {
        {u"subscribed", ContactStatus::Subscribed},
        {u"active", ContactStatus::Subscribed},
        {u"購読中", ContactStatus::Subscribed},
        {u"配信中", ContactStatus::Subscribed},
        {u"有効", ContactStatus::Subscribed},
        {u"unsubscribed", ContactStatus::Unsubscribed},
        {u"配信停止", ContactStatus::Unsubscribed},
        {u"購読解除", ContactStatus::Unsubscribed},
        {u"解除", ContactStatus::Unsubscribed},
        {u"bounced", ContactStatus::Bounced},
        {u"不達", ContactStatus::Bounced},
        {u"エラー", ContactStatus::Bounced},
        {u"complained", ContactStatus::Complained},
        {u"苦情", ContactStatus::Complained},
        {u"pending", ContactStatus::Pending},
        {u"仮登録", ContactStatus::Pending},
        {u"確認待ち", ContactStatus::Pending},
    };
    for (const Synonym& synonym : synonyms) {
        if (word == QStringView(synonym.word)) {
            return synonym.status;
        }
    }
    return std::nullopt;
}

QString ContactStatusText::displayName(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Subscribed:
        return tr("Subscribed");
    case ContactStatus::Unsubscribed:
        return tr("Unsubscribed");
    case ContactStatus::Bounced:
        return tr("Bounced");
    case ContactStatus::Complained:
        return tr("Complained");
    case ContactStatus::Pending:
        return tr("Pending confirmation");
    }
    return {};
}

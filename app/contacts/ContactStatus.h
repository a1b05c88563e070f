// A contact's subscription status, as stored and as shown.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

enum class ContactStatus { Subscribed, Unsubscribed, Bounced, Complained, Pending };

class ContactStatusText
{
    Q_DECLARE_TR_FUNCTIONS(ContactStatusText)

public:
    // The stored (and CLI) form: "subscribed", "unsubscribed", …
    static QString key(ContactStatus status);
    // Accepts the stored form and common English/Japanese words (購読中, 配信停止, …).
    static std::optional<ContactStatus> parse(QStringView text);
    static QString displayName(ContactStatus status);
    static QStringList keys();
    // True when mail may be sent; import never turns a contact that cannot be mailed back into one that can.
    static bool isMailable(ContactStatus status) { return status == ContactStatus::Subscribed; }
};

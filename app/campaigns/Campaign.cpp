// Campaign: states and derived values.
#include "campaigns/Campaign.h"

#include <QUrl>

namespace {
struct StateName
{
    CampaignState state;
    const char* key;
};
constexpr StateName stateNames[] = {
    {CampaignState::Draft, "draft"},
    {CampaignState::Scheduled, "scheduled"},
    {CampaignState::Sending, "sending"},
    {CampaignState::Paused, "paused"},
    {CampaignState::Waiting, "waiting"},
    {CampaignState::Done, "done"},
    {CampaignState::Cancelled, "cancelled"},
};
} // namespace

QString CampaignStateText::key(CampaignState state)
{
    for (const auto& name : stateNames) {
        if (name.state == state) {
            return QString::fromLatin1(name.key);
        }
    }
    return {};
}

std::optional<CampaignState> CampaignStateText::parse(const QString& key)
{
    for (const auto& name : stateNames) {
        if (key == QLatin1String(name.key)) {
            return name.state;
        }
    }
    return std::nullopt;
}

QString CampaignStateText::displayName(CampaignState state)
{
    switch (state) {
    case CampaignState::Draft:
        return tr("Draft");
    case CampaignState::Scheduled:
        return tr("Scheduled");
    case CampaignState::Sending:
        return tr("Sending");
    case CampaignState::Paused:
        return tr("Paused");
    case CampaignState::Waiting:
        return tr("Waiting to retry");
    case CampaignState::Done:
        return tr("Done");
    case CampaignState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString Campaign::fromDomain() const
{
    const qsizetype at = fromAddress.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : fromAddress.mid(at + 1).toLower();
}

QByteArray Campaign::messageId(qint64 deliveryId) const
{
    return "tayori." + QByteArray::number(id) + '.' + QByteArray::number(deliveryId) + '.' + token.toLatin1() + '@'
           + QUrl::toAce(fromDomain());
}

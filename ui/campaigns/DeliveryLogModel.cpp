// DeliveryLogModel: paged rows of CampaignStore::deliveries.
#include "campaigns/DeliveryLogModel.h"

#include <QLocale>

DeliveryLogModel::DeliveryLogModel(Database database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
{
}

int DeliveryLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const DeliveryRecord& row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ReplyColumn) {
        return row.smtpReply;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case EmailColumn:
        return row.email;
    case StateColumn:
        return stateName(row.state);
    case AttemptsColumn:
        return row.attempts;
    case CodeColumn:
        return row.smtpCode > 0 ? QVariant(row.smtpCode) : QVariant();
    case ReplyColumn:
        return row.smtpReply;
    case UpdatedColumn:
        // Stored UTC; the user reads their own clock.
        return row.updatedAt.isValid() ? QLocale().toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat)
                                       : QString();
    default:
        return {};
    }
}

QVariant DeliveryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case EmailColumn:
        return tr("Address");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case CodeColumn:
        return tr("SMTP code");
    case ReplyColumn:
        return tr("Server reply");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

bool DeliveryLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete;
}

void DeliveryLogModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_complete || m_campaignId == 0) {
        return;
    }
    // One page is a short indexed query: fine on the GUI thread, and only when the view scrolls to the end.
    const QList<DeliveryRecord> page
        = CampaignStore(m_database).deliveries(m_campaignId, m_search, m_state, PageSize, int(m_rows.size()));
    m_complete = page.size() < PageSize;
    if (page.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void DeliveryLogModel::setCampaign(qint64 campaignId)
{
    m_campaignId = campaignId;
    reload();
}

void DeliveryLogModel::setFilter(const QString& search, const QString& state)
{
    m_search = search;
    m_state = state;
    reload();
}

void DeliveryLogModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_complete = m_campaignId == 0;
    endResetModel();
    fetchMore({});
}

QString DeliveryLogModel::stateName(const QString& state)
{
    if (state == QLatin1String("queued")) {
        return tr("Queued");
    }
    if (state == QLatin1String("sending")) {
        return tr("Sending");
    }
    if (state == QLatin1String("sent")) {
        return tr("Sent");
    }
    if (state == QLatin1String("deferred")) {
        return tr("Deferred");
    }
    if (state == QLatin1String("failed")) {
        return tr("Failed");
    }
    if (state == QLatin1String("bounced")) {
        return tr("Bounced");
    }
    if (state == QLatin1String("skipped")) {
        return tr("Skipped");
    }
    return state;
}

// DeliveryLogModel: the per-recipient log of one campaign for a QTableView — address, state, attempts, the SMTP
// code and reply, when (local time). Rows come from CampaignStore::deliveries page by page as the view scrolls.
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "campaigns/CampaignStore.h"
#include "storage/Database.h"

class DeliveryLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EmailColumn, StateColumn, AttemptsColumn, CodeColumn, ReplyColumn, UpdatedColumn, ColumnCount };
    static constexpr int PageSize = 200;

    explicit DeliveryLogModel(Database database, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setCampaign(qint64 campaignId);
    // Rows whose address or reply contains `search`; `state` a stored delivery state ("" = all).
    void setFilter(const QString& search, const QString& state);
    // Reloads from the first page (counts moved on while sending).
    void reload();
    const DeliveryRecord& record(int row) const { return m_rows.at(row); }

    // A delivery state for the user ("sent" → "Sent").
    static QString stateName(const QString& state);

private:
    Database m_database;
    qint64 m_campaignId = 0;
    QString m_search;
    QString m_state;
    QList<DeliveryRecord> m_rows;
    bool m_complete = true; // the last page fetched was short: nothing more to fetch
};

// The contacts table's model: the filtered, sorted id list loads off the GUI thread; rows load by page on demand,
// so a million contacts scroll and sort without freezing the window.
#pragma once

#include <QAbstractTableModel>
#include <QCache>
#include <QFutureWatcher>

#include "contacts/Contact.h"
#include "contacts/ContactFilter.h"
#include "storage/Database.h"

class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EmailColumn,
        NameColumn,
        CompanyColumn,
        PhoneColumn,
        StatusColumn,
        TagsColumn,
        CreatedColumn,
        ColumnCount
    };
    static constexpr int ContactIdRole = Qt::UserRole + 1;

    explicit ContactTableModel(Database database, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const ContactFilter& filter);
    ContactFilter filter() const { return m_filter; }
    // Reloads ids and rows (after an import, an edit, a delete).
    void reload();
    qint64 contactId(int row) const;
    bool isLoading() const { return m_loading; }

signals:
    // A reload (filter, sort, refresh) has started on the worker thread; loaded() follows.
    void loading();
    // Emitted when a reload has finished and the rows are in place.
    void loaded();

private:
    static constexpr int PageSize = 200;
    const Contact* contactAt(int row) const;
    void startLoading();

    Database m_database;
    ContactFilter m_filter;
    ContactSort m_sort = ContactSort::Created;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<qint64> m_ids;
    mutable QCache<int, QList<Contact>> m_pages {64}; // page index → rows
    QFutureWatcher<QList<qint64>> m_watcher;
    int m_generation = 0;
    bool m_loading = false;
};

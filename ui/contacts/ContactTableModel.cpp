// The contacts table's model: the filtered, sorted id list loads off the GUI thread; rows load by page on demand.
#include "ContactTableModel.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include "contacts/ContactRepository.h"

namespace {
ContactSort sortFor(int column)
{
    switch (column) {
    case ContactTableModel::NameColumn:
        return ContactSort::Name;
    case ContactTableModel::CompanyColumn:
        return ContactSort::Company;
    case ContactTableModel::PhoneColumn:
        return ContactSort::Phone;
    case ContactTableModel::StatusColumn:
        return ContactSort::Status;
    case ContactTableModel::CreatedColumn:
        return ContactSort::Created;
    default:
        return ContactSort::Email;
    }
}
} // namespace

ContactTableModel::ContactTableModel(Database database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
{
    connect(&m_watcher, &QFutureWatcher<QList<qint64>>::finished, this, [this] {
        if (m_watcher.future().isCanceled() || m_watcher.property("generation").toInt() != m_generation) {
            return;
        }
        beginResetModel();
        m_ids = m_watcher.result();
        m_pages.clear();
        m_loading = false;
        endResetModel();
        emit loaded();
    });
    startLoading();
}

void ContactTableModel::startLoading()
{
    m_loading = true;
    ++m_generation;
    emit loading();
    const Database database = m_database;
    const ContactFilter filter = m_filter;
    const ContactSort sort = m_sort;
    const Qt::SortOrder order = m_order;
    // The worker thread gets its own SQLite connection (Database::connection is per thread).
    m_watcher.setProperty("generation", m_generation);
    m_watcher.setFuture(QtConcurrent::run(
        [database, filter, sort, order] { return ContactRepository(database).ids(filter, sort, order); }));
}

void ContactTableModel::reload()
{
    startLoading();
}

void ContactTableModel::setFilter(const ContactFilter& filter)
{
    m_filter = filter;
    startLoading();
}

void ContactTableModel::sort(int column, Qt::SortOrder order)
{
    m_sort = sortFor(column);
    m_order = order;
    startLoading();
}

int ContactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int ContactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ContactTableModel::contactId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

const Contact* ContactTableModel::contactAt(int row) const
{
    const int page = row / PageSize;
    QList<Contact>* rows = m_pages.object(page);
    if (!rows) {
        const QList<qint64> ids = m_ids.mid(qsizetype(page) * PageSize, PageSize);
        rows = new QList<Contact>(ContactRepository(m_database).load(ids));
        // A contact deleted meanwhile leaves a gap: keep positions aligned with the ids.
        if (rows->size() != ids.size()) {
            QList<Contact> aligned;
            qsizetype next = 0;
            for (qint64 id : ids) {
                if (next < rows->size() && rows->at(next).id == id) {
                    aligned.append(rows->at(next++));
                } else {
                    aligned.append(Contact());
                }
            }
            *rows = aligned;
        }
        m_pages.insert(page, rows);
    }
    const int offset = row % PageSize;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

QVariant ContactTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size()) {
        return {};
    }
    if (role == ContactIdRole) {
        return m_ids.at(index.row());
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const Contact* contact = contactAt(index.row());
    if (!contact || contact->id == 0) {
        return {};
    }
    switch (index.column()) {
    case EmailColumn:
        return contact->email;
    case NameColumn:
        return role == Qt::ToolTipRole && !contact->furigana.isEmpty()
                   ? contact->fullName() + QStringLiteral(" (") + contact->furigana + QLatin1Char(')')
                   : contact->fullName();
    case CompanyColumn:
        return contact->company;
    case PhoneColumn:
        return contact->phone;
    case StatusColumn:
        return ContactStatusText::displayName(contact->status);
    case TagsColumn:
        return contact->tags.join(QStringLiteral(", "));
    case CreatedColumn:
        // Stored in UTC, shown in local time.
        return QLocale().toString(contact->createdAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case EmailColumn:
        return tr("Email");
    case NameColumn:
        return tr("Name");
    case CompanyColumn:
        return tr("Company");
    case PhoneColumn:
        return tr("Phone");
    case StatusColumn:
        return tr("Status");
    case TagsColumn:
        return tr("Tags");
    case CreatedColumn:
        return tr("Added");
    default:
        return {};
    }
}

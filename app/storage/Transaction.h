// Transaction: a database transaction that rolls back unless committed, so every early return of a write leaves
// the database as it was.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        m_open = m_db.transaction();
    }
    ~Transaction()
    {
        if (m_open) {
            m_db.rollback();
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = !m_db.commit();
        return !m_open;
    }
    QSqlError lastError() const { return m_db.lastError(); }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// A prepared statement on the SQLite handle under a QSqlDatabase; see the header for why.
#include "SqliteStatement.h"

#include <utility>

#include <sqlite3.h>

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include "storage/SqliteValues.h"

SqliteStatement::~SqliteStatement()
{
    finalize();
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_rowsAffected(other.m_rowsAffected)
    , m_error(std::move(other.m_error))
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        finalize();
        m_handle = std::exchange(other.m_handle, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_rowsAffected = other.m_rowsAffected;
        m_error = std::move(other.m_error);
    }
    return *this;
}

bool SqliteStatement::prepare(const QSqlDatabase& db, const QString& sql)
{
    finalize();
    // QSQLITE hands out its sqlite3* as a QVariant named "sqlite3*"; the plugin and we link the same libsqlite3.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QStringLiteral("not an SQLite connection");
        return false;
    }
    m_handle = *static_cast<sqlite3* const*>(handle.constData());
    if (!m_handle) {
        m_error = QStringLiteral("the database is not open");
        return false;
    }
    // The handle may only be used if Qt's driver runs on the very SQLite we link (Debian's Qt, and the vcpkg Qt the
    // Windows/macOS packages use, link the system/vcpkg libsqlite3). A Qt with its own bundled copy reports another
    // build here: refuse loudly rather than mix two SQLite copies on one connection.
    QSqlQuery probe(db);
    const QString qtSource = probe.exec(QStringLiteral("SELECT sqlite_source_id()")) && probe.next()
                                 ? probe.value(0).toString()
                                 : QString();
    if (qtSource != QString::fromLatin1(sqlite3_sourceid())) {
        m_error = QCoreApplication::translate("SqliteStatement",
                                              "This build of Tayori links SQLite %1 but Qt's SQLite driver runs %2: "
                                              "rebuild Qt's SQLite driver against the system SQLite.")
                      .arg(QString::fromLatin1(sqlite3_libversion()), qtSource);
        m_handle = nullptr;
        return false;
    }
    const int rc = sqlite3_prepare16_v3(
        m_handle, sql.utf16(), static_cast<int>(sql.size() * 2), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        m_statement = nullptr;
        return false;
    }
    return true;
}

int SqliteStatement::parameterCount() const
{
    return m_statement ? sqlite3_bind_parameter_count(m_statement) : 0;
}

void SqliteStatement::bindText(int index, const QString& text)
{
    static const char16_t empty[] = u"";
    const void* data = text.isNull() ? static_cast<const void*>(empty) : static_cast<const void*>(text.utf16());
    sqlite3_bind_text16(m_statement, index + 1, data, static_cast<int>(text.size() * 2), SQLITE_STATIC);
}

void SqliteStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

void SqliteStatement::bind(int index, const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::QString:
        bindText(index, *static_cast<const QString*>(value.constData()));
        break;
    case QMetaType::UnknownType:
        bindNull(index);
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        bindInt64(index, value.toLongLong());
        break;
    default:
        if (value.isNull()) {
            bindNull(index);
        } else {
            // Anything else is stored as its text; the variant must outlive exec(), so SQLite copies this one.
            const QString text = value.toString();
            sqlite3_bind_text16(
                m_statement, index + 1, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
        }
        break;
    }
}

void SqliteStatement::bindValues(int index, const SqliteValues& values, qsizetype first, qsizetype count)
{
    const char* const text = values.m_text.data();
    for (qsizetype i = 0; i < count; ++i) {
        const SqliteValues::Value& value = values.m_values[static_cast<size_t>(first + i)];
        const int parameter = index + static_cast<int>(i) + 1;
        if (value.textSize == SqliteValues::kInteger) {
            sqlite3_bind_int64(m_statement, parameter, value.integerOrOffset);
        } else if (value.textSize == SqliteValues::kNull) {
            sqlite3_bind_null(m_statement, parameter);
        } else {
            sqlite3_bind_text(m_statement, parameter, text + value.integerOrOffset, value.textSize, SQLITE_STATIC);
        }
    }
}

bool SqliteStatement::exec()
{
    m_rowsAffected = 0;
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW) {
        rc = sqlite3_step(m_statement);
    }
    const bool ok = rc == SQLITE_DONE;
    if (ok) {
        m_rowsAffected = sqlite3_changes64(m_handle);
    } else {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement); // bound texts point at the caller's strings
    return ok;
}

void SqliteStatement::finalize()
{
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    m_handle = nullptr;
}

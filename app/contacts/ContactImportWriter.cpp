// Writes imported contacts in one transaction, many rows per statement: the import's only SQL.
#include "ContactImportWriter.h"

#include <algorithm>

#include <QSqlError>

#include "contacts/EmailKey.h"
#include "storage/SqlBinding.h"
#include "storage/Timestamp.h"

namespace {
ContactImportWriter::Written failedRow(qint64 row, const QString& reason)
{
    ContactImportWriter::Written written;
    written.row = row;
    written.outcome = ContactImportWriter::Outcome::Failed;
    written.note = reason;
    return written;
}
} // namespace

ContactImportWriter::ContactImportWriter(Database database)
    : m_database(std::move(database))
{
}

ContactImportWriter::~ContactImportWriter()
{
    if (m_active) {
        rollback();
    }
}

Status ContactImportWriter::begin(const QString& consentSource,
                                  const QString& list,
                                  const QStringList& tags,
                                  bool updateExisting,
                                  qint64 expectedRows)
{
    m_db = m_database.connection();
    // IMMEDIATE takes the write lock now, so a concurrent writer cannot make this import fail half-way.
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return Status::failure(tr("The database is busy (another import or the app is writing): try again. %1")
                                   .arg(begin.lastError().text()));
    }
    m_active = true;
    m_updateExisting = updateExisting;
    QSqlQuery max(QStringLiteral("SELECT COALESCE(MAX(id), 0), COUNT(*) FROM contacts"), m_db);
    m_maxIdBefore = max.next() ? max.value(0).toLongLong() : 0;
    m_nextId = m_maxIdBefore + 1;
    const qint64 existing = max.value(1).toLongLong();
    max.finish(); // an open statement makes SQLite refuse the DROP INDEX below ("database table is locked")
    // A big import keeps far more pages dirty than SQLite's default 2 MB cache: without room it spills them to the
    // WAL and reads them back, again and again. 64 MB is freed again when the connection goes.
    QSqlQuery(QStringLiteral("PRAGMA cache_size = -65536"), m_db);
    m_deferredIndexes.clear();
    if (expectedRows >= kDeferIndexesFrom && expectedRows > existing) {
        deferSecondaryIndexes();
    }
    m_sourceRows.clear();
    m_pending.clear();
    m_firstInBatch.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_nowText = Timestamp::toText(now);
    m_nowSeconds = Timestamp::toSeconds(now).toLongLong();
    m_consentSource = consentSource;

    // New contacts get their ids here, not from SQLite: the batch then knows each row's id without reading it back.
    // Values the same for every row are not bound per row: the time is ours (not user data) and goes into the SQL
    // text, the consent source is bound once per statement.
    const QString nowSeconds = QString::number(m_nowSeconds);
    m_insertContacts.setup(m_db,
                           QStringLiteral("INSERT INTO contacts (id, email, email_key, family_name, given_name, "
                                          "furigana, company, phone, status, consent_source, consent_at, created_at, "
                                          "updated_at) SELECT column1, column2, column3, column4, column5, column6, "
                                          "column7, column8, column9, ?, %1, %1, %1 FROM (VALUES ")
                               .arg(nowSeconds),
                           QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           // WHERE true: without it SQLite would read ON CONFLICT as part of the SELECT's join.
                           QStringLiteral(") WHERE true ON CONFLICT (COALESCE(email_key, email)) DO NOTHING"),
                           {m_consentSource});
    m_insertTags.setup(m_db,
                       QStringLiteral("INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES "),
                       QStringLiteral("(?, ?)"),
                       {});
    m_insertMembers.setup(m_db,
                          QStringLiteral("INSERT OR IGNORE INTO list_members (list_id, contact_id, added_at) VALUES "),
                          QStringLiteral("(?, ?, ?)"),
                          {});
    // Two rows of one batch may set the same field of one contact (a duplicate merged into its first row): the
    // later one wins, as rows are applied in order.
    m_upsertValues.setup(m_db,
                         QStringLiteral("INSERT INTO contact_values (contact_id, field_id, value) VALUES "),
                         QStringLiteral("(?, ?, ?)"),
                         QStringLiteral(" ON CONFLICT (contact_id, field_id) DO UPDATE SET value = excluded.value"));
    auto prepare = [this](QSqlQuery& query, const QString& sql) {
        query = QSqlQuery(m_db);
        return query.prepare(sql);
    };
    const bool prepared
        = prepare(m_find, QStringLiteral("SELECT id, status FROM contacts WHERE COALESCE(email_key, email) = ?"))
          && prepare(m_update,
                     QStringLiteral("UPDATE contacts SET family_name = COALESCE(NULLIF(?, ''), family_name), "
                                    "given_name = COALESCE(NULLIF(?, ''), given_name), "
                                    "furigana = COALESCE(NULLIF(?, ''), furigana), "
                                    "company = COALESCE(NULLIF(?, ''), company), "
                                    "phone = COALESCE(NULLIF(?, ''), phone), "
                                    "status = ?, updated_at = ? WHERE id = ?"))
          && prepare(m_findInserted, QStringLiteral("SELECT id FROM contacts WHERE id BETWEEN ? AND ?"));
    if (!prepared) {
        const QString reason = m_db.lastError().text();
        rollback();
        return Status::failure(tr("Cannot prepare the import: %1").arg(reason));
    }

    m_listIds.clear();
    m_listId = 0;
    if (!list.trimmed().isEmpty()) {
        const Result<qint64> id = listId(list);
        if (!id) {
            rollback();
            return Status::failure(id.error());
        }
        m_listId = *id;
    }
    m_extraTagIds.clear();
    for (const QString& tag : tags) {
        const Result<qint64> id = tagId(tag);
        if (!id) {
            rollback();
            return Status::failure(id.error());
        }
        m_extraTagIds.append(*id);
    }
    return success();
}

void ContactImportWriter::deferSecondaryIndexes()
{
    // Building an index once from sorted data is far cheaper than keeping it up to date row by row. Dropping and
    // recreating is part of the same transaction, so a rollback restores the indexes as they were.
    // Unique indexes stay: they are the rule the import's conflict target relies on.
    QSqlQuery query(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                   "AND sql NOT LIKE 'CREATE UNIQUE %' "
                                   "AND tbl_name IN ('contacts', 'contact_values', 'contact_tags', 'list_members')"),
                    m_db);
    QList<std::pair<QString, QString>> indexes;
    while (query.next()) {
        indexes.append({query.value(0).toString(), query.value(1).toString()});
    }
    query.finish(); // SQLite refuses DDL on a table a running statement reads
    for (const auto& index : std::as_const(indexes)) {
        QSqlQuery drop(m_db);
        if (drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index.first))) {
            m_deferredIndexes.append(index);
        }
    }
}

Result<qint64> ContactImportWriter::tagId(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (const auto it = m_tagIds.constFind(key); it != m_tagIds.cend()) {
        return *it;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"));
    query.addBindValue(name.trimmed());
    query.exec();
    query.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    query.addBindValue(name.trimmed());
    if (!query.exec() || !query.next()) {
        return Result<qint64>::failure(tr("Cannot create the tag %1: %2").arg(name, query.lastError().text()));
    }
    m_tagIds.insert(key, query.value(0).toLongLong());
    return query.value(0).toLongLong();
}

Result<qint64> ContactImportWriter::listId(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (const auto it = m_listIds.constFind(key); it != m_listIds.cend()) {
        return *it;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO lists (name, created_at) VALUES (?, ?)"));
    query.addBindValue(name.trimmed());
    query.addBindValue(m_nowText);
    query.exec();
    query.prepare(QStringLiteral("SELECT id FROM lists WHERE name = ?"));
    query.addBindValue(name.trimmed());
    if (!query.exec() || !query.next()) {
        return Result<qint64>::failure(tr("Cannot create the list %1: %2").arg(name, query.lastError().text()));
    }
    m_listIds.insert(key, query.value(0).toLongLong());
    return query.value(0).toLongLong();
}

Result<qint64> ContactImportWriter::customFieldId(const QString& key)
{
    if (const auto it = m_fieldIds.constFind(key); it != m_fieldIds.cend()) {
        return *it;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO custom_fields (key, label, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(key);
    query.addBindValue(m_nowText);
    query.exec();
    query.prepare(QStringLiteral("SELECT id FROM custom_fields WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        return Result<qint64>::failure(tr("Cannot create the custom field %1: %2").arg(key, query.lastError().text()));
    }
    m_fieldIds.insert(key, query.value(0).toLongLong());
    return query.value(0).toLongLong();
}

const std::vector<ContactImportWriter::Written>&
ContactImportWriter::write(Contact contact, const QString& emailKey, bool statusGiven, qint64 row)
{
    m_written.clear();
    Pending pending {std::move(contact), emailKey, statusGiven, row, {}, {}, {}, {}};
    // Ids of new tags, lists and fields are taken now, in row order, as when every row was written at once.
    auto resolve = [&pending](const Result<qint64>& id, QList<qint64>* ids) {
        if (id) {
            ids->append(*id);
        } else if (pending.failure.isEmpty()) {
            pending.failure = id.error();
        }
    };
    for (const QString& tag : std::as_const(pending.contact.tags)) {
        resolve(tagId(tag), &pending.tagIds);
    }
    for (const QString& list : std::as_const(pending.contact.lists)) {
        resolve(listId(list), &pending.listIds);
    }
    const QMap<QString, QString>& values = pending.contact.customValues;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.value().isEmpty()) {
            continue;
        }
        const Result<qint64> fieldId = customFieldId(it.key());
        if (fieldId) {
            pending.values.append({*fieldId, it.value()});
        } else if (pending.failure.isEmpty()) {
            pending.failure = fieldId.error();
        }
    }
    m_pending.push_back(std::move(pending));
    if (m_pending.size() >= static_cast<size_t>(kBatchRows)) {
        return flush();
    }
    return m_written;
}

const std::vector<ContactImportWriter::Written>& ContactImportWriter::flush()
{
    m_written.clear();
    if (m_pending.empty()) {
        return m_written;
    }
    for (const Pending& pending : m_pending) {
        if (!pending.failure.isEmpty()) {
            m_written.push_back(failedRow(pending.row, pending.failure));
            m_pending.clear();
            return m_written;
        }
    }
    // The first row of each address in the batch may be new; later rows with it are duplicates of that row (or of
    // the stored contact) and take the row-by-row path below, after it.
    m_firstInBatch.clear();
    std::vector<qsizetype> candidates;
    candidates.reserve(m_pending.size());
    for (qsizetype i = 0; i < static_cast<qsizetype>(m_pending.size()); ++i) {
        if (!m_firstInBatch.contains(m_pending[i].emailKey)) {
            m_firstInBatch.insert(m_pending[i].emailKey, i);
            candidates.push_back(i);
        }
    }
    m_written.resize(m_pending.size());
    for (size_t i = 0; i < m_pending.size(); ++i) {
        m_written[i].row = m_pending[i].row;
        m_written[i].outcome = Outcome::DuplicateInFile; // not decided yet; see below
    }
    if (!insertNew(candidates)) {
        m_pending.clear();
        return m_written;
    }
    for (size_t i = 0; i < m_pending.size(); ++i) {
        if (m_written[i].outcome != Outcome::Inserted) {
            m_written[i] = writeExisting(m_pending[i]);
            if (m_written[i].outcome == Outcome::Failed) {
                m_written = {m_written[i]};
                m_pending.clear();
                return m_written;
            }
        }
    }
    if (QString error; !flushRelations(&error)) {
        m_written = {failedRow(m_pending.front().row, error)};
    }
    m_pending.clear();
    return m_written;
}

bool ContactImportWriter::insertNew(const std::vector<qsizetype>& candidates)
{
    if (candidates.empty()) {
        return true;
    }
    const qint64 firstId = m_nextId;
    SqliteValues& values = m_contactRows;
    values.clear();
    for (qsizetype index : candidates) {
        const Pending& pending = m_pending[static_cast<size_t>(index)];
        const Contact& contact = pending.contact;
        values.append(m_nextId++);
        values.append(contact.email);
        if (EmailKey::storedAsNull(contact.email, pending.emailKey)) {
            values.appendNull();
        } else {
            values.append(pending.emailKey);
        }
        for (const QString* text :
             {&contact.familyName, &contact.givenName, &contact.furigana, &contact.company, &contact.phone}) {
            values.append(*text);
        }
        values.append(ContactStatusText::key(pending.statusGiven ? contact.status : ContactStatus::Subscribed));
    }
    if (!m_insertContacts.exec(values)) {
        // Find the row the database refuses, so the message can name it: the failed statement changed nothing.
        for (size_t i = 0; i < candidates.size(); ++i) {
            if (!m_insertContacts.exec(values, static_cast<qsizetype>(i), 1)) {
                m_written
                    = {failedRow(m_pending[static_cast<size_t>(candidates[i])].row, m_insertContacts.lastError())};
                return false;
            }
        }
        m_written = {failedRow(m_pending.front().row, m_insertContacts.lastError())};
        return false;
    }
    // A row whose address is already stored was not inserted and its id stays unused: find which went in.
    std::vector<bool> inserted(candidates.size(), true);
    if (m_insertContacts.rowsAffected() < static_cast<qint64>(candidates.size())) {
        std::fill(inserted.begin(), inserted.end(), false);
        m_findInserted.bindValue(0, firstId);
        m_findInserted.bindValue(1, m_nextId - 1);
        if (!m_findInserted.exec()) {
            m_written = {failedRow(m_pending.front().row, m_findInserted.lastError().text())};
            return false;
        }
        while (m_findInserted.next()) {
            inserted[static_cast<size_t>(m_findInserted.value(0).toLongLong() - firstId)] = true;
        }
    }
    m_sourceRows.resize(static_cast<size_t>(m_nextId - m_maxIdBefore - 1), 0);
    for (size_t i = 0; i < candidates.size(); ++i) {
        if (!inserted[i]) {
            continue;
        }
        const auto index = static_cast<size_t>(candidates[i]);
        const qint64 id = firstId + static_cast<qint64>(i);
        m_sourceRows[static_cast<size_t>(id - m_maxIdBefore - 1)] = m_pending[index].row;
        m_written[index].outcome = Outcome::Inserted;
        queueRelations(id, m_pending[index]);
    }
    return true;
}

ContactImportWriter::Written ContactImportWriter::writeExisting(const Pending& pending)
{
    Written written;
    written.row = pending.row;
    m_find.bindValue(0, pending.emailKey);
    if (!m_find.exec() || !m_find.next()) {
        written.note = m_find.lastError().text();
        return written;
    }
    const qint64 id = m_find.value(0).toLongLong();
    const ContactStatus storedStatus
        = ContactStatusText::parse(m_find.value(1).toString()).value_or(ContactStatus::Subscribed);
    m_find.finish();
    if (id > m_maxIdBefore) {
        const auto index = static_cast<size_t>(id - m_maxIdBefore - 1);
        written.firstRow = index < m_sourceRows.size() ? m_sourceRows[index] : 0;
        written.outcome = Outcome::DuplicateInFile;
    } else if (!m_updateExisting) {
        written.outcome = Outcome::SkippedExisting;
        written.email = pending.contact.email;
        return written;
    } else {
        written.outcome = Outcome::Updated;
    }
    if (!m_updateExisting) {
        return written;
    }

    // An import never makes a contact who unsubscribed, bounced or complained mailable again.
    const Contact& contact = pending.contact;
    ContactStatus status = storedStatus;
    if (pending.statusGiven && contact.status != storedStatus) {
        if (ContactStatusText::isMailable(storedStatus) || !ContactStatusText::isMailable(contact.status)) {
            status = contact.status;
        } else {
            written.note = tr("kept as %1: an import does not re-subscribe a contact")
                               .arg(ContactStatusText::displayName(storedStatus));
        }
    }
    const QVariantList updates = {contact.familyName,
                                  contact.givenName,
                                  contact.furigana,
                                  contact.company,
                                  contact.phone,
                                  ContactStatusText::key(status),
                                  m_nowSeconds,
                                  id};
    SqlBinding::bindAll(m_update, updates);
    if (!m_update.exec()) {
        written.outcome = Outcome::Failed;
        written.note = m_update.lastError().text();
        return written;
    }
    queueRelations(id, pending);
    return written;
}

void ContactImportWriter::queueRelations(qint64 contactId, const Pending& pending)
{
    auto addTag = [this, contactId](qint64 tagId) {
        m_tagRows.append(contactId);
        m_tagRows.append(tagId);
    };
    auto addMember = [this, contactId](qint64 listId) {
        m_memberRows.append(listId);
        m_memberRows.append(contactId);
        m_memberRows.append(m_nowText);
    };
    std::for_each(pending.tagIds.cbegin(), pending.tagIds.cend(), addTag);
    std::for_each(m_extraTagIds.cbegin(), m_extraTagIds.cend(), addTag);
    std::for_each(pending.listIds.cbegin(), pending.listIds.cend(), addMember);
    if (m_listId != 0) {
        addMember(m_listId);
    }
    for (const auto& [fieldId, value] : pending.values) {
        m_valueRows.append(contactId);
        m_valueRows.append(fieldId);
        m_valueRows.append(value);
    }
}

bool ContactImportWriter::flushRelations(QString* error)
{
    bool ok = true;
    for (auto [insert, rows] : {std::pair {&m_insertTags, &m_tagRows},
                                std::pair {&m_insertMembers, &m_memberRows},
                                std::pair {&m_upsertValues, &m_valueRows}}) {
        if (ok && !insert->exec(*rows)) {
            *error = insert->lastError();
            ok = false;
        }
    }
    m_tagRows.clear();
    m_memberRows.clear();
    m_valueRows.clear();
    return ok;
}

void ContactImportWriter::MultiRowInsert::setup(
    QSqlDatabase db, QString head, QString rowSql, QString tail, QVariantList leading)
{
    m_db = std::move(db);
    m_head = std::move(head);
    m_rowSql = std::move(rowSql);
    m_tail = std::move(tail);
    m_leading = std::move(leading);
    m_columns = static_cast<int>(m_rowSql.count(u'?'));
    m_prepared.clear();
}

SqliteStatement* ContactImportWriter::MultiRowInsert::statement(int rows)
{
    if (const auto it = m_prepared.find(rows); it != m_prepared.end()) {
        return &it->second;
    }
    QString sql = m_head;
    for (int row = 0; row < rows; ++row) {
        sql += (row > 0 ? QStringLiteral(",") : QString()) + m_rowSql;
    }
    sql += m_tail;
    SqliteStatement statement;
    if (!statement.prepare(m_db, sql)) {
        m_error = statement.lastError();
        return nullptr;
    }
    return &m_prepared.emplace(rows, std::move(statement)).first->second;
}

bool ContactImportWriter::MultiRowInsert::exec(const SqliteValues& values, qsizetype firstRow, qsizetype rows)
{
    m_rowsAffected = 0;
    if (rows < 0) {
        rows = values.size() / m_columns - firstRow;
    }
    const auto leading = static_cast<int>(m_leading.size());
    qsizetype done = 0;
    while (done < rows) {
        // Chunks of a power of two rows: a handful of prepared statements serve any row count.
        int chunk = kBatchRows;
        while (chunk > rows - done) {
            chunk /= 2;
        }
        SqliteStatement* statement = this->statement(chunk);
        if (!statement) {
            return false;
        }
        for (int i = 0; i < leading; ++i) {
            statement->bind(i, m_leading.at(i));
        }
        statement->bindValues(leading, values, (firstRow + done) * m_columns, chunk * m_columns);
        if (!statement->exec()) {
            m_error = statement->lastError();
            return false;
        }
        m_rowsAffected += statement->rowsAffected();
        done += chunk;
    }
    return true;
}

Status ContactImportWriter::commit()
{
    Q_ASSERT(m_pending.empty()); // flush() first: its outcomes belong in the report
    m_active = false;
    releaseStatements();
    for (const auto& [name, sql] : std::as_const(m_deferredIndexes)) {
        QSqlQuery create(m_db);
        if (!create.exec(sql)) {
            const QString reason = create.lastError().text();
            QSqlQuery(QStringLiteral("ROLLBACK"), m_db);
            return Status::failure(tr("Cannot rebuild the index %1: %2. Nothing was imported.").arg(name, reason));
        }
    }
    m_deferredIndexes.clear();
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QString reason = commit.lastError().text();
        commit.exec(QStringLiteral("ROLLBACK"));
        return Status::failure(tr("Cannot save the import: %1. Nothing was imported.").arg(reason));
    }
    return success();
}

void ContactImportWriter::releaseStatements()
{
    for (QSqlQuery* query : {&m_find, &m_update, &m_findInserted}) {
        *query = QSqlQuery();
    }
    for (MultiRowInsert* insert : {&m_insertContacts, &m_insertTags, &m_insertMembers, &m_upsertValues}) {
        insert->release();
    }
}

void ContactImportWriter::rollback()
{
    m_active = false;
    m_pending.clear();
    m_tagRows.clear();
    m_memberRows.clear();
    m_valueRows.clear();
    releaseStatements();
    QSqlQuery(QStringLiteral("ROLLBACK"), m_db);
}

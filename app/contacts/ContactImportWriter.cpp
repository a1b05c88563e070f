// Writes imported contacts in one transaction with prepared statements: the import's only SQL.
#include "ContactImportWriter.h"

#include <QSqlError>

#include "storage/SqlBinding.h"
#include "storage/Timestamp.h"

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
    QSqlQuery max(QStringLiteral("SELECT COALESCE(MAX(id), 0), COUNT(*) FROM contacts"), m_db);
    m_maxIdBefore = max.next() ? max.value(0).toLongLong() : 0;
    const qint64 existing = max.value(1).toLongLong();
    // A big import keeps far more pages dirty than SQLite's default 2 MB cache: without room it spills them to the
    // WAL and reads them back, again and again. 64 MB is freed again when the connection goes.
    QSqlQuery(QStringLiteral("PRAGMA cache_size = -65536"), m_db);
    m_deferredIndexes.clear();
    if (expectedRows >= kDeferIndexesFrom && expectedRows > existing) {
        deferSecondaryIndexes();
    }
    m_sourceRows.clear();
    m_now = Timestamp::now();
    m_consentSource = consentSource;

    auto prepare = [this](QSqlQuery& query, const QString& sql) {
        query = QSqlQuery(m_db);
        return query.prepare(sql);
    };
    const bool prepared
        = prepare(m_find, QStringLiteral("SELECT id, status FROM contacts WHERE email_key = ?"))
          && prepare(
              m_insert,
              QStringLiteral("INSERT INTO contacts (email, email_key, family_name, given_name, furigana, company, "
                             "phone, status, consent_source, consent_at, created_at, updated_at) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (email_key) DO NOTHING"))
          && prepare(m_update,
                     QStringLiteral("UPDATE contacts SET family_name = COALESCE(NULLIF(?, ''), family_name), "
                                    "given_name = COALESCE(NULLIF(?, ''), given_name), "
                                    "furigana = COALESCE(NULLIF(?, ''), furigana), "
                                    "company = COALESCE(NULLIF(?, ''), company), "
                                    "phone = COALESCE(NULLIF(?, ''), phone), "
                                    "status = ?, updated_at = ? WHERE id = ?"))
          && prepare(m_insertTag,
                     QStringLiteral("INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?, ?)"))
          && prepare(
              m_insertMember,
              QStringLiteral("INSERT OR IGNORE INTO list_members (list_id, contact_id, added_at) VALUES (?,?,?)"))
          && prepare(m_upsertValue,
                     QStringLiteral("INSERT INTO contact_values (contact_id, field_id, value) VALUES (?,?,?) "
                                    "ON CONFLICT (contact_id, field_id) DO UPDATE SET value = excluded.value"));
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
    QSqlQuery query(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
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
    query.addBindValue(m_now);
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
    query.addBindValue(m_now);
    query.exec();
    query.prepare(QStringLiteral("SELECT id FROM custom_fields WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        return Result<qint64>::failure(tr("Cannot create the custom field %1: %2").arg(key, query.lastError().text()));
    }
    m_fieldIds.insert(key, query.value(0).toLongLong());
    return query.value(0).toLongLong();
}

bool ContactImportWriter::addRelations(qint64 contactId, const Contact& contact)
{
    bool ok = true;
    auto addTag = [&](qint64 tagId) {
        m_insertTag.bindValue(0, contactId);
        m_insertTag.bindValue(1, tagId);
        ok = ok && m_insertTag.exec();
    };
    for (const QString& tag : contact.tags) {
        const Result<qint64> id = tagId(tag);
        ok = ok && id.ok();
        if (id) {
            addTag(*id);
        }
    }
    for (qint64 id : std::as_const(m_extraTagIds)) {
        addTag(id);
    }
    auto addToList = [&](qint64 listId) {
        m_insertMember.bindValue(0, listId);
        m_insertMember.bindValue(1, contactId);
        m_insertMember.bindValue(2, m_now);
        ok = ok && m_insertMember.exec();
    };
    for (const QString& list : contact.lists) {
        const Result<qint64> id = listId(list);
        ok = ok && id.ok();
        if (id) {
            addToList(*id);
        }
    }
    if (m_listId != 0) {
        addToList(m_listId);
    }
    for (auto it = contact.customValues.cbegin(); it != contact.customValues.cend(); ++it) {
        if (it.value().isEmpty()) {
            continue;
        }
        const Result<qint64> fieldId = customFieldId(it.key());
        ok = ok && fieldId.ok();
        if (fieldId) {
            m_upsertValue.bindValue(0, contactId);
            m_upsertValue.bindValue(1, *fieldId);
            m_upsertValue.bindValue(2, it.value());
            ok = ok && m_upsertValue.exec();
        }
    }
    return ok;
}

ContactImportWriter::Written ContactImportWriter::write(
    const Contact& contact, const QString& emailKey, bool statusGiven, bool updateExisting, qint64 row)
{
    Written written;
    // Insert first: most rows of an import are new; no row changed means the address is already stored.
    const QVariantList values = {
        contact.email,
        emailKey,
        contact.familyName,
        contact.givenName,
        contact.furigana,
        contact.company,
        contact.phone,
        ContactStatusText::key(statusGiven ? contact.status : ContactStatus::Subscribed),
        m_consentSource,
        m_now,
        m_now,
        m_now,
    };
    SqlBinding::bindAll(m_insert, values);
    if (!m_insert.exec()) {
        written.note = m_insert.lastError().text();
        return written;
    }
    if (m_insert.numRowsAffected() == 1) {
        const qint64 id = m_insert.lastInsertId().toLongLong();
        const auto index = static_cast<size_t>(id - m_maxIdBefore - 1);
        if (m_sourceRows.size() <= index) {
            m_sourceRows.resize(index + 1, 0);
        }
        m_sourceRows[index] = row;
        written.outcome = addRelations(id, contact) ? Outcome::Inserted : Outcome::Failed;
        return written;
    }

    m_find.bindValue(0, emailKey);
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
    } else if (!updateExisting) {
        written.outcome = Outcome::SkippedExisting;
        return written;
    } else {
        written.outcome = Outcome::Updated;
    }
    if (!updateExisting) {
        return written;
    }

    // An import never makes a contact who unsubscribed, bounced or complained mailable again.
    ContactStatus status = storedStatus;
    if (statusGiven && contact.status != storedStatus) {
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
                                  m_now,
                                  id};
    SqlBinding::bindAll(m_update, updates);
    if (!m_update.exec() || !addRelations(id, contact)) {
        written.outcome = Outcome::Failed;
        written.note = m_update.lastError().text();
    }
    return written;
}

Status ContactImportWriter::commit()
{
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
    for (QSqlQuery* query : {&m_find, &m_insert, &m_update, &m_insertTag, &m_insertMember, &m_upsertValue}) {
        *query = QSqlQuery();
    }
}

void ContactImportWriter::rollback()
{
    m_active = false;
    releaseStatements();
    QSqlQuery(QStringLiteral("ROLLBACK"), m_db);
}

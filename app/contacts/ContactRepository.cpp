// The repository every other module uses for contacts, tags, lists and custom fields. SQL stays in here.
#include "ContactRepository.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "contacts/EmailAddress.h"
#include "contacts/EmailKey.h"
#include "segments/SegmentParser.h"
#include "segments/SegmentSqlCompiler.h"
#include "storage/SqlBinding.h"
#include "storage/Timestamp.h"

namespace {
const QString kContactColumns = QStringLiteral(
    "c.id, c.email, c.family_name, c.given_name, c.furigana, c.company, c.phone, c.status, c.consent_source, "
    "c.consent_at, c.created_at, c.updated_at");

QString placeholders(qsizetype count)
{
    QString text;
    text.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i) {
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    }
    return text;
}

QString likePattern(const QString& term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// WHERE conditions and bound values for the simple parts of a filter; every value is bound, none pasted.
QStringList simpleConditions(const ContactFilter& filter, QVariantList& values)
{
    QStringList conditions;
    const QStringList terms = filter.search.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString& term : terms) {
        conditions << QStringLiteral(
            "(COALESCE(c.email_key, c.email) LIKE ? ESCAPE '\\' OR c.family_name LIKE ? ESCAPE '\\' OR c.given_name "
            "LIKE ? ESCAPE '\\' "
            "OR c.furigana LIKE ? ESCAPE '\\' OR c.company LIKE ? ESCAPE '\\' OR c.phone LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(term);
        values << likePattern(term.toLower()) << pattern << pattern << pattern << pattern << pattern;
    }
    if (!filter.list.isEmpty()) {
        conditions << QStringLiteral("c.id IN (SELECT m.contact_id FROM list_members m JOIN lists l ON l.id = "
                                     "m.list_id WHERE l.name = ?)");
        values << filter.list;
    }
    if (!filter.tag.isEmpty()) {
        conditions << QStringLiteral(
            "c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = ?)");
        values << filter.tag;
    }
    return conditions;
}

QString orderFor(ContactSort sort, Qt::SortOrder order)
{
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    switch (sort) {
    case ContactSort::Email:
        return EmailKey::expression(QStringLiteral("c")) + direction;
    case ContactSort::Name:
        return QStringLiteral("c.family_name") + direction + QStringLiteral(", c.given_name") + direction
               + QStringLiteral(", c.id") + direction;
    case ContactSort::Company:
        return QStringLiteral("c.company") + direction + QStringLiteral(", c.id") + direction;
    case ContactSort::Phone:
        return QStringLiteral("c.phone") + direction + QStringLiteral(", c.id") + direction;
    case ContactSort::Status:
        return QStringLiteral("c.status") + direction + QStringLiteral(", c.id") + direction;
    case ContactSort::Created:
        // Ids grow with creation (restore keeps both), so the primary key sorts by "added" for free.
        return QStringLiteral("c.id") + direction;
    case ContactSort::Updated:
        return QStringLiteral("c.updated_at") + direction + QStringLiteral(", c.id") + direction;
    }
    return QStringLiteral("c.id");
}

Contact contactFrom(const QSqlQuery& query)
{
    Contact contact;
    contact.id = query.value(0).toLongLong();
    contact.email = query.value(1).toString();
    contact.familyName = query.value(2).toString();
    contact.givenName = query.value(3).toString();
    contact.furigana = query.value(4).toString();
    contact.company = query.value(5).toString();
    contact.phone = query.value(6).toString();
    contact.status = ContactStatusText::parse(query.value(7).toString()).value_or(ContactStatus::Subscribed);
    contact.consentSource = query.value(8).toString();
    contact.consentAt = Timestamp::fromSeconds(query.value(9));
    contact.createdAt = Timestamp::fromSeconds(query.value(10));
    contact.updatedAt = Timestamp::fromSeconds(query.value(11));
    return contact;
}

bool execWith(QSqlQuery& query, const QVariantList& values)
{
    SqlBinding::bindAll(query, values);
    return query.exec();
}
} // namespace

QString ContactRepository::whereFor(const ContactFilter& filter, QVariantList& values) const
{
    QStringList conditions = simpleConditions(filter, values);
    QString joins;
    if (!filter.segment.trimmed().isEmpty()) {
        const auto root = SegmentParser::parse(filter.segment);
        QStringList keys;
        for (const CustomField& field : customFields()) {
            keys << field.key;
        }
        const Result<SegmentSql> sql
            = root ? SegmentSqlCompiler::compile(**root, keys) : Result<SegmentSql>::failure({});
        // checkFilter() tells the user why; here a broken segment matches no one rather than everyone.
        conditions << (sql ? QLatin1Char('(') + sql->condition + QLatin1Char(')') : QStringLiteral("0"));
        if (sql) {
            // The joins come first in the text, so their values go before the conditions' ones.
            joins = sql->joins;
            values = sql->joinValues + values + sql->values;
        }
    }
    return joins
           + (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")));
}

Status ContactRepository::checkFilter(const ContactFilter& filter) const
{
    if (filter.segment.trimmed().isEmpty()) {
        return success();
    }
    const auto root = SegmentParser::parse(filter.segment);
    if (!root) {
        return Status::failure(root.error());
    }
    QStringList keys;
    for (const CustomField& field : customFields()) {
        keys << field.key;
    }
    const Result<SegmentSql> sql = SegmentSqlCompiler::compile(**root, keys);
    return sql ? success() : Status::failure(sql.error());
}

ContactRepository::ContactRepository(Database database)
    : m_database(std::move(database))
{
}

Result<qint64> ContactRepository::add(Contact contact)
{
    const EmailCheck check = EmailAddress::check(contact.email);
    if (!check.valid) {
        return Result<qint64>::failure(tr("The address '%1' is not valid: %2").arg(contact.email, check.error));
    }
    contact.email = check.address;
    if (findByEmail(contact.email)) {
        return Result<qint64>::failure(tr("A contact with the address %1 already exists.").arg(contact.email));
    }
    QSqlDatabase db = m_database.connection();
    db.transaction();
    qint64 id = 0;
    Status written = insertContactRow(contact, false, &id);
    if (written) {
        written = writeRelations(id, contact);
    }
    if (!written || !db.commit()) {
        db.rollback();
        return Result<qint64>::failure(written ? db.lastError().text() : written.error());
    }
    return id;
}

Status ContactRepository::insertContactRow(const Contact& contact, bool keepId, qint64* newId)
{
    const EmailCheck check = EmailAddress::check(contact.email);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO contacts (id, email, email_key, family_name, given_name, furigana, company, phone, status, "
        "consent_source, consent_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const qint64 now = Timestamp::nowSeconds();
    const QVariantList values = {
        keepId ? QVariant(contact.id) : QVariant(),
        contact.email,
        EmailKey::stored(contact.email, check.valid ? check.normalizedKey : contact.email.toLower()),
        contact.familyName,
        contact.givenName,
        contact.furigana,
        contact.company,
        contact.phone,
        ContactStatusText::key(contact.status),
        contact.consentSource,
        Timestamp::toSeconds(contact.consentAt),
        contact.createdAt.isValid() ? Timestamp::toSeconds(contact.createdAt) : QVariant(now),
        contact.updatedAt.isValid() && keepId ? Timestamp::toSeconds(contact.updatedAt) : QVariant(now),
    };
    if (!execWith(query, values)) {
        return Status::failure(tr("Cannot store the contact %1: %2").arg(contact.email, query.lastError().text()));
    }
    *newId = query.lastInsertId().toLongLong();
    return success();
}

Status ContactRepository::writeRelations(qint64 contactId, const Contact& contact)
{
    QSqlQuery query(m_database.connection());
    // When they joined each list is kept across edits: step mail enrols whoever joined its trigger list after the
    // sequence started (automation/SequenceRunner), and an edit is not joining again.
    QHash<qint64, QString> joinedAt;
    query.prepare(QStringLiteral("SELECT list_id, added_at FROM list_members WHERE contact_id = ?"));
    if (!execWith(query, {contactId})) {
        return Status::failure(query.lastError().text());
    }
    while (query.next()) {
        joinedAt.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    const QList<std::pair<QString, QVariantList>> statements = {
        {QStringLiteral("DELETE FROM contact_tags WHERE contact_id = ?"), {contactId}},
        {QStringLiteral("DELETE FROM list_members WHERE contact_id = ?"), {contactId}},
        {QStringLiteral("DELETE FROM contact_values WHERE contact_id = ?"), {contactId}},
    };
    for (const auto& [sql, values] : statements) {
        query.prepare(sql);
        if (!execWith(query, values)) {
            return Status::failure(query.lastError().text());
        }
    }
    for (const QString& tag : contact.tags) {
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"));
        query.bindValue(0, tag.trimmed());
        query.exec();
        query.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) SELECT ?, id FROM tags WHERE name = ?"));
        if (!execWith(query, {contactId, tag.trimmed()})) {
            return Status::failure(query.lastError().text());
        }
    }
    for (const QString& list : contact.lists) {
        const Result<qint64> listId = ensureList(list);
        if (!listId) {
            return Status::failure(listId.error());
        }
        query.prepare(
            QStringLiteral("INSERT OR IGNORE INTO list_members (list_id, contact_id, added_at) VALUES (?,?,?)"));
        if (!execWith(query, {*listId, contactId, joinedAt.value(*listId, Timestamp::nowText())})) {
            return Status::failure(query.lastError().text());
        }
    }
    for (auto it = contact.customValues.cbegin(); it != contact.customValues.cend(); ++it) {
        if (it.value().isEmpty()) {
            continue;
        }
        const Result<qint64> fieldId = ensureCustomField(it.key(), it.key());
        if (!fieldId) {
            return Status::failure(fieldId.error());
        }
        query.prepare(QStringLiteral("INSERT INTO contact_values (contact_id, field_id, value) VALUES (?,?,?)"));
        if (!execWith(query, {contactId, *fieldId, it.value()})) {
            return Status::failure(query.lastError().text());
        }
    }
    return success();
}

Status ContactRepository::update(Contact contact)
{
    const EmailCheck check = EmailAddress::check(contact.email);
    if (!check.valid) {
        return Status::failure(tr("The address '%1' is not valid: %2").arg(contact.email, check.error));
    }
    contact.email = check.address;
    const std::optional<Contact> other = findByEmail(contact.email);
    if (other && other->id != contact.id) {
        return Status::failure(tr("Another contact already has the address %1.").arg(contact.email));
    }
    QSqlDatabase db = m_database.connection();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE contacts SET email = ?, email_key = ?, family_name = ?, given_name = ?, furigana = ?, company = ?, "
        "phone = ?, status = ?, consent_source = ?, consent_at = ?, updated_at = ? WHERE id = ?"));
    const QVariantList values = {
        contact.email,
        EmailKey::stored(contact.email, check.normalizedKey),
        contact.familyName,
        contact.givenName,
        contact.furigana,
        contact.company,
        contact.phone,
        ContactStatusText::key(contact.status),
        contact.consentSource,
        Timestamp::toSeconds(contact.consentAt),
        Timestamp::nowSeconds(),
        contact.id,
    };
    Status written = execWith(query, values) ? success() : Status::failure(query.lastError().text());
    if (written && query.numRowsAffected() != 1) {
        written = Status::failure(tr("The contact %1 no longer exists.").arg(contact.email));
    }
    if (written) {
        written = writeRelations(contact.id, contact);
    }
    if (!written || !db.commit()) {
        db.rollback();
        return Status::failure(
            tr("Cannot save the contact %1: %2").arg(contact.email, written ? db.lastError().text() : written.error()));
    }
    return success();
}

Result<QList<Contact>> ContactRepository::remove(const QList<qint64>& ids)
{
    QList<Contact> removed = load(ids);
    QSqlDatabase db = m_database.connection();
    db.transaction();
    QSqlQuery query(db);
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        const QList<qint64> chunk = ids.mid(start, 500);
        query.prepare(QStringLiteral("DELETE FROM contacts WHERE id IN (") + placeholders(chunk.size())
                      + QLatin1Char(')'));
        for (int i = 0; i < chunk.size(); ++i) {
            query.bindValue(i, chunk.at(i));
        }
        if (!query.exec()) {
            const QString reason = query.lastError().text();
            db.rollback();
            return Result<QList<Contact>>::failure(tr("Cannot delete the contacts: %1").arg(reason));
        }
    }
    if (!db.commit()) {
        db.rollback();
        return Result<QList<Contact>>::failure(tr("Cannot delete the contacts: %1").arg(db.lastError().text()));
    }
    return removed;
}

Status ContactRepository::restore(const QList<Contact>& contacts)
{
    QSqlDatabase db = m_database.connection();
    db.transaction();
    for (const Contact& contact : contacts) {
        qint64 id = 0;
        Status written = insertContactRow(contact, true, &id);
        if (written) {
            written = writeRelations(id, contact);
        }
        if (!written) {
            db.rollback();
            return Status::failure(tr("Cannot restore the contact %1: %2").arg(contact.email, written.error()));
        }
    }
    if (!db.commit()) {
        db.rollback();
        return Status::failure(tr("Cannot restore the contacts: %1").arg(db.lastError().text()));
    }
    return success();
}

QList<Contact> ContactRepository::loadWhere(const QString& where, const QVariantList& values) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kContactColumns + QStringLiteral(" FROM contacts c ") + where);
    QList<Contact> contacts;
    if (!execWith(query, values)) {
        return contacts;
    }
    while (query.next()) {
        contacts.append(contactFrom(query));
    }
    return contacts;
}

std::optional<Contact> ContactRepository::find(qint64 id) const
{
    const QList<Contact> found = load({id});
    return found.isEmpty() ? std::nullopt : std::optional<Contact>(found.first());
}

std::optional<Contact> ContactRepository::findByEmail(const QString& email) const
{
    const EmailCheck check = EmailAddress::check(email);
    const QList<Contact> found
        = loadWhere(QStringLiteral("WHERE ") + EmailKey::expression(QStringLiteral("c")) + QStringLiteral(" = ?"),
                    {check.valid ? check.normalizedKey : email.trimmed().toLower()});
    return found.isEmpty() ? std::nullopt : find(found.first().id);
}

qint64 ContactRepository::count(const ContactFilter& filter) const
{
    QVariantList values;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM contacts c") + whereFor(filter, values));
    if (!execWith(query, values) || !query.next()) {
        return 0;
    }
    return query.value(0).toLongLong();
}

QList<qint64> ContactRepository::ids(const ContactFilter& filter, ContactSort sort, Qt::SortOrder order) const
{
    QVariantList values;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.id FROM contacts c") + whereFor(filter, values)
                  + QStringLiteral(" ORDER BY ") + orderFor(sort, order));
    QList<qint64> result;
    if (!execWith(query, values)) {
        return result;
    }
    while (query.next()) {
        result.append(query.value(0).toLongLong());
    }
    return result;
}

QList<Contact> ContactRepository::load(const QList<qint64>& ids) const
{
    QList<Contact> ordered;
    ordered.reserve(ids.size());
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        const QList<qint64> chunk = ids.mid(start, 500);
        QVariantList values;
        for (qint64 id : chunk) {
            values << id;
        }
        const QString in = QStringLiteral(" IN (") + placeholders(chunk.size()) + QLatin1Char(')');
        QHash<qint64, Contact> byId;
        for (Contact& contact : loadWhere(QStringLiteral("WHERE c.id") + in, values)) {
            byId.insert(contact.id, std::move(contact));
        }
        // Each related table in one query per chunk: (contact id, …) rows handed to `apply`.
        auto forEachRelated = [&](const QString& select, const std::function<void(Contact&)>& apply) {
            query.prepare(select.arg(in));
            if (execWith(query, values)) {
                while (query.next()) {
                    apply(byId[query.value(0).toLongLong()]);
                }
            }
        };
        forEachRelated(QStringLiteral("SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = "
                                      "ct.tag_id WHERE ct.contact_id %1 ORDER BY t.name"),
                       [&](Contact& contact) { contact.tags.append(query.value(1).toString()); });
        forEachRelated(QStringLiteral("SELECT m.contact_id, l.name FROM list_members m JOIN lists l ON l.id = "
                                      "m.list_id WHERE m.contact_id %1 ORDER BY l.name"),
                       [&](Contact& contact) { contact.lists.append(query.value(1).toString()); });
        forEachRelated(QStringLiteral("SELECT v.contact_id, f.key, v.value FROM contact_values v JOIN custom_fields "
                                      "f ON f.id = v.field_id WHERE v.contact_id %1"),
                       [&](Contact& contact) {
                           contact.customValues.insert(query.value(1).toString(), query.value(2).toString());
                       });
        for (qint64 id : chunk) {
            const auto it = byId.constFind(id);
            if (it != byId.cend() && it->id != 0) {
                ordered.append(*it);
            }
        }
    }
    return ordered;
}

Status ContactRepository::forEach(const ContactFilter& filter, const std::function<bool(const Contact&)>& visit) const
{
    // Pages by id so a million contacts never sit in memory at once.
    QVariantList filterValues;
    const QString where = whereFor(filter, filterValues);
    qint64 lastId = 0;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    for (;;) {
        query.prepare(QStringLiteral("SELECT c.id FROM contacts c") + where
                      + (where.isEmpty() ? QStringLiteral(" WHERE") : QStringLiteral(" AND"))
                      + QStringLiteral(" c.id > ? ORDER BY c.id LIMIT 1000"));
        QVariantList values = filterValues;
        values << lastId;
        if (!execWith(query, values)) {
            return Status::failure(tr("Cannot read the contacts: %1").arg(query.lastError().text()));
        }
        QList<qint64> page;
        while (query.next()) {
            page.append(query.value(0).toLongLong());
        }
        if (page.isEmpty()) {
            return success();
        }
        lastId = page.last();
        for (const Contact& contact : load(page)) {
            if (!visit(contact)) {
                return success();
            }
        }
    }
}

QStringList ContactRepository::tagNames() const
{
    QSqlQuery query(QStringLiteral("SELECT name FROM tags ORDER BY name"), m_database.connection());
    QStringList names;
    while (query.next()) {
        names << query.value(0).toString();
    }
    return names;
}

QStringList ContactRepository::listNames() const
{
    QSqlQuery query(QStringLiteral("SELECT name FROM lists ORDER BY name"), m_database.connection());
    QStringList names;
    while (query.next()) {
        names << query.value(0).toString();
    }
    return names;
}

Result<qint64> ContactRepository::ensureList(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Result<qint64>::failure(tr("A list needs a name."));
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO lists (name, created_at) VALUES (?, ?)"));
    execWith(query, {trimmed, Timestamp::nowText()});
    query.prepare(QStringLiteral("SELECT id FROM lists WHERE name = ?"));
    if (!execWith(query, {trimmed}) || !query.next()) {
        return Result<qint64>::failure(tr("Cannot create the list %1: %2").arg(trimmed, query.lastError().text()));
    }
    return query.value(0).toLongLong();
}

QList<CustomField> ContactRepository::customFields() const
{
    QSqlQuery query(QStringLiteral("SELECT id, key, label FROM custom_fields ORDER BY id"), m_database.connection());
    QList<CustomField> fields;
    while (query.next()) {
        fields.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    }
    return fields;
}

Result<qint64> ContactRepository::ensureCustomField(const QString& key, const QString& label)
{
    if (key.trimmed().isEmpty()) {
        return Result<qint64>::failure(tr("A custom field needs a name."));
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO custom_fields (key, label, created_at) VALUES (?, ?, ?)"));
    execWith(query, {key, label.isEmpty() ? key : label, Timestamp::nowText()});
    query.prepare(QStringLiteral("SELECT id FROM custom_fields WHERE key = ?"));
    if (!execWith(query, {key}) || !query.next()) {
        return Result<qint64>::failure(tr("Cannot create the custom field %1: %2").arg(key, query.lastError().text()));
    }
    return query.value(0).toLongLong();
}

// The repository every other module uses for contacts, tags, lists and custom fields. SQL stays in here.
#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "common/Result.h"
#include "contacts/Contact.h"
#include "contacts/ContactFilter.h"
#include "storage/Database.h"

struct CustomField
{
    qint64 id = 0;
    QString key;
    QString label;
};

class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)

public:
    explicit ContactRepository(Database database);

    // Validates the address and stores a new contact with its tags, lists and custom values.
    Result<qint64> add(Contact contact);
    // Replaces every stored value of contact.id with the given ones.
    Status update(Contact contact);
    // Removes the contacts and returns them whole, so the removal can be undone with restore().
    Result<QList<Contact>> remove(const QList<qint64>& ids);
    Status restore(const QList<Contact>& contacts);

    // A filter whose segment does not parse or names an unknown field: the reason, for the user.
    Status checkFilter(const ContactFilter& filter) const;

    std::optional<Contact> find(qint64 id) const;
    std::optional<Contact> findByEmail(const QString& email) const;
    qint64 count(const ContactFilter& filter = {}) const;
    // Ids in display order; the contacts table loads rows by id page by page.
    QList<qint64> ids(const ContactFilter& filter, ContactSort sort, Qt::SortOrder order) const;
    // Whole contacts for the given ids, in the given order (missing ids are left out).
    QList<Contact> load(const QList<qint64>& ids) const;
    // Streams every matching contact (in id order) without holding them all; stops when `visit` returns false.
    Status forEach(const ContactFilter& filter, const std::function<bool(const Contact&)>& visit) const;

    QStringList tagNames() const;
    QStringList listNames() const;
    Result<qint64> ensureList(const QString& name);
    QList<CustomField> customFields() const;
    Result<qint64> ensureCustomField(const QString& key, const QString& label);

private:
    Status writeRelations(qint64 contactId, const Contact& contact);
    Status insertContactRow(const Contact& contact, bool keepId, qint64* newId);
    QList<Contact> loadWhere(const QString& where, const QVariantList& values) const;
    QString whereFor(const ContactFilter& filter, QVariantList& values) const;

    Database m_database;
};

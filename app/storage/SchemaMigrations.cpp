// The schema, as the ordered list of steps that build it. Never edit a released step: add a new one.
// Times were stored as UTC ISO 8601 text ("2026-12-04T07:20:45Z"); from schema 4 contacts' times are INTEGER seconds
// since the Unix epoch, UTC (storage/Timestamp.h converts).
#include "SchemaMigrations.h"

namespace {
QStringList schema1()
{
    return {
        QStringLiteral(R"(CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            email TEXT NOT NULL,
            email_key TEXT NOT NULL UNIQUE,  -- the address lowercased: addresses are compared case-insensitively
            family_name TEXT NOT NULL DEFAULT '',
            given_name TEXT NOT NULL DEFAULT '',
            company TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'subscribed'
                CHECK (status IN ('subscribed', 'unsubscribed', 'bounced', 'complained', 'pending')),
            consent_source TEXT NOT NULL DEFAULT '',
            consent_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE custom_fields (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE contact_values (
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            field_id INTEGER NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,
            value TEXT NOT NULL,
            PRIMARY KEY (contact_id, field_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX contact_values_by_field ON contact_values(field_id, value)"),
        QStringLiteral(R"(CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE))"),
        QStringLiteral(R"(CREATE TABLE contact_tags (
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (contact_id, tag_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX contact_tags_by_tag ON contact_tags(tag_id, contact_id)"),
        QStringLiteral(R"(CREATE TABLE lists (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE list_members (
            list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            added_at TEXT NOT NULL,
            PRIMARY KEY (list_id, contact_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX list_members_by_contact ON list_members(contact_id, list_id)"),
    };
}

// Schema 2: the kana reading of names (Japanese names sort by it), the suppression list,
// and the indexes the contacts table sorts by.
QStringList schema2()
{
    return {
        QStringLiteral("ALTER TABLE contacts ADD COLUMN furigana TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(R"(CREATE TABLE suppressions (
            email_key TEXT PRIMARY KEY,
            reason TEXT NOT NULL,
            created_at TEXT NOT NULL) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX contacts_by_family_name ON contacts(family_name, given_name)"),
        QStringLiteral("CREATE INDEX contacts_by_company ON contacts(company)"),
        QStringLiteral("CREATE INDEX contacts_by_created ON contacts(created_at)"),
        QStringLiteral("CREATE INDEX contacts_by_status ON contacts(status)"),
    };
}
// Schema 3: no sort indexes on contacts. Each one cost more at every import (rebuilt for every new contact) than
// it saved: the table sorts by "added" through the id, and sorting a million contacts by name or company on the
// worker thread takes about a second, once, when the user asks for it.
QStringList schema3()
{
    return {
        QStringLiteral("DROP INDEX contacts_by_family_name"),
        QStringLiteral("DROP INDEX contacts_by_company"),
        QStringLiteral("DROP INDEX contacts_by_created"),
        QStringLiteral("DROP INDEX contacts_by_status"),
    };
}

// Schema 4: contacts' times as INTEGER seconds since the epoch, UTC: 4 bytes a value instead of 20, three times a row.
// SQLite cannot change a column's type, so the table is rebuilt (SQLite's "other kinds of table schema changes"
// recipe: new table, copy, drop, rename); the Migrator runs this with foreign keys off, so dropping the old table does
// not cascade to the tags, lists and values that reference it, and checks them before committing.
QStringList schema4()
{
    return {
        QStringLiteral(R"(CREATE TABLE contacts_new (
            id INTEGER PRIMARY KEY,
            email TEXT NOT NULL,
            email_key TEXT NOT NULL UNIQUE,  -- the address lowercased: addresses are compared case-insensitively
            family_name TEXT NOT NULL DEFAULT '',
            given_name TEXT NOT NULL DEFAULT '',
            furigana TEXT NOT NULL DEFAULT '',
            company TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'subscribed'
                CHECK (status IN ('subscribed', 'unsubscribed', 'bounced', 'complained', 'pending')),
            consent_source TEXT NOT NULL DEFAULT '',
            consent_at INTEGER,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        // strftime('%s') reads the stored "…Z" text as UTC; NULL stays NULL. A time it cannot read fails the step
        // (NOT NULL) rather than losing it.
        QStringLiteral(R"(INSERT INTO contacts_new (id, email, email_key, family_name, given_name, furigana, company,
                phone, status, consent_source, consent_at, created_at, updated_at)
            SELECT id, email, email_key, family_name, given_name, furigana, company, phone, status, consent_source,
                CAST(strftime('%s', consent_at) AS INTEGER), CAST(strftime('%s', created_at) AS INTEGER),
                CAST(strftime('%s', updated_at) AS INTEGER)
            FROM contacts)"),
        QStringLiteral("DROP TABLE contacts"),
        QStringLiteral("ALTER TABLE contacts_new RENAME TO contacts"),
    };
}

// Schema 5: email_key is NULL when it equals the address (contacts/EmailKey.h), and the uniqueness of keys is a unique
// index on COALESCE(email_key, email). Not lower(email): SQLite's lower() folds ASCII only, our keys are folded in C++.
QStringList schema5()
{
    return {
        QStringLiteral(R"(CREATE TABLE contacts_new (
            id INTEGER PRIMARY KEY,
            email TEXT NOT NULL,
            email_key TEXT,  -- the address as compared (lowercased); NULL when that is the address itself
            family_name TEXT NOT NULL DEFAULT '',
            given_name TEXT NOT NULL DEFAULT '',
            furigana TEXT NOT NULL DEFAULT '',
            company TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'subscribed'
                CHECK (status IN ('subscribed', 'unsubscribed', 'bounced', 'complained', 'pending')),
            consent_source TEXT NOT NULL DEFAULT '',
            consent_at INTEGER,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral(R"(INSERT INTO contacts_new (id, email, email_key, family_name, given_name, furigana, company,
                phone, status, consent_source, consent_at, created_at, updated_at)
            SELECT id, email, NULLIF(email_key, email), family_name, given_name, furigana, company, phone, status,
                consent_source, consent_at, created_at, updated_at
            FROM contacts)"),
        QStringLiteral("DROP TABLE contacts"),
        QStringLiteral("ALTER TABLE contacts_new RENAME TO contacts"),
        QStringLiteral("CREATE UNIQUE INDEX contacts_by_key ON contacts(COALESCE(email_key, email))"),
    };
}
} // namespace

const QList<SchemaMigrations::Step>& SchemaMigrations::steps()
{
    static const QList<Step> all = {{schema1()}, {schema2()}, {schema3()}, {schema4(), true}, {schema5(), true}};
    return all;
}

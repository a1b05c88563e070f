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
// Schema 6: sending — installation settings (the link-token secret), relays, sender identities, DKIM keys,
// campaigns and the durable per-recipient delivery queue with its log of every attempt's SMTP reply.
// Times are INTEGER seconds since the epoch, UTC. Passwords and private keys are never stored here.
QStringList schema6()
{
    return {
        QStringLiteral(R"(CREATE TABLE app_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE relays (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL,           -- smtp://USER@HOST:PORT, smtps://…, file:///PATH; never a password
            connections INTEGER NOT NULL DEFAULT 4,
            rate REAL NOT NULL DEFAULT 0, -- messages per second, 0 = unlimited
            ca_certificates TEXT NOT NULL DEFAULT '', -- PEM the user chose to trust for this relay
            is_default INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE dkim_keys (
            id INTEGER PRIMARY KEY,
            domain TEXT NOT NULL,
            selector TEXT NOT NULL,
            algorithm TEXT NOT NULL CHECK (algorithm IN ('rsa', 'ed25519')),
            key_path TEXT NOT NULL,  -- the PEM file, readable by its owner only
            public_txt TEXT NOT NULL, -- the TXT record to publish
            created_at INTEGER NOT NULL,
            UNIQUE (domain, selector, algorithm)))"),
        QStringLiteral(R"(CREATE TABLE sender_identities (
            id INTEGER PRIMARY KEY,
            display_name TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL UNIQUE,
            reply_to TEXT NOT NULL DEFAULT '',
            bounce_domain TEXT NOT NULL DEFAULT '', -- empty: the address's own domain
            is_default INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE campaigns (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'draft'
                CHECK (state IN ('draft', 'scheduled', 'sending', 'paused', 'waiting', 'done', 'cancelled')),
            subject TEXT NOT NULL,
            from_name TEXT NOT NULL DEFAULT '',
            from_address TEXT NOT NULL,
            reply_to TEXT NOT NULL DEFAULT '',
            bounce_domain TEXT NOT NULL DEFAULT '',
            html TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            charset TEXT NOT NULL DEFAULT 'UTF-8',
            audience TEXT NOT NULL DEFAULT '',   -- what was chosen, for the report: "list:news", a segment
            transport_url TEXT NOT NULL DEFAULT '',
            dkim_key_path TEXT NOT NULL DEFAULT '',
            dkim_key_path2 TEXT NOT NULL DEFAULT '',
            dkim_selector TEXT NOT NULL DEFAULT '',
            dkim_selector2 TEXT NOT NULL DEFAULT '',
            dkim_domain TEXT NOT NULL DEFAULT '',
            dkim_third_party INTEGER NOT NULL DEFAULT 0,
            base_url TEXT NOT NULL DEFAULT '',
            connections INTEGER NOT NULL DEFAULT 4,
            rate REAL NOT NULL DEFAULT 0,
            token TEXT NOT NULL,  -- random, part of every Message-ID of the campaign
            created_at INTEGER NOT NULL,
            scheduled_at INTEGER,
            started_at INTEGER,
            finished_at INTEGER,
            last_error TEXT NOT NULL DEFAULT '',
            runner TEXT NOT NULL DEFAULT '',   -- HOST<TAB>PID of the process sending it; '' when none
            runner_seen INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            email TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'sending', 'sent', 'deferred', 'failed', 'bounced', 'skipped')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER NOT NULL DEFAULT 0,
            smtp_code INTEGER NOT NULL DEFAULT 0,
            smtp_reply TEXT NOT NULL DEFAULT '',
            updated_at INTEGER NOT NULL))"),
        // Not (campaign_id, state): every message changes its row's state twice, and an index on state would be
        // rewritten each time. A campaign's rows are read in id order and filtered by state instead.
        QStringLiteral("CREATE INDEX deliveries_by_campaign ON deliveries(campaign_id)"),
        QStringLiteral("CREATE INDEX deliveries_by_contact ON deliveries(contact_id)"),
        // Every deferred attempt's reply (the final one is in deliveries.smtp_reply).
        QStringLiteral(R"(CREATE TABLE delivery_log (
            id INTEGER PRIMARY KEY,
            delivery_id INTEGER NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            outcome TEXT NOT NULL,
            smtp_code INTEGER NOT NULL DEFAULT 0,
            smtp_reply TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX delivery_log_by_delivery ON delivery_log(delivery_id)"),
    };
}

// Schema 7: the templates library (templates/TemplateStore). A template is its document (docs/TEMPLATE_FORMAT.md, as
// JSON text) plus the images it refers to as "asset:NAME", which go with it when it is duplicated or removed.
// Names are unique regardless of case, as the library shows them. Times are INTEGER seconds since the epoch, UTC.
QStringList schema7()
{
    return {
        QStringLiteral(R"(CREATE TABLE templates (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL DEFAULT 'blocks' CHECK (kind IN ('blocks', 'html')),
            document TEXT NOT NULL,  -- the JSON document, without its assets
            thumbnail BLOB,          -- PNG the designer made; NULL until then
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE template_assets (
            template_id INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
            name TEXT NOT NULL,      -- "logo.png": what the document's "asset:NAME" and the mail's cid: name
            mime_type TEXT NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            data BLOB NOT NULL,
            -- a rowid table: SQLite advises against WITHOUT ROWID for rows this large
            PRIMARY KEY (template_id, name)))"),
    };
}

// Schema 8: a campaign's inline images, copied when it is created, so a resume after a crash sends the same mail
// even if the template was edited or deleted since.
QStringList schema8()
{
    return {
        QStringLiteral(R"(CREATE TABLE campaign_images (
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            content_id TEXT NOT NULL,  -- what the HTML's cid: names
            mime_type TEXT NOT NULL,
            file_name TEXT NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (campaign_id, content_id)))"),
    };
}

// Schema 9: campaigns made in the app — a preheader, the template it came from (no foreign key: deleting a template
// a draft or scheduled campaign uses is refused by TemplateStore, and a sent campaign keeps its own copy of the
// content), an optional send window, when a test was last sent, when a waiting campaign continues, and 'step' for
// the delivery queues of step mail (not listed among campaigns).
QStringList schema9()
{
    return {
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN preheader TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN kind TEXT NOT NULL DEFAULT 'campaign' "
                       "CHECK (kind IN ('campaign', 'step'))"),
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN template_id INTEGER"),
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN send_window TEXT NOT NULL DEFAULT ''"), // SendWindow::toText
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN test_sent_at INTEGER"),
        // A waiting campaign's next run: the send window's next opening, or the first deferred retry.
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN resume_at INTEGER"),
        // The campaign list (kind 'campaign', newest first) and the template-deletion guard.
        QStringLiteral("CREATE INDEX campaigns_by_kind ON campaigns(kind, id)"),
        QStringLiteral("CREATE INDEX campaigns_by_template ON campaigns(template_id) WHERE template_id IS NOT NULL"),
    };
}

// Schema 10: step mail (automation/). A sequence sends its steps to each contact who joined its trigger
// list after it became active; a step's mail goes out through its own delivery campaign (kind 'step'), made when the
// step is first due. Progress refers to step ids, so editing a sequence never resends a step: sequence_sends holds
// every (contact, step) queued, once. Times are INTEGER seconds since the epoch, UTC.
QStringList schema10()
{
    return {
        QStringLiteral(R"(CREATE TABLE sequences (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            list_id INTEGER REFERENCES lists(id) ON DELETE SET NULL,  -- the trigger list; NULL: the list is gone
            identity_id INTEGER NOT NULL DEFAULT 0,  -- sender identity; 0: the default one
            time_zone TEXT NOT NULL DEFAULT '',      -- IANA id for send times of day; '': the system's
            base_url TEXT NOT NULL DEFAULT '',       -- where unsubscribe links point; '': the outbox default
            last_error TEXT NOT NULL DEFAULT '',     -- why a due step could not be queued, for the sequences list
            active INTEGER NOT NULL DEFAULT 0,
            active_since INTEGER,  -- when it was last made active: who joins the list from then on is enrolled
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE sequence_steps (
            id INTEGER PRIMARY KEY,
            sequence_id INTEGER NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            delay_amount INTEGER NOT NULL DEFAULT 0 CHECK (delay_amount >= 0),
            delay_unit TEXT NOT NULL DEFAULT 'days' CHECK (delay_unit IN ('hours', 'days')),
            relative_to TEXT NOT NULL DEFAULT 'previous' CHECK (relative_to IN ('trigger', 'previous')),
            send_time INTEGER,  -- minutes after local midnight; NULL: as soon as the delay has passed
            template_id INTEGER REFERENCES templates(id) ON DELETE SET NULL,
            subject TEXT NOT NULL DEFAULT '',
            preheader TEXT NOT NULL DEFAULT '',
            campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,  -- its delivery queue, once made
            created_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX sequence_steps_by_sequence ON sequence_steps(sequence_id, position)"),
        QStringLiteral(R"(CREATE TABLE sequence_progress (
            sequence_id INTEGER NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            enrolled_at INTEGER NOT NULL,  -- when they joined the trigger list
            state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'finished', 'left')),
            last_step_id INTEGER,   -- the last step queued for them (no foreign key: a deleted step keeps its place)
            last_sent_at INTEGER,   -- when it was queued: "after the previous step" counts from here
            next_step_id INTEGER,
            next_due_at INTEGER,    -- NULL when nothing is pending
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (sequence_id, contact_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX sequence_progress_by_due ON sequence_progress(state, next_due_at)"),
        QStringLiteral("CREATE INDEX sequence_progress_by_contact ON sequence_progress(contact_id)"),
        QStringLiteral(R"(CREATE TABLE sequence_sends (
            sequence_id INTEGER NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            step_id INTEGER NOT NULL,
            campaign_id INTEGER NOT NULL,
            queued_at INTEGER NOT NULL,
            PRIMARY KEY (contact_id, step_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX sequence_sends_by_step ON sequence_sends(step_id)"),
    };
}

// Schema 11: segments compare custom fields case-insensitively (plan = Gold finds "gold"), which the binary index on
// (field_id, value) could not serve: every value of the field was read. The same index with NOCASE serves =, <, >
// and "starts with" (LIKE's prefix), and costs the import nothing more (it replaces the other one).
// Saved segments (segments/SegmentStore): a name and the condition tree as a SegmentJson document, so a wizard, the
// builder and `--segment @NAME` reuse one definition. Times are INTEGER seconds since the epoch, UTC.
QStringList schema11()
{
    return {
        QStringLiteral("DROP INDEX IF EXISTS contact_values_by_field"),
        QStringLiteral("CREATE INDEX contact_values_by_field_nocase ON contact_values(field_id, value COLLATE NOCASE)"),
        QStringLiteral(R"(CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            definition TEXT NOT NULL,  -- SegmentJson: {"version": 1, "root": NODE}
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
    };
}
} // namespace

const QList<SchemaMigrations::Step>& SchemaMigrations::steps()
{
    static const QList<Step> all = {{schema1()},
                                    {schema2()},
                                    {schema3()},
                                    {schema4(), true},
                                    {schema5(), true},
                                    {schema6()},
                                    {schema7()},
                                    {schema8()},
                                    {schema9()},
                                    {schema10()},
                                    {schema11()}};
    return all;
}

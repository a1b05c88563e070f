// DkimKeyStore: the DKIM keys Tayori signs with — the private key in a PEM file readable by its owner only, the row
// (domain, selector, type, file, the TXT record to publish) in the database.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "common/Result.h"
#include "dkim/DkimKey.h"
#include "storage/Database.h"

struct DkimKeyRecord
{
    qint64 id = 0;
    QString domain;
    QString selector;
    DkimKey::Algorithm algorithm = DkimKey::Algorithm::Rsa;
    QString keyPath;
    QString publicTxt; // "v=DKIM1; k=…; p=…"
    QDateTime createdAt;

    // SELECTOR._domainkey.DOMAIN: where publicTxt must be published.
    QString dnsName() const;
};

class DkimKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(DkimKeyStore)

public:
    // Keys are written into `keyFolder`; empty: <AppDataLocation>/dkim.
    explicit DkimKeyStore(Database database, QString keyFolder = {});

    // A new key made with DkimKey::generate (slow for RSA: the GUI calls DkimKey::generate on a worker and save()).
    Result<DkimKeyRecord> generate(const QString& domain, const QString& selector, DkimKey::Algorithm algorithm);
    // Validates the PEM with DkimKey::fromFile and copies it into the key folder (owner-only).
    Result<DkimKeyRecord> importPem(const QString& domain, const QString& selector, const QString& pemPath);
    // Writes `key` to <folder>/<domain>.<selector>.<alg>.pem (0600) and stores its row.
    Result<DkimKeyRecord> save(const QString& domain, const QString& selector, const DkimKey& key);
    // Removes the row and the key file (when it is in the key folder).
    Status remove(qint64 id);

    QList<DkimKeyRecord> list() const;
    std::optional<DkimKeyRecord> find(qint64 id) const;
    QString keyFolder() const { return m_keyFolder; }

    // Lowercases and converts an IDN to its ASCII form; refuses what cannot be a DNS name.
    static Result<QString> normalizeDomain(const QString& domain);
    // A selector is one or more DNS labels (RFC 6376 3.1).
    static Result<QString> normalizeSelector(const QString& selector);
    static QString algorithmKey(DkimKey::Algorithm algorithm); // "rsa" / "ed25519", as stored

private:
    Status checkUnused(const QString& domain, const QString& selector, DkimKey::Algorithm algorithm) const;

    Database m_database;
    QString m_keyFolder;
};

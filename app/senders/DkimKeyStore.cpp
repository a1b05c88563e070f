// DkimKeyStore: DKIM private keys in owner-only PEM files, their rows and TXT records in the database.
#include "DkimKeyStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include "storage/SqlBinding.h"
#include "storage/Timestamp.h"

namespace {
const QString kColumns = QStringLiteral("id, domain, selector, algorithm, key_path, public_txt, created_at");

DkimKeyRecord recordFrom(const QSqlQuery& query)
{
    DkimKeyRecord record;
    record.id = query.value(0).toLongLong();
    record.domain = query.value(1).toString();
    record.selector = query.value(2).toString();
    record.algorithm
        = query.value(3).toString() == QLatin1String("ed25519") ? DkimKey::Algorithm::Ed25519 : DkimKey::Algorithm::Rsa;
    record.keyPath = query.value(4).toString();
    record.publicTxt = query.value(5).toString();
    record.createdAt = Timestamp::fromSeconds(query.value(6));
    return record;
}

using SqlBinding::execWith;

// One DNS label: letters, digits and inner hyphens, at most 63 octets.
bool isLabel(const QString& label)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$"));
    return pattern.match(label).hasMatch();
}
} // namespace

QString DkimKeyRecord::dnsName() const
{
    return selector + QStringLiteral("._domainkey.") + domain;
}

DkimKeyStore::DkimKeyStore(Database database, QString keyFolder)
    : m_database(std::move(database))
    , m_keyFolder(
          keyFolder.isEmpty()
              ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("dkim"))
              : std::move(keyFolder))
{
}

QString DkimKeyStore::algorithmKey(DkimKey::Algorithm algorithm)
{
    return algorithm == DkimKey::Algorithm::Ed25519 ? QStringLiteral("ed25519") : QStringLiteral("rsa");
}

Result<QString> DkimKeyStore::normalizeDomain(const QString& domain)
{
    const QString trimmed = domain.trimmed();
    const QString ascii = QString::fromLatin1(QUrl::toAce(trimmed)).toLower();
    const QStringList labels = ascii.split(QLatin1Char('.'));
    const bool valid = !trimmed.isEmpty() && ascii.size() <= 253 && labels.size() >= 2
                       && std::all_of(labels.cbegin(), labels.cend(), isLabel);
    if (!valid) {
        return Result<QString>::failure(
            tr("'%1' is not a domain name; type the domain of your From address, such as example.co.jp.").arg(trimmed));
    }
    return ascii;
}

Result<QString> DkimKeyStore::normalizeSelector(const QString& selector)
{
    const QString lower = selector.trimmed().toLower();
    const QStringList labels = lower.split(QLatin1Char('.'));
    if (lower.isEmpty() || !std::all_of(labels.cbegin(), labels.cend(), isLabel)) {
        return Result<QString>::failure(
            tr("'%1' is not a valid selector; use letters, digits and hyphens, such as tayori2026.")
                .arg(selector.trimmed()));
    }
    return lower;
}

Status DkimKeyStore::checkUnused(const QString& domain, const QString& selector, DkimKey::Algorithm algorithm) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM dkim_keys WHERE domain = ? AND selector = ? AND algorithm = ?"));
    if (!execWith(query, {domain, selector, algorithmKey(algorithm)})) {
        return Status::failure(query.lastError().text());
    }
    if (query.next()) {
        return Status::failure(tr("There is already a key for %1 with the selector %2; choose another selector or "
                                  "remove the old key first.")
                                   .arg(domain, selector));
    }
    return success();
}

Result<DkimKeyRecord>
DkimKeyStore::generate(const QString& domain, const QString& selector, DkimKey::Algorithm algorithm)
{
    const Result<QString> d = normalizeDomain(domain);
    const Result<QString> s = normalizeSelector(selector);
    if (!d || !s) {
        return Result<DkimKeyRecord>::failure(!d ? d.error() : s.error());
    }
    const Status unused = checkUnused(*d, *s, algorithm);
    if (!unused) {
        return Result<DkimKeyRecord>::failure(unused.error());
    }
    const Result<DkimKey> key = DkimKey::generate(algorithm);
    if (!key) {
        return Result<DkimKeyRecord>::failure(key.error());
    }
    return save(*d, *s, *key);
}

Result<DkimKeyRecord> DkimKeyStore::importPem(const QString& domain, const QString& selector, const QString& pemPath)
{
    const Result<QString> d = normalizeDomain(domain);
    const Result<QString> s = normalizeSelector(selector);
    if (!d || !s) {
        return Result<DkimKeyRecord>::failure(!d ? d.error() : s.error());
    }
    const Result<DkimKey> key = DkimKey::fromFile(pemPath);
    if (!key) {
        return Result<DkimKeyRecord>::failure(key.error());
    }
    // The copy is written from the parsed key (PKCS#8): the same key, owner-only, whatever the source file allowed.
    return save(*d, *s, *key);
}

Result<DkimKeyRecord> DkimKeyStore::save(const QString& domain, const QString& selector, const DkimKey& key)
{
    const Result<QString> d = normalizeDomain(domain);
    const Result<QString> s = normalizeSelector(selector);
    if (!d || !s) {
        return Result<DkimKeyRecord>::failure(!d ? d.error() : s.error());
    }
    const Status unused = checkUnused(*d, *s, key.algorithm());
    if (!unused) {
        return Result<DkimKeyRecord>::failure(unused.error());
    }
    if (!QDir().mkpath(m_keyFolder)) {
        return Result<DkimKeyRecord>::failure(tr("Cannot create the key folder %1; check that you may write there.")
                                                  .arg(QDir::toNativeSeparators(m_keyFolder)));
    }
    QFile::setPermissions(m_keyFolder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    DkimKeyRecord record;
    record.domain = *d;
    record.selector = *s;
    record.algorithm = key.algorithm();
    record.keyPath = QDir(m_keyFolder)
                         .filePath(*d + QLatin1Char('.') + *s + QLatin1Char('.') + algorithmKey(key.algorithm())
                                   + QStringLiteral(".pem"));
    record.publicTxt = QString::fromLatin1(key.dnsTxtRecord());
    record.createdAt = QDateTime::fromSecsSinceEpoch(Timestamp::nowSeconds(), Qt::UTC);
    if (QFileInfo::exists(record.keyPath)) {
        return Result<DkimKeyRecord>::failure(
            tr("The key file %1 already exists; move it away or choose another selector.")
                .arg(QDir::toNativeSeparators(record.keyPath)));
    }
    const Status written = key.writePrivateKey(record.keyPath);
    if (!written) {
        return Result<DkimKeyRecord>::failure(written.error());
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO dkim_keys (domain, selector, algorithm, key_path, public_txt, "
                                 "created_at) VALUES (?,?,?,?,?,?)"));
    if (!execWith(query,
                  {record.domain,
                   record.selector,
                   algorithmKey(record.algorithm),
                   record.keyPath,
                   record.publicTxt,
                   Timestamp::toSeconds(record.createdAt)})) {
        QFile::remove(record.keyPath); // no row, no orphaned private key
        return Result<DkimKeyRecord>::failure(query.lastError().text());
    }
    record.id = query.lastInsertId().toLongLong();
    return record;
}

Status DkimKeyStore::remove(qint64 id)
{
    const std::optional<DkimKeyRecord> record = find(id);
    if (!record) {
        return Status::failure(tr("That DKIM key no longer exists; reopen the settings."));
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM dkim_keys WHERE id = ?"));
    if (!execWith(query, {id})) {
        return Status::failure(query.lastError().text());
    }
    // Only our own copies: a path elsewhere was the user's file before it was ours.
    const QFileInfo file(record->keyPath);
    if (file.absolutePath() == QFileInfo(m_keyFolder).absoluteFilePath() && file.exists()
        && !QFile::remove(file.absoluteFilePath())) {
        return Status::failure(tr("The key was removed from the list, but its file %1 could not be deleted; delete "
                                  "it by hand.")
                                   .arg(QDir::toNativeSeparators(file.absoluteFilePath())));
    }
    return success();
}

QList<DkimKeyRecord> DkimKeyStore::list() const
{
    QList<DkimKeyRecord> records;
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM dkim_keys ORDER BY domain, selector, id"));
    while (query.next()) {
        records << recordFrom(query);
    }
    return records;
}

std::optional<DkimKeyRecord> DkimKeyStore::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM dkim_keys WHERE id = ?"));
    if (execWith(query, {id}) && query.next()) {
        return recordFrom(query);
    }
    return std::nullopt;
}

// TemplateStore: the templates library in the database — documents, their images and thumbnails — and the
// .json export/import that carries a template with its images to another installation.
#include "TemplateStore.h"

#include <optional>

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "campaigns/CampaignStore.h"
#include "storage/SqlBinding.h"
#include "storage/Timestamp.h"
#include "storage/Transaction.h"

namespace {
using SqlBinding::execWith;

// A photo from a 48-megapixel phone (8000×6000) still fits; a "decompression bomb" — a small file that claims a
// huge picture — is refused from its header, before any pixel is decoded.
constexpr qint64 MaxImagePixels = 50LL * 1000 * 1000;
constexpr int MaxImageSide = 20000;
// Qt's default limit (128 MB) would refuse a 50-megapixel image at 4 bytes a pixel; MaxImagePixels bounds it.
constexpr int ImageAllocationLimitMb = 256;
constexpr int JpegQuality = 85;
constexpr int MaxAssetNameLength = 100;

struct ImageFormat
{
    QByteArray readerFormat; // as QImageReader names it
    QByteArray mimeType;
    QString extension;
};

std::optional<ImageFormat> knownFormat(const QByteArray& readerFormat)
{
    if (readerFormat == "png") {
        return ImageFormat {readerFormat, QByteArrayLiteral("image/png"), QStringLiteral("png")};
    }
    if (readerFormat == "jpeg" || readerFormat == "jpg") {
        return ImageFormat {QByteArrayLiteral("jpeg"), QByteArrayLiteral("image/jpeg"), QStringLiteral("jpg")};
    }
    if (readerFormat == "gif") {
        return ImageFormat {readerFormat, QByteArrayLiteral("image/gif"), QStringLiteral("gif")};
    }
    if (readerFormat == "webp") {
        return ImageFormat {readerFormat, QByteArrayLiteral("image/webp"), QStringLiteral("webp")};
    }
    return std::nullopt;
}

struct DecodedImage
{
    ImageFormat format;
    QImage image;
    bool transformed = false; // EXIF orientation applied: the original bytes would show it turned
};

// Checks and decodes an image file's bytes. `label` names it in the messages (a file name or an asset name).
// The order matters: the byte size before anything is parsed, the format from the content (never the file name),
// the pixel size from the header before the pixels are decoded.
Result<DecodedImage> decodeImage(const QByteArray& data, const QString& label)
{
    if (data.size() > TemplateStore::MaxImageFileBytes) {
        return Result<DecodedImage>::failure(
            TemplateStore::tr("The image \"%1\" is %2 MB; images up to %3 MB can be used. Make it smaller in an image "
                              "editor and add it again.")
                .arg(label)
                .arg(static_cast<double>(data.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                .arg(TemplateStore::MaxImageFileBytes / (1024 * 1024)));
    }
    QByteArray bytes = data; // QBuffer wants a non-const array; opened read-only it shares, never copies
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const std::optional<ImageFormat> format = knownFormat(QImageReader::imageFormat(&buffer));
    if (!format) {
        return Result<DecodedImage>::failure(
            TemplateStore::tr("\"%1\" is not a PNG, JPEG, GIF or WebP image; choose an image file.").arg(label));
    }
    buffer.seek(0);
    QImageReader reader(&buffer, format->readerFormat);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid()) {
        return Result<DecodedImage>::failure(
            TemplateStore::tr("The image \"%1\" is damaged and cannot be read; save it again in an image editor.")
                .arg(label));
    }
    if (size.width() > MaxImageSide || size.height() > MaxImageSide
        || qint64(size.width()) * size.height() > MaxImagePixels) {
        return Result<DecodedImage>::failure(
            TemplateStore::tr("The image \"%1\" is %2×%3 pixels, too large to use in a mail (at most %4 megapixels); "
                              "make it smaller in an image editor and add it again.")
                .arg(label)
                .arg(size.width())
                .arg(size.height())
                .arg(MaxImagePixels / 1000000));
    }
    if (QImageReader::allocationLimit() < ImageAllocationLimitMb) {
        QImageReader::setAllocationLimit(ImageAllocationLimitMb);
    }
    DecodedImage decoded {*format, reader.read(), reader.transformation() != QImageIOHandler::TransformationNone};
    if (decoded.image.isNull()) {
        return Result<DecodedImage>::failure(
            TemplateStore::tr("The image \"%1\" is damaged and cannot be read (%2); save it again in an image editor.")
                .arg(label, reader.errorString()));
    }
    return decoded;
}

Result<QByteArray> encode(const QImage& image, const char* format, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image)) {
        return Result<QByteArray>::failure(
            TemplateStore::tr("The image could not be converted (%1).").arg(writer.errorString()));
    }
    return out;
}

// "Logo Final (1).PNG" → "Logo-Final-1": ASCII letters, digits, '-' and '_' only, because the name becomes a
// Content-ID (cid:NAME) and a URL path segment when the mail is sent.
QString assetBaseName(const QString& fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    QString out;
    for (const QChar c : base) {
        const bool safe
            = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
              || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('-');
        if (safe) {
            out += c;
        } else if (!out.endsWith(QLatin1Char('-'))) {
            out += QLatin1Char('-');
        }
    }
    while (out.endsWith(QLatin1Char('-'))) {
        out.chop(1);
    }
    while (out.startsWith(QLatin1Char('-'))) {
        out.remove(0, 1);
    }
    out.truncate(60);
    return out.isEmpty() ? QStringLiteral("image") : out;
}

// What an asset name in an imported file may be: what assetBaseName() + an extension produces.
bool isValidAssetName(const QString& name)
{
    if (name.isEmpty() || name.size() > MaxAssetNameLength || name.startsWith(QLatin1Char('.'))) {
        return false;
    }
    for (const QChar c : name) {
        const bool safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                          || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                          || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_')
                          || c == QLatin1Char('-') || c == QLatin1Char('.');
        if (!safe) {
            return false;
        }
    }
    return true;
}

QString kindKey(TemplateDocument::Kind kind)
{
    return kind == TemplateDocument::Kind::Html ? QStringLiteral("html") : QStringLiteral("blocks");
}

TemplateDocument::Kind kindFromKey(const QString& key)
{
    return key == QLatin1String("html") ? TemplateDocument::Kind::Html : TemplateDocument::Kind::Blocks;
}

QString databaseError(const QString& what, const QSqlError& error)
{
    return TemplateStore::tr("%1: the database reported \"%2\".").arg(what, error.text());
}

QJsonObject assetToJson(const TemplateAsset& asset)
{
    return {{QStringLiteral("name"), asset.name},
            {QStringLiteral("mimeType"), QString::fromLatin1(asset.mimeType)},
            {QStringLiteral("width"), asset.width},
            {QStringLiteral("height"), asset.height},
            {QStringLiteral("data"), QString::fromLatin1(asset.data.toBase64())}};
}
QString uniqueAssetName(const QSet<QString>& taken, const QString& base, const QString& extension)
{
    QString name = base + QLatin1Char('.') + extension;
    for (int n = 2; taken.contains(name.toLower()); ++n) {
        name = base + QLatin1Char('-') + QString::number(n) + QLatin1Char('.') + extension;
    }
    return name;
}

// The "assets" of an exported file, each checked as an image added by the user would be.
Result<QList<TemplateAsset>> assetsFromJson(const QJsonValue& value)
{
    using Assets = Result<QList<TemplateAsset>>;
    QList<TemplateAsset> assets;
    if (value.isUndefined() || value.isNull()) {
        return assets;
    }
    if (!value.isArray()) {
        return Assets::failure(
            TemplateStore::tr("The template file's \"assets\" is not a list of images; the file is damaged."));
    }
    QSet<QString> names;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        const QString label = name.isEmpty() ? TemplateStore::tr("number %1").arg(i + 1) : name;
        if (!isValidAssetName(name)) {
            return Assets::failure(
                TemplateStore::tr("The image %1 in the template file has no usable name (letters, digits, '.', "
                                  "'-' and '_' only); the file is damaged.")
                    .arg(label));
        }
        if (names.contains(name.toLower())) {
            return Assets::failure(
                TemplateStore::tr("The template file holds two images named \"%1\"; the file is damaged.").arg(name));
        }
        names.insert(name.toLower());
        const QJsonValue dataValue = object.value(QStringLiteral("data"));
        const QByteArray base64 = dataValue.toString().toLatin1();
        // Base64 is 4/3 of the bytes: a string this long cannot hold an image we would accept.
        if (base64.size() > TemplateStore::MaxImageFileBytes / 3 * 4 + 8) {
            return Assets::failure(
                TemplateStore::tr("The image \"%1\" in the template file is larger than %2 MB; nothing was "
                                  "imported.")
                    .arg(name)
                    .arg(TemplateStore::MaxImageFileBytes / (1024 * 1024)));
        }
        const QByteArray::FromBase64Result decoded
            = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
        if (!dataValue.isString() || !decoded || decoded.decoded.isEmpty()) {
            return Assets::failure(
                TemplateStore::tr(
                    "The image \"%1\" in the template file is not valid base64 data; the file is damaged.")
                    .arg(name));
        }
        const Result<DecodedImage> image = decodeImage(decoded.decoded, name);
        if (!image) {
            return Assets::failure(image.error());
        }
        TemplateAsset asset;
        asset.name = name;
        asset.mimeType = image->format.mimeType; // from the content, not from what the file says
        asset.width = image->image.width();
        asset.height = image->image.height();
        asset.data = decoded.decoded;
        assets << asset;
    }
    return assets;
}

} // namespace

TemplateStore::TemplateStore(Database database)
    : m_database(std::move(database))
{
}

QList<TemplateSummary> TemplateStore::list() const
{
    QList<TemplateSummary> summaries;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT id, name, kind, updated_at, thumbnail FROM templates ORDER BY name COLLATE NOCASE, id"))) {
        return summaries;
    }
    while (query.next()) {
        TemplateSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.name = query.value(1).toString();
        summary.kind = kindFromKey(query.value(2).toString());
        summary.updatedAt = Timestamp::fromSeconds(query.value(3));
        summary.thumbnailPng = query.value(4).toByteArray();
        summaries << summary;
    }
    return summaries;
}

bool TemplateStore::nameTaken(const QString& name, qint64 exceptId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM templates WHERE name = ? AND id != ?"));
    return execWith(query, {name, exceptId}) && query.next();
}

bool TemplateStore::exists(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM templates WHERE id = ?"));
    return execWith(query, {id}) && query.next();
}

Status TemplateStore::checkNewName(const QString& name, qint64 exceptId) const
{
    if (name.isEmpty()) {
        return Status::failure(tr("The template has no name; give it one, such as \"December newsletter\"."));
    }
    if (nameTaken(name, exceptId)) {
        return Status::failure(tr("A template named \"%1\" already exists; choose another name.").arg(name));
    }
    return success();
}

Result<qint64> TemplateStore::insert(const QString& name, const TemplateDocument& document)
{
    TemplateDocument stored = document;
    stored.name = name;
    const qint64 now = Timestamp::nowSeconds();
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO templates (name, kind, document, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
    if (!execWith(query, {name, kindKey(stored.kind), QString::fromUtf8(stored.toJson()), now, now})) {
        return Result<qint64>::failure(databaseError(tr("The template could not be stored"), query.lastError()));
    }
    return query.lastInsertId().toLongLong();
}

Result<qint64> TemplateStore::create(const TemplateDocument& document)
{
    const QString name = document.name.trimmed();
    const Status valid = checkNewName(name, 0);
    if (!valid) {
        return Result<qint64>::failure(valid.error());
    }
    Transaction transaction(m_database.connection());
    Result<qint64> id = insert(name, document);
    if (id && !transaction.commit()) {
        return Result<qint64>::failure(databaseError(tr("The template could not be stored"), transaction.lastError()));
    }
    return id;
}

Result<TemplateDocument> TemplateStore::load(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT name, document FROM templates WHERE id = ?"));
    if (!execWith(query, {id})) {
        return Result<TemplateDocument>::failure(
            databaseError(tr("The template could not be read"), query.lastError()));
    }
    if (!query.next()) {
        return Result<TemplateDocument>::failure(
            tr("There is no template %1; it may have been deleted. Reopen the templates library.").arg(id));
    }
    Result<TemplateDocument> document = TemplateDocument::fromJson(query.value(1).toString().toUtf8());
    if (!document) {
        return Result<TemplateDocument>::failure(
            tr("The stored template \"%1\" cannot be read: %2").arg(query.value(0).toString(), document.error()));
    }
    document.value().name = query.value(0).toString(); // the library's name wins: rename() changes only that
    return document;
}

Status TemplateStore::save(qint64 id, const TemplateDocument& document)
{
    QSqlQuery query(m_database.connection());
    // The stored name is kept: renaming is rename()'s job, so an autosave can never fail on a name clash.
    query.prepare(QStringLiteral("UPDATE templates SET kind = ?, document = ?, updated_at = ? WHERE id = ?"));
    Transaction transaction(m_database.connection());
    if (!execWith(query, {kindKey(document.kind), QString::fromUtf8(document.toJson()), Timestamp::nowSeconds(), id})) {
        return Status::failure(databaseError(tr("The template could not be saved"), query.lastError()));
    }
    if (query.numRowsAffected() != 1) {
        return Status::failure(
            tr("There is no template %1; it may have been deleted. Save it under a new name.").arg(id));
    }
    if (!transaction.commit()) {
        return Status::failure(databaseError(tr("The template could not be saved"), transaction.lastError()));
    }
    return success();
}

Status TemplateStore::rename(qint64 id, const QString& newName)
{
    const QString name = newName.trimmed();
    if (!exists(id)) {
        return Status::failure(tr("There is no template %1; it may have been deleted.").arg(id));
    }
    const Status valid = checkNewName(name, id);
    if (!valid) {
        return valid;
    }
    Transaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE templates SET name = ?, updated_at = ? WHERE id = ?"));
    if (!execWith(query, {name, Timestamp::nowSeconds(), id}) || !transaction.commit()) {
        return Status::failure(databaseError(tr("The template could not be renamed"), query.lastError()));
    }
    return success();
}

Result<qint64> TemplateStore::duplicate(qint64 id, const QString& newName)
{
    const Result<TemplateDocument> document = load(id);
    if (!document) {
        return Result<qint64>::failure(document.error());
    }
    const QString name = newName.trimmed();
    const Status valid = checkNewName(name, 0);
    if (!valid) {
        return Result<qint64>::failure(valid.error());
    }
    Transaction transaction(m_database.connection());
    const Result<qint64> copy = insert(name, *document);
    if (!copy) {
        return copy;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO template_assets (template_id, name, mime_type, width, height, data) "
                       "SELECT ?, name, mime_type, width, height, data FROM template_assets WHERE template_id = ?"));
    if (!execWith(query, {*copy, id})) {
        return Result<qint64>::failure(
            databaseError(tr("The template's images could not be copied"), query.lastError()));
    }
    // The thumbnail shows the same document.
    query.prepare(QStringLiteral("UPDATE templates SET thumbnail = (SELECT thumbnail FROM templates WHERE id = ?) "
                                 "WHERE id = ?"));
    if (!execWith(query, {id, *copy}) || !transaction.commit()) {
        return Result<qint64>::failure(databaseError(tr("The template could not be copied"), query.lastError()));
    }
    return copy;
}

Status TemplateStore::checkRemovable(qint64 id) const
{
    const QList<Campaign> users = CampaignStore(m_database).usingTemplate(id);
    QString name;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT name FROM templates WHERE id = ?"));
    if (execWith(query, {id}) && query.next()) {
        name = query.value(0).toString();
    }
    if (users.isEmpty()) {
        // A step-mail step makes its mail from the template each time a new version of the step is queued.
        QSqlQuery steps(m_database.connection());
        steps.prepare(QStringLiteral("SELECT s.name, (SELECT COUNT(*) FROM sequence_steps b WHERE b.sequence_id = "
                                     "s.id AND b.position <= st.position) FROM sequence_steps st JOIN sequences s ON "
                                     "s.id = st.sequence_id WHERE st.template_id = ? ORDER BY s.active DESC, s.id "
                                     "LIMIT 1"));
        if (execWith(steps, {id}) && steps.next()) {
            return Status::failure(tr("Template “%1” is used by step %2 of the step mail “%3”. Choose another "
                                      "template for that step (Campaigns → Step mail), then delete the template.")
                                       .arg(name)
                                       .arg(steps.value(1).toInt())
                                       .arg(steps.value(0).toString()));
        }
        return success();
    }
    const Campaign& first = users.first();
    const QString others
        = users.size() > 1 ? tr(" (and %n other campaign(s))", nullptr, int(users.size() - 1)) : QString();
    if (first.state == CampaignState::Scheduled) {
        return Status::failure(tr("Template “%1” is used by scheduled campaign “%2” (%3)%4: the campaign is sent "
                                  "from it. Unschedule or delete the campaign, or choose another template for it, "
                                  "then delete the template.")
                                   .arg(name,
                                        first.name,
                                        QLocale().toString(first.scheduledAt.toLocalTime(), QLocale::ShortFormat),
                                        others));
    }
    return Status::failure(tr("Template “%1” is used by draft campaign “%2”%3. Delete the draft or choose another "
                              "template for it, then delete the template.")
                               .arg(name, first.name, others));
}

Status TemplateStore::remove(qint64 id)
{
    Transaction transaction(m_database.connection());
    // Inside the transaction: a campaign scheduled a moment ago still counts.
    if (Status removable = checkRemovable(id); !removable) {
        return removable;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM templates WHERE id = ?")); // its assets go with it (ON DELETE CASCADE)
    if (!execWith(query, {id})) {
        return Status::failure(databaseError(tr("The template could not be deleted"), query.lastError()));
    }
    if (query.numRowsAffected() != 1) {
        return Status::failure(tr("There is no template %1; it may have been deleted already.").arg(id));
    }
    if (!transaction.commit()) {
        return Status::failure(databaseError(tr("The template could not be deleted"), transaction.lastError()));
    }
    return success();
}

Status TemplateStore::setThumbnail(qint64 id, const QByteArray& png)
{
    Transaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    // Not updated_at: a new picture of the same document is not a change the user made.
    query.prepare(QStringLiteral("UPDATE templates SET thumbnail = ? WHERE id = ?"));
    if (!execWith(query, {png.isEmpty() ? QVariant() : QVariant(png), id})) {
        return Status::failure(databaseError(tr("The thumbnail could not be stored"), query.lastError()));
    }
    if (query.numRowsAffected() != 1) {
        return Status::failure(tr("There is no template %1; it may have been deleted.").arg(id));
    }
    if (!transaction.commit()) {
        return Status::failure(databaseError(tr("The thumbnail could not be stored"), transaction.lastError()));
    }
    return success();
}

Result<TemplateAsset>
TemplateStore::addAsset(qint64 templateId, const QString& fileName, const QByteArray& data, int contentWidth)
{
    const QString label = QFileInfo(fileName).fileName();
    if (!exists(templateId)) {
        return Result<TemplateAsset>::failure(
            tr("There is no template %1 to add \"%2\" to; it may have been deleted.").arg(templateId).arg(label));
    }
    const Result<DecodedImage> decoded = decodeImage(data, label);
    if (!decoded) {
        return Result<TemplateAsset>::failure(decoded.error());
    }
    const int width = qBound(TemplateDocument::MinContentWidth, contentWidth, TemplateDocument::MaxContentWidth);
    const int maxWidth = 2 * width; // sharp on high-DPI screens, no heavier than that
    TemplateAsset asset;
    QString extension = decoded->format.extension;
    if (decoded->image.width() <= maxWidth && !decoded->transformed) {
        // Not scaled: the original bytes, animation, colour profile and all.
        asset.data = data;
        asset.mimeType = decoded->format.mimeType;
        asset.width = decoded->image.width();
        asset.height = decoded->image.height();
    } else {
        const QImage scaled = decoded->image.width() > maxWidth
                                  ? decoded->image.scaledToWidth(maxWidth, Qt::SmoothTransformation)
                                  : decoded->image;
        // Photos stay JPEG; PNG, GIF (a scaled GIF loses its animation anyway) and WebP become PNG, which every
        // mail client shows.
        const bool jpeg = decoded->format.mimeType == "image/jpeg";
        Result<QByteArray> encoded = encode(scaled, jpeg ? "jpeg" : "png", jpeg ? JpegQuality : -1);
        if (!encoded) {
            return Result<TemplateAsset>::failure(encoded.error());
        }
        asset.data = std::move(encoded).value();
        asset.mimeType = jpeg ? QByteArrayLiteral("image/jpeg") : QByteArrayLiteral("image/png");
        extension = jpeg ? QStringLiteral("jpg") : QStringLiteral("png");
        asset.width = scaled.width();
        asset.height = scaled.height();
    }

    Transaction transaction(m_database.connection());
    QSet<QString> taken;
    QSqlQuery names(m_database.connection());
    names.prepare(QStringLiteral("SELECT name FROM template_assets WHERE template_id = ?"));
    if (!execWith(names, {templateId})) {
        return Result<TemplateAsset>::failure(
            databaseError(tr("The image \"%1\" could not be stored").arg(label), names.lastError()));
    }
    while (names.next()) {
        taken.insert(names.value(0).toString().toLower());
    }
    asset.name = uniqueAssetName(taken, assetBaseName(fileName), extension);
    const Status stored = insertAsset(templateId, asset);
    if (!stored) {
        return Result<TemplateAsset>::failure(stored.error());
    }
    if (!transaction.commit()) {
        return Result<TemplateAsset>::failure(
            databaseError(tr("The image \"%1\" could not be stored").arg(label), transaction.lastError()));
    }
    return asset;
}

Status TemplateStore::insertAsset(qint64 templateId, const TemplateAsset& asset)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO template_assets (template_id, name, mime_type, width, height, data) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!execWith(
            query,
            {templateId, asset.name, QString::fromLatin1(asset.mimeType), asset.width, asset.height, asset.data})) {
        return Status::failure(
            databaseError(tr("The image \"%1\" could not be stored").arg(asset.name), query.lastError()));
    }
    return success();
}

QList<TemplateAsset> TemplateStore::assets(qint64 templateId) const
{
    QList<TemplateAsset> all;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT name, mime_type, width, height, data FROM template_assets "
                                 "WHERE template_id = ? ORDER BY name"));
    if (!execWith(query, {templateId})) {
        return all;
    }
    while (query.next()) {
        TemplateAsset asset;
        asset.name = query.value(0).toString();
        asset.mimeType = query.value(1).toString().toLatin1();
        asset.width = query.value(2).toInt();
        asset.height = query.value(3).toInt();
        asset.data = query.value(4).toByteArray();
        all << asset;
    }
    return all;
}

Result<TemplateAsset> TemplateStore::asset(qint64 templateId, const QString& name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT name, mime_type, width, height, data FROM template_assets "
                                 "WHERE template_id = ? AND name = ?"));
    if (!execWith(query, {templateId, name})) {
        return Result<TemplateAsset>::failure(databaseError(tr("The image could not be read"), query.lastError()));
    }
    if (!query.next()) {
        return Result<TemplateAsset>::failure(
            tr("The template has no image \"%1\"; add the image again or choose another.").arg(name));
    }
    TemplateAsset asset;
    asset.name = query.value(0).toString();
    asset.mimeType = query.value(1).toString().toLatin1();
    asset.width = query.value(2).toInt();
    asset.height = query.value(3).toInt();
    asset.data = query.value(4).toByteArray();
    return asset;
}

Result<QByteArray> TemplateStore::exportJson(qint64 id) const
{
    const Result<TemplateDocument> document = load(id);
    if (!document) {
        return Result<QByteArray>::failure(document.error());
    }
    QJsonArray assetArray;
    for (const TemplateAsset& asset : assets(id)) {
        assetArray.append(assetToJson(asset));
    }
    QJsonObject object = document->toJsonObject();
    object.insert(QStringLiteral("assets"), assetArray);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<QList<TemplateAsset>> TemplateStore::embeddedAssets(const QByteArray& json)
{
    return assetsFromJson(QJsonDocument::fromJson(json).object().value(QStringLiteral("assets")));
}

Result<qint64> TemplateStore::importJson(const QByteArray& json)
{
    // Everything is checked before anything is stored: the document, then every image.
    Result<TemplateDocument> document = TemplateDocument::fromJson(json);
    if (!document) {
        return Result<qint64>::failure(document.error());
    }
    const QJsonObject object = QJsonDocument::fromJson(json).object(); // parsed fine just above
    const Result<QList<TemplateAsset>> assets = assetsFromJson(object.value(QStringLiteral("assets")));
    if (!assets) {
        return Result<qint64>::failure(assets.error());
    }

    QString base = document->name.trimmed();
    if (base.isEmpty()) {
        base = tr("Imported template");
    }
    QString name = base;
    for (int n = 2; nameTaken(name, 0); ++n) {
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    }
    Transaction transaction(m_database.connection());
    const Result<qint64> id = insert(name, *document);
    if (!id) {
        return id;
    }
    for (const TemplateAsset& asset : *assets) {
        const Status stored = insertAsset(*id, asset);
        if (!stored) {
            return Result<qint64>::failure(stored.error());
        }
    }
    if (!transaction.commit()) {
        return Result<qint64>::failure(
            databaseError(tr("The template could not be imported"), transaction.lastError()));
    }
    return id;
}

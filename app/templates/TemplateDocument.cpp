// TemplateDocument: reading, writing and editing the block tree of docs/TEMPLATE_FORMAT.md.
#include "TemplateDocument.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace {
const QString FormatName = QStringLiteral("tayori-template");

struct TypeName
{
    TemplateBlock::Type type;
    const char* key;
};
constexpr TypeName TypeNames[] = {
    {TemplateBlock::Type::Heading, "heading"},
    {TemplateBlock::Type::Text, "text"},
    {TemplateBlock::Type::Image, "image"},
    {TemplateBlock::Type::Button, "button"},
    {TemplateBlock::Type::Columns, "columns"},
    {TemplateBlock::Type::Divider, "divider"},
    {TemplateBlock::Type::Spacer, "spacer"},
    {TemplateBlock::Type::Social, "social"},
    {TemplateBlock::Type::Footer, "footer"},
    {TemplateBlock::Type::Html, "html"},
};

bool isColour(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return pattern.match(value).hasMatch();
}

// Reads one block and its columns; `where` names it in errors ("block 3", "block b7").
Result<TemplateBlock> blockFromJson(const QJsonValue& value, const QString& where, bool insideColumns)
{
    if (!value.isObject())
        return Result<TemplateBlock>::failure(
            TemplateDocument::tr("The template is damaged: %1 is not an object.").arg(where));
    QJsonObject object = value.toObject();
    TemplateBlock block;
    block.id = object.take(QStringLiteral("id")).toString();
    const QString label = block.id.isEmpty() ? where : TemplateDocument::tr("block “%1”").arg(block.id);
    if (block.id.isEmpty())
        return Result<TemplateBlock>::failure(
            TemplateDocument::tr("The template is damaged: %1 has no id.").arg(where));
    const QString typeKey = object.take(QStringLiteral("type")).toString();
    const auto type = TemplateBlock::typeFromKey(typeKey);
    if (!type)
        return Result<TemplateBlock>::failure(
            TemplateDocument::tr(
                "%1 has the unknown type “%2”; it may come from a newer Tayori: update Tayori to open it.")
                .arg(label, typeKey));
    block.type = *type;
    const QJsonValue columns = object.take(QStringLiteral("columns"));
    if (block.type == TemplateBlock::Type::Columns) {
        if (insideColumns)
            return Result<TemplateBlock>::failure(
                TemplateDocument::tr("The template is damaged: %1 puts columns inside columns.").arg(label));
        const QJsonArray array = columns.toArray();
        if (array.size() < 2 || array.size() > 3)
            return Result<TemplateBlock>::failure(
                TemplateDocument::tr("The template is damaged: %1 must have 2 or 3 columns.").arg(label));
        for (int c = 0; c < array.size(); ++c) {
            if (!array.at(c).isArray())
                return Result<TemplateBlock>::failure(
                    TemplateDocument::tr("The template is damaged: column %1 of %2 is not a list of blocks.")
                        .arg(c + 1)
                        .arg(label));
            QList<TemplateBlock> column;
            const QJsonArray children = array.at(c).toArray();
            for (int i = 0; i < children.size(); ++i) {
                auto child = blockFromJson(
                    children.at(i),
                    TemplateDocument::tr("block %1 of column %2 of %3").arg(i + 1).arg(c + 1).arg(label),
                    true);
                if (!child)
                    return child;
                column.append(std::move(child).value());
            }
            block.columns.append(column);
        }
    }
    block.props = object;
    return block;
}

QJsonObject blockToJson(const TemplateBlock& block)
{
    QJsonObject object = block.props;
    object.insert(QStringLiteral("id"), block.id);
    object.insert(QStringLiteral("type"), TemplateBlock::typeKey(block.type));
    if (block.type == TemplateBlock::Type::Columns) {
        QJsonArray columns;
        for (const auto& column : block.columns) {
            QJsonArray children;
            for (const auto& child : column)
                children.append(blockToJson(child));
            columns.append(children);
        }
        object.insert(QStringLiteral("columns"), columns);
    }
    return object;
}

void collectIds(const QList<TemplateBlock>& blocks, QStringList& ids)
{
    for (const auto& block : blocks) {
        ids.append(block.id);
        for (const auto& column : block.columns)
            collectIds(column, ids);
    }
}

TemplateBlock* findIn(QList<TemplateBlock>& blocks, const QString& id)
{
    for (auto& block : blocks) {
        if (block.id == id)
            return &block;
        for (auto& column : block.columns) {
            if (auto* found = findIn(column, id))
                return found;
        }
    }
    return nullptr;
}

std::optional<BlockPlace> placeIn(const QList<TemplateBlock>& blocks, const QString& id, const BlockPlace& here)
{
    for (int i = 0; i < blocks.size(); ++i) {
        if (blocks.at(i).id == id) {
            BlockPlace place = here;
            place.index = i;
            return place;
        }
        for (int c = 0; c < blocks.at(i).columns.size(); ++c) {
            if (auto place = placeIn(blocks.at(i).columns.at(c), id, BlockPlace {blocks.at(i).id, c, 0}))
                return place;
        }
    }
    return std::nullopt;
}
} // namespace

QString TemplateBlock::text(const QString& key, const QString& fallback) const
{
    const QJsonValue value = props.value(key);
    return value.isString() ? value.toString() : fallback;
}

int TemplateBlock::integer(const QString& key, int fallback) const
{
    const QJsonValue value = props.value(key);
    return value.isDouble() ? value.toInt(fallback) : fallback;
}

bool TemplateBlock::flag(const QString& key, bool fallback) const
{
    const QJsonValue value = props.value(key);
    return value.isBool() ? value.toBool() : fallback;
}

QString TemplateBlock::typeKey(Type type)
{
    for (const auto& name : TypeNames) {
        if (name.type == type)
            return QLatin1String(name.key);
    }
    return {};
}

std::optional<TemplateBlock::Type> TemplateBlock::typeFromKey(const QString& key)
{
    for (const auto& name : TypeNames) {
        if (key == QLatin1String(name.key))
            return name.type;
    }
    return std::nullopt;
}

QList<TemplateBlock::Type> TemplateBlock::allTypes()
{
    QList<Type> types;
    for (const auto& name : TypeNames)
        types.append(name.type);
    return types;
}

QString TemplateDocument::defaultFontFamily()
{
    // Japanese fonts first: a Western font's fallback would pick whatever the client has for kanji.
    return QStringLiteral("'Hiragino Kaku Gothic ProN','Hiragino Sans','Yu Gothic',YuGothic,Meiryo,"
                          "'Helvetica Neue',Arial,sans-serif");
}

Result<TemplateDocument> TemplateDocument::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (parsed.isNull())
        return Result<TemplateDocument>::failure(
            tr("This is not a template file: the JSON is invalid at character %1 (%2).")
                .arg(error.offset)
                .arg(error.errorString()));
    if (!parsed.isObject())
        return Result<TemplateDocument>::failure(tr("This is not a template file: it holds no JSON object."));
    return fromJsonObject(parsed.object());
}

Result<TemplateDocument> TemplateDocument::fromJsonObject(const QJsonObject& object)
{
    using R = Result<TemplateDocument>;
    if (object.value(QStringLiteral("format")).toString() != FormatName)
        return R::failure(tr("This is not a Tayori template file (its \"format\" is not \"%1\").").arg(FormatName));
    const QJsonValue versionValue = object.value(QStringLiteral("version"));
    const int version = versionValue.toInt(0);
    if (!versionValue.isDouble() || version < 1)
        return R::failure(tr("The template is damaged: it has no valid version number."));
    if (version > CurrentVersion)
        return R::failure(tr("This template was made by a newer Tayori (format version %1; this one reads up to %2). "
                             "Update Tayori to open it.")
                              .arg(version)
                              .arg(CurrentVersion));

    TemplateDocument document;
    const QString kind = object.value(QStringLiteral("kind")).toString(QStringLiteral("blocks"));
    if (kind == QLatin1String("blocks"))
        document.kind = Kind::Blocks;
    else if (kind == QLatin1String("html"))
        document.kind = Kind::Html;
    else
        return R::failure(tr("The template has the unknown kind “%1”; it may come from a newer Tayori.").arg(kind));
    document.name = object.value(QStringLiteral("name")).toString().trimmed();
    const QString language = object.value(QStringLiteral("language")).toString(QStringLiteral("ja"));
    document.language = language == QLatin1String("en") ? language : QStringLiteral("ja");
    document.html = object.value(QStringLiteral("html")).toString();

    const QJsonObject settings = object.value(QStringLiteral("settings")).toObject();
    Settings& s = document.settings;
    s.contentWidth = std::clamp(
        settings.value(QStringLiteral("contentWidth")).toInt(s.contentWidth), MinContentWidth, MaxContentWidth);
    // A colour that is not #rrggbb keeps its default: it goes into style attributes.
    const auto colour = [&settings](const char* key, QString& target) {
        const QString value = settings.value(QLatin1String(key)).toString();
        if (isColour(value))
            target = value.toLower();
    };
    colour("backgroundColor", s.backgroundColor);
    colour("contentBackgroundColor", s.contentBackgroundColor);
    colour("textColor", s.textColor);
    colour("linkColor", s.linkColor);
    colour("accentColor", s.accentColor);
    const QString font = settings.value(QStringLiteral("fontFamily")).toString().trimmed();
    if (!font.isEmpty())
        s.fontFamily = font;
    s.fontSize = std::clamp(settings.value(QStringLiteral("fontSize")).toInt(s.fontSize), 10, 32);
    s.preheader = settings.value(QStringLiteral("preheader")).toString();
    s.darkMode = settings.value(QStringLiteral("darkMode")).toBool(s.darkMode);
    s.hostedImages = settings.value(QStringLiteral("imageDelivery")).toString() == QLatin1String("hosted");

    const QJsonValue blocksValue = object.value(QStringLiteral("blocks"));
    if (!blocksValue.isUndefined() && !blocksValue.isArray())
        return R::failure(tr("The template is damaged: \"blocks\" is not a list."));
    const QJsonArray blocks = blocksValue.toArray();
    for (int i = 0; i < blocks.size(); ++i) {
        auto block = blockFromJson(blocks.at(i), tr("block %1").arg(i + 1), false);
        if (!block)
            return R::failure(block.error());
        document.blocks.append(std::move(block).value());
    }
    QSet<QString> seen;
    for (const QString& id : document.blockIds()) {
        if (seen.contains(id))
            return R::failure(tr("The template is damaged: the block id “%1” is used twice.").arg(id));
        seen.insert(id);
    }
    return document;
}

QJsonObject TemplateDocument::toJsonObject() const
{
    QJsonObject settingsObject {
        {QStringLiteral("contentWidth"), settings.contentWidth},
        {QStringLiteral("backgroundColor"), settings.backgroundColor},
        {QStringLiteral("contentBackgroundColor"), settings.contentBackgroundColor},
        {QStringLiteral("textColor"), settings.textColor},
        {QStringLiteral("linkColor"), settings.linkColor},
        {QStringLiteral("accentColor"), settings.accentColor},
        {QStringLiteral("fontFamily"), settings.fontFamily},
        {QStringLiteral("fontSize"), settings.fontSize},
        {QStringLiteral("preheader"), settings.preheader},
        {QStringLiteral("darkMode"), settings.darkMode},
        {QStringLiteral("imageDelivery"), settings.hostedImages ? QStringLiteral("hosted") : QStringLiteral("inline")},
    };
    QJsonArray blockArray;
    for (const auto& block : blocks)
        blockArray.append(blockToJson(block));
    QJsonObject object {
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("version"), CurrentVersion},
        {QStringLiteral("kind"), kind == Kind::Html ? QStringLiteral("html") : QStringLiteral("blocks")},
        {QStringLiteral("name"), name},
        {QStringLiteral("language"), language},
        {QStringLiteral("settings"), settingsObject},
        {QStringLiteral("blocks"), blockArray},
    };
    if (kind == Kind::Html)
        object.insert(QStringLiteral("html"), html);
    return object;
}

QByteArray TemplateDocument::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

TemplateBlock TemplateDocument::newBlock(TemplateBlock::Type type) const
{
    TemplateBlock block;
    block.type = type;
    block.id = freshId();
    const bool ja = language != QLatin1String("en");
    QJsonObject& p = block.props;
    switch (type) {
    case TemplateBlock::Type::Heading:
        p.insert(QStringLiteral("text"), ja ? QStringLiteral("見出し") : QStringLiteral("Heading"));
        p.insert(QStringLiteral("level"), 2);
        break;
    case TemplateBlock::Type::Text:
        p.insert(QStringLiteral("html"),
                 ja ? QStringLiteral("<p>ここに本文を入力します。</p>")
                    : QStringLiteral("<p>Write your text here.</p>"));
        break;
    case TemplateBlock::Type::Image:
        p.insert(QStringLiteral("src"), QString());
        p.insert(QStringLiteral("alt"), QString());
        break;
    case TemplateBlock::Type::Button:
        p.insert(QStringLiteral("label"), ja ? QStringLiteral("詳しく見る") : QStringLiteral("Learn more"));
        p.insert(QStringLiteral("url"), QStringLiteral("https://"));
        break;
    case TemplateBlock::Type::Columns: {
        // Two columns of text; the designer offers three by adding a column before inserting.
        for (int c = 0; c < 2; ++c) {
            TemplateBlock child = newBlock(TemplateBlock::Type::Text);
            child.id = QStringLiteral("%1-%2").arg(block.id).arg(c + 1);
            block.columns.append({child});
        }
        break;
    }
    case TemplateBlock::Type::Divider:
    case TemplateBlock::Type::Spacer:
        break;
    case TemplateBlock::Type::Social:
        p.insert(QStringLiteral("links"),
                 QJsonArray {QJsonObject {{QStringLiteral("network"), QStringLiteral("website")},
                                          {QStringLiteral("url"), QStringLiteral("https://")}}});
        break;
    case TemplateBlock::Type::Footer:
        p.insert(QStringLiteral("senderName"), QString());
        p.insert(QStringLiteral("address"), QString());
        p.insert(QStringLiteral("contact"), QString());
        break;
    case TemplateBlock::Type::Html:
        p.insert(QStringLiteral("html"), QStringLiteral("<p></p>"));
        break;
    }
    return block;
}

const TemplateBlock* TemplateDocument::block(const QString& id) const
{
    return const_cast<TemplateDocument*>(this)->mutableBlock(id);
}

TemplateBlock* TemplateDocument::mutableBlock(const QString& id)
{
    return id.isEmpty() ? nullptr : findIn(blocks, id);
}

std::optional<BlockPlace> TemplateDocument::placeOf(const QString& id) const
{
    return placeIn(blocks, id, BlockPlace {});
}

QList<TemplateBlock>* TemplateDocument::container(const BlockPlace& place)
{
    if (place.columnsId.isEmpty())
        return &blocks;
    TemplateBlock* parent = mutableBlock(place.columnsId);
    if (!parent || parent->type != TemplateBlock::Type::Columns || place.column < 0
        || place.column >= parent->columns.size())
        return nullptr;
    return &parent->columns[place.column];
}

bool TemplateDocument::insertBlock(const BlockPlace& place, const TemplateBlock& newBlock)
{
    QList<TemplateBlock>* target = container(place);
    if (!target || place.index < 0 || place.index > target->size() || newBlock.id.isEmpty())
        return false;
    if (!place.columnsId.isEmpty() && newBlock.type == TemplateBlock::Type::Columns)
        return false;
    QStringList incoming;
    collectIds({newBlock}, incoming);
    const QStringList existing = blockIds();
    for (const QString& id : incoming) {
        if (existing.contains(id))
            return false;
    }
    target->insert(place.index, newBlock);
    return true;
}

std::optional<TemplateBlock> TemplateDocument::takeBlock(const QString& id)
{
    const auto place = placeOf(id);
    if (!place)
        return std::nullopt;
    return container(*place)->takeAt(place->index);
}

bool TemplateDocument::moveBlock(const QString& id, const BlockPlace& to)
{
    const auto from = placeOf(id);
    if (!from || to.columnsId == id)
        return false;
    TemplateDocument trial = *this;
    auto taken = trial.takeBlock(id);
    if (!taken || !trial.insertBlock(to, *taken))
        return false;
    *this = std::move(trial);
    return true;
}

std::optional<QString> TemplateDocument::duplicateBlock(const QString& id)
{
    const auto place = placeOf(id);
    if (!place)
        return std::nullopt;
    TemplateBlock copy = *block(id);
    // Fresh ids for the copy and all its children, unique against the document and each other.
    TemplateDocument scratch = *this;
    const auto renew = [&scratch](TemplateBlock& b, auto& self) -> void {
        b.id = scratch.freshId();
        scratch.blocks.append(TemplateBlock {b.id, TemplateBlock::Type::Spacer, {}, {}});
        for (auto& column : b.columns) {
            for (auto& child : column)
                self(child, self);
        }
    };
    renew(copy, renew);
    BlockPlace after = *place;
    after.index += 1;
    if (!insertBlock(after, copy))
        return std::nullopt;
    return copy.id;
}

bool TemplateDocument::setBlockProperty(const QString& id, const QString& key, const QJsonValue& value)
{
    TemplateBlock* target = mutableBlock(id);
    if (!target || key == QLatin1String("id") || key == QLatin1String("type") || key == QLatin1String("columns"))
        return false;
    if (value.isUndefined())
        target->props.remove(key);
    else
        target->props.insert(key, value);
    return true;
}

QStringList TemplateDocument::blockIds() const
{
    QStringList ids;
    collectIds(blocks, ids);
    return ids;
}

QString TemplateDocument::freshId() const
{
    // Short and readable in the JSON; the smallest unused "bN".
    const QStringList ids = blockIds();
    const QSet<QString> used(ids.cbegin(), ids.cend());
    for (int n = ids.size() + 1;; ++n) {
        const QString id = QStringLiteral("b%1").arg(n);
        if (!used.contains(id))
            return id;
    }
}

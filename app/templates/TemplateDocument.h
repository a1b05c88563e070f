// TemplateDocument: a mail template as data — settings and an ordered tree of blocks (docs/TEMPLATE_FORMAT.md) —
// with the editing operations the designer's undo commands are made of, so they are tested without a GUI.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "common/Result.h"

struct TemplateBlock
{
    enum class Type { Heading, Text, Image, Button, Columns, Divider, Spacer, Social, Footer, Html };

    QString id; // unique in the document, columns included
    Type type = Type::Text;
    QJsonObject props;                   // every key but id/type/columns, as in the file
    QList<QList<TemplateBlock>> columns; // Columns only: 2 or 3 columns of non-columns blocks

    QString text(const QString& key, const QString& fallback = {}) const;
    int integer(const QString& key, int fallback) const;
    bool flag(const QString& key, bool fallback) const;

    static QString typeKey(Type type); // "heading", "text" …
    static std::optional<Type> typeFromKey(const QString& key);
    static QList<Type> allTypes();
};

// Where a block sits: top level (columnsId empty) or in column `column` of the columns block `columnsId`.
struct BlockPlace
{
    QString columnsId;
    int column = 0;
    int index = 0;
    bool operator==(const BlockPlace&) const = default;
};

class TemplateDocument
{
    Q_DECLARE_TR_FUNCTIONS(TemplateDocument)

public:
    static constexpr int CurrentVersion = 1;
    static constexpr int MinContentWidth = 480;
    static constexpr int MaxContentWidth = 800;

    enum class Kind { Blocks, Html };

    struct Settings
    {
        int contentWidth = 600;
        QString backgroundColor = QStringLiteral("#f3f4f6");
        QString contentBackgroundColor = QStringLiteral("#ffffff");
        QString textColor = QStringLiteral("#1f2937");
        QString linkColor = QStringLiteral("#1d4ed8");
        QString accentColor = QStringLiteral("#1d4ed8");
        QString fontFamily = defaultFontFamily();
        int fontSize = 16;
        QString preheader;
        bool darkMode = true;
        bool hostedImages = false; // "imageDelivery": "hosted"; false: inline (cid:)
    };

    static QString defaultFontFamily();

    // The whole file. Errors say what is wrong and where (the block id or index): not JSON, not a template,
    // a newer version, an unknown block type, columns nested in columns, a duplicate id. The "assets" key is
    // ignored here (TemplateStore reads it).
    static Result<TemplateDocument> fromJson(const QByteArray& json);
    static Result<TemplateDocument> fromJsonObject(const QJsonObject& object);
    QJsonObject toJsonObject() const;
    QByteArray toJson() const; // indented, stable key order: diffs and exports stay readable

    // A new block of `type` with its default properties and a fresh id.
    TemplateBlock newBlock(TemplateBlock::Type type) const;

    Kind kind = Kind::Blocks;
    QString name;
    QString language = QStringLiteral("ja"); // "ja" or "en"
    Settings settings;
    QList<TemplateBlock> blocks;
    QString html; // Kind::Html only

    // Editing. Each returns false (and changes nothing) when the id or place does not exist or the change would
    // break the tree (a columns block into a column).
    const TemplateBlock* block(const QString& id) const;
    std::optional<BlockPlace> placeOf(const QString& id) const;
    bool insertBlock(const BlockPlace& place, const TemplateBlock& block);
    std::optional<TemplateBlock> takeBlock(const QString& id);
    bool moveBlock(const QString& id, const BlockPlace& to); // `to` as if the block were already removed
    // A deep copy under fresh ids, inserted after the original; returns the copy's id.
    std::optional<QString> duplicateBlock(const QString& id);
    // Sets or (with an undefined value) removes one property.
    bool setBlockProperty(const QString& id, const QString& key, const QJsonValue& value);
    QStringList blockIds() const; // document order, columns' children after their parent

    // Ids must stay unique: new ones come from here.
    QString freshId() const;

private:
    QList<TemplateBlock>* container(const BlockPlace& place);
    TemplateBlock* mutableBlock(const QString& id);
};

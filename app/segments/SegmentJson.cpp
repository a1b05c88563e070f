// The stored form of a segment: the condition tree as JSON, read back with errors that say where the document is wrong.
#include "SegmentJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {
using Kind = SegmentNode::Kind;
using Op = SegmentNode::Op;

const QList<std::pair<Kind, QString>>& kindNames()
{
    static const QList<std::pair<Kind, QString>> names = {
        {Kind::And, QStringLiteral("and")},
        {Kind::Or, QStringLiteral("or")},
        {Kind::Not, QStringLiteral("not")},
        {Kind::Tag, QStringLiteral("tag")},
        {Kind::List, QStringLiteral("list")},
        {Kind::Status, QStringLiteral("status")},
        {Kind::Compare, QStringLiteral("compare")},
    };
    return names;
}

const QList<Op>& allOps()
{
    static const QList<Op> ops = {Op::Equal,
                                  Op::NotEqual,
                                  Op::Less,
                                  Op::LessOrEqual,
                                  Op::Greater,
                                  Op::GreaterOrEqual,
                                  Op::Contains,
                                  Op::StartsWith};
    return ops;
}

// A field name must read back from the text form as one word that is not a keyword.
bool isFieldName(const QString& field)
{
    for (const QChar c : field) {
        if (c.isSpace() || QStringLiteral("()\":!=<>~^").contains(c)) {
            return false;
        }
    }
    const QString upper = field.toUpper();
    return !field.isEmpty() && upper != QLatin1String("AND") && upper != QLatin1String("OR")
           && upper != QLatin1String("NOT");
}
} // namespace

QJsonObject SegmentJson::nodeToJson(const SegmentNode& node)
{
    QJsonObject object;
    for (const auto& [kind, name] : kindNames()) {
        if (kind == node.kind) {
            object.insert(QStringLiteral("type"), name);
        }
    }
    switch (node.kind) {
    case Kind::And:
    case Kind::Or: {
        QJsonArray children;
        for (const auto& child : node.children) {
            children.append(nodeToJson(*child));
        }
        object.insert(QStringLiteral("children"), children);
        break;
    }
    case Kind::Not:
        object.insert(QStringLiteral("child"), nodeToJson(*node.children.front()));
        break;
    case Kind::Tag:
    case Kind::List:
    case Kind::Status:
        object.insert(QStringLiteral("name"), node.value);
        break;
    case Kind::Compare:
        object.insert(QStringLiteral("field"), node.field);
        object.insert(QStringLiteral("op"), SegmentNode::opText(node.op));
        object.insert(QStringLiteral("value"), node.value);
        break;
    }
    return object;
}

QJsonObject SegmentJson::toJson(const SegmentNode& root)
{
    return QJsonObject {{QStringLiteral("version"), version}, {QStringLiteral("root"), nodeToJson(root)}};
}

QByteArray SegmentJson::toBytes(const SegmentNode& root)
{
    return QJsonDocument(toJson(root)).toJson(QJsonDocument::Compact);
}

Result<std::unique_ptr<SegmentNode>> SegmentJson::nodeFromJson(const QJsonObject& object, const QString& where)
{
    using R = Result<std::unique_ptr<SegmentNode>>;
    const auto text = [&](const QString& key) -> std::optional<QString> {
        const QJsonValue value = object.value(key);
        return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
    };
    auto node = std::make_unique<SegmentNode>();
    const QString type = object.value(QStringLiteral("type")).toString();
    bool known = false;
    for (const auto& [kind, name] : kindNames()) {
        if (name == type) {
            node->kind = kind;
            known = true;
        }
    }
    if (!known) {
        return R::failure(tr("Segment JSON, %1.type: expected one of and, or, not, tag, list, status, compare; found "
                             "'%2'.")
                              .arg(where, type));
    }
    switch (node->kind) {
    case Kind::And:
    case Kind::Or: {
        const QJsonValue children = object.value(QStringLiteral("children"));
        if (!children.isArray() || children.toArray().isEmpty()) {
            return R::failure(tr("Segment JSON, %1.children: expected a list of one or more conditions.").arg(where));
        }
        const QJsonArray array = children.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString childWhere = where + QStringLiteral(".children[%1]").arg(i);
            if (!array.at(i).isObject()) {
                return R::failure(tr("Segment JSON, %1: expected a condition (an object).").arg(childWhere));
            }
            R child = nodeFromJson(array.at(i).toObject(), childWhere);
            if (!child) {
                return child;
            }
            node->children.push_back(std::move(child.value()));
        }
        // A group of one is that condition: the text form has no way to write it, so the tree never holds one.
        if (node->children.size() == 1) {
            return std::move(node->children.front());
        }
        return node;
    }
    case Kind::Not: {
        const QJsonValue child = object.value(QStringLiteral("child"));
        if (!child.isObject()) {
            return R::failure(tr("Segment JSON, %1.child: expected the condition NOT applies to.").arg(where));
        }
        R inner = nodeFromJson(child.toObject(), where + QStringLiteral(".child"));
        if (!inner) {
            return inner;
        }
        node->children.push_back(std::move(inner.value()));
        return node;
    }
    case Kind::Tag:
    case Kind::List:
    case Kind::Status: {
        const std::optional<QString> name = text(QStringLiteral("name"));
        if (!name) {
            return R::failure(tr("Segment JSON, %1.name: expected the %2's name as text.").arg(where, type));
        }
        node->value = *name;
        return node;
    }
    case Kind::Compare: {
        const std::optional<QString> field = text(QStringLiteral("field"));
        if (!field || !isFieldName(*field)) {
            return R::failure(tr("Segment JSON, %1.field: expected a field name (one word, not AND/OR/NOT), found "
                                 "'%2'.")
                                  .arg(where, field.value_or(QString())));
        }
        const std::optional<QString> op = text(QStringLiteral("op"));
        bool opKnown = false;
        for (const Op candidate : allOps()) {
            if (op && SegmentNode::opText(candidate) == *op) {
                node->op = candidate;
                opKnown = true;
            }
        }
        if (!opKnown) {
            return R::failure(tr("Segment JSON, %1.op: expected one of = != < <= > >= ~ ^, found '%2'.")
                                  .arg(where, op.value_or(QString())));
        }
        const std::optional<QString> value = text(QStringLiteral("value"));
        if (!value) {
            return R::failure(tr("Segment JSON, %1.value: expected the value as text.").arg(where));
        }
        node->field = *field;
        node->value = *value;
        return node;
    }
    }
    return R::failure(QString());
}

Result<std::shared_ptr<const SegmentNode>> SegmentJson::fromJson(const QJsonObject& document)
{
    using R = Result<std::shared_ptr<const SegmentNode>>;
    const QJsonValue documentVersion = document.value(QStringLiteral("version"));
    if (documentVersion.toInt(-1) != version) {
        return R::failure(
            tr("Segment JSON: version %1 is not one this Tayori reads (it reads version %2); update "
               "Tayori or rebuild the segment.")
                .arg(documentVersion.isUndefined() ? tr("(missing)") : documentVersion.toVariant().toString())
                .arg(version));
    }
    const QJsonValue root = document.value(QStringLiteral("root"));
    if (!root.isObject()) {
        return R::failure(tr("Segment JSON, root: expected the top condition (an object)."));
    }
    Result<std::unique_ptr<SegmentNode>> node = nodeFromJson(root.toObject(), QStringLiteral("root"));
    if (!node) {
        return R::failure(node.error());
    }
    return std::shared_ptr<const SegmentNode>(std::move(node.value()));
}

Result<std::shared_ptr<const SegmentNode>> SegmentJson::fromBytes(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Result<std::shared_ptr<const SegmentNode>>::failure(
            tr("Segment JSON: not a JSON object (%1 at byte %2).")
                .arg(error.error != QJsonParseError::NoError ? error.errorString() : tr("another JSON value"))
                .arg(error.offset));
    }
    return fromJson(document.object());
}

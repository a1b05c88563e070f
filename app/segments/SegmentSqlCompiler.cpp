// Compiles a segment tree to a parameterised SQL condition over `contacts c`: every value is bound, none pasted.
#include "SegmentSqlCompiler.h"

#include <algorithm>

#include <QDate>

#include "contacts/ContactStatus.h"
#include "storage/Timestamp.h"

namespace {
using Op = SegmentNode::Op;

QString escapeLike(const QString& value)
{
    QString escaped = value;
    return escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
}

// `expression OP ?` for text, case-insensitive like the rest of the contacts search.
QString textCondition(const QString& expression, Op op, const QString& value, QVariantList& values)
{
    switch (op) {
    case Op::Contains:
        values << QString(QLatin1Char('%') + escapeLike(value) + QLatin1Char('%'));
        return expression + QStringLiteral(" LIKE ? ESCAPE '\\'");
    case Op::StartsWith:
        values << QString(escapeLike(value) + QLatin1Char('%'));
        return expression + QStringLiteral(" LIKE ? ESCAPE '\\'");
    default:
        values << value;
        return expression + QLatin1Char(' ') + SegmentNode::opText(op) + QStringLiteral(" ? COLLATE NOCASE");
    }
}

const QList<std::pair<QString, QString>>& standardColumns()
{
    static const QList<std::pair<QString, QString>> columns = {
        {QStringLiteral("email"), QStringLiteral("COALESCE(c.email_key, c.email)")}, // contacts/EmailKey.h
        {QStringLiteral("first_name"), QStringLiteral("c.given_name")},
        {QStringLiteral("last_name"), QStringLiteral("c.family_name")},
        {QStringLiteral("furigana"), QStringLiteral("c.furigana")},
        {QStringLiteral("company"), QStringLiteral("c.company")},
        {QStringLiteral("phone"), QStringLiteral("c.phone")},
        {QStringLiteral("created"), QStringLiteral("c.created_at")},
        {QStringLiteral("updated"), QStringLiteral("c.updated_at")},
    };
    return columns;
}

class Compiler
{
    Q_DECLARE_TR_FUNCTIONS(SegmentSqlCompiler)

public:
    Compiler(const QStringList& keys, const QTimeZone& zone)
        : m_keys(keys)
        , m_zone(zone)
    {
    }

    Result<QString> compile(const SegmentNode& node, QVariantList& values)
    {
        using R = Result<QString>;
        switch (node.kind) {
        case SegmentNode::Kind::And:
            return group(node, QStringLiteral(" AND "), values);
        case SegmentNode::Kind::Or:
            return anyOf(node, values);
        case SegmentNode::Kind::Not: {
            const R inner = compile(*node.children.front(), values);
            return inner ? R(QStringLiteral("NOT (") + *inner + QLatin1Char(')')) : inner;
        }
        case SegmentNode::Kind::Tag:
        case SegmentNode::Kind::List: {
            const R ids = idSet(node, values);
            return ids ? R(QStringLiteral("c.id IN (") + *ids + QLatin1Char(')')) : ids;
        }
        case SegmentNode::Kind::Status: {
            const std::optional<ContactStatus> status = ContactStatusText::parse(node.value);
            if (!status) {
                return R::failure(tr("Unknown status '%1' in the segment: use one of %2.")
                                      .arg(node.value, ContactStatusText::keys().join(QStringLiteral(", "))));
            }
            values << ContactStatusText::key(*status);
            return R(QStringLiteral("c.status = ?"));
        }
        case SegmentNode::Kind::Compare:
            return compare(node, values);
        }
        return R::failure(QString());
    }

private:
    Result<QString> compare(const SegmentNode& node, QVariantList& values)
    {
        using R = Result<QString>;
        const QString field = node.field.toLower();
        for (const auto& [name, column] : standardColumns()) {
            if (field != name) {
                continue;
            }
            if (name == QLatin1String("created") || name == QLatin1String("updated")) {
                return dateCondition(column, node, values);
            }
            return R(textCondition(
                column, node.op, name == QLatin1String("email") ? node.value.toLower() : node.value, values));
        }
        // "plan != gold" also matches contacts that have no plan at all.
        if (node.op == Op::NotEqual) {
            SegmentNode equal;
            equal.kind = SegmentNode::Kind::Compare;
            equal.field = node.field;
            equal.value = node.value;
            const R ids = idSet(equal, values);
            return ids ? R(QStringLiteral("NOT c.id IN (") + *ids + QLatin1Char(')')) : ids;
        }
        const R ids = idSet(node, values);
        return ids ? R(QStringLiteral("c.id IN (") + *ids + QLatin1Char(')')) : ids;
    }

public:
    // Terms that are a set of contact ids read from an index — a tag, a list, a custom field's value other than
    // "!=" — compile to one uncorrelated subquery (SQLite runs it once) rather than a lookup per contact.
    bool isIdSet(const SegmentNode& node) const
    {
        if (node.kind == SegmentNode::Kind::Tag || node.kind == SegmentNode::Kind::List) {
            return true;
        }
        if (node.kind != SegmentNode::Kind::Compare || node.op == Op::NotEqual) {
            return false;
        }
        const QString field = node.field.toLower();
        for (const auto& [name, column] : standardColumns()) {
            if (field == name) {
                return false;
            }
        }
        return true;
    }

    // A term SQLite can start from: an id set, or an OR of id sets only (one IN over their UNION ALL).
    bool canDrive(const SegmentNode& node) const
    {
        if (node.kind == SegmentNode::Kind::Or) {
            return std::all_of(
                node.children.begin(), node.children.end(), [this](const auto& child) { return isIdSet(*child); });
        }
        return isIdSet(node);
    }

    // Whether testing the term for one contact reads another table (rather than the contact's own row).
    bool readsOtherTables(const SegmentNode& node) const
    {
        if (node.kind == SegmentNode::Kind::Status) {
            return false;
        }
        if (node.kind == SegmentNode::Kind::Compare) {
            return isIdSet(node)
                   || (node.op == Op::NotEqual && !SegmentSqlCompiler::standardFields().contains(node.field.toLower()));
        }
        return node.kind == SegmentNode::Kind::Tag || node.kind == SegmentNode::Kind::List
               || std::any_of(node.children.begin(), node.children.end(), [this](const auto& child) {
                      return readsOtherTables(*child);
                  });
    }

    // The SELECT of contact ids an id-set term stands for.
    Result<QString> idSet(const SegmentNode& node, QVariantList& values)
    {
        using R = Result<QString>;
        if (node.kind == SegmentNode::Kind::Tag) {
            values << node.value;
            return R(QStringLiteral("SELECT ct.contact_id FROM contact_tags ct WHERE ct.tag_id = (SELECT t.id FROM "
                                    "tags t WHERE t.name = ?)"));
        }
        if (node.kind == SegmentNode::Kind::List) {
            values << node.value;
            return R(QStringLiteral("SELECT m.contact_id FROM list_members m WHERE m.list_id = (SELECT l.id FROM "
                                    "lists l WHERE l.name = ?)"));
        }
        QString key;
        for (const QString& candidate : m_keys) {
            if (candidate == node.field || (key.isEmpty() && candidate.compare(node.field, Qt::CaseInsensitive) == 0)) {
                key = candidate;
            }
        }
        if (key.isEmpty()) {
            return R::failure(tr("Unknown field '%1' in the segment: use %2, or a custom field (%3).")
                                  .arg(node.field,
                                       SegmentSqlCompiler::standardFields().join(QStringLiteral(", ")),
                                       m_keys.isEmpty() ? tr("none yet") : m_keys.join(QStringLiteral(", "))));
        }
        values << key;
        bool numeric = false;
        node.value.toDouble(&numeric);
        QString test;
        if (numeric && node.op != Op::Equal && node.op != Op::Contains && node.op != Op::StartsWith) {
            values << node.value.toDouble();
            test = QStringLiteral("CAST(v.value AS REAL) ") + SegmentNode::opText(node.op) + QStringLiteral(" ?");
        } else {
            // Case-insensitive, like the index on (field_id, value COLLATE NOCASE) (schema 11) that serves it.
            test = textCondition(QStringLiteral("v.value"), node.op, node.value, values);
        }
        return R(QStringLiteral("SELECT v.contact_id FROM contact_values v WHERE v.field_id = (SELECT f.id FROM "
                                "custom_fields f WHERE f.key = ?) AND ")
                 + test);
    }

    // "a AND b", "a OR b": each part in parentheses.
    Result<QString> group(const SegmentNode& node, const QString& separator, QVariantList& values)
    {
        QStringList parts;
        for (const auto& child : node.children) {
            const Result<QString> part = compile(*child, values);
            if (!part) {
                return part;
            }
            parts << QLatin1Char('(') + *part + QLatin1Char(')');
        }
        return parts.join(separator);
    }

    // An OR's id-set terms become one IN over their UNION ALL: one temporary set instead of one per term and a
    // second pass to drop the contacts found twice.
    Result<QString> anyOf(const SegmentNode& node, QVariantList& values)
    {
        using R = Result<QString>;
        QStringList sets;
        QVariantList setValues;
        QStringList others;
        QVariantList otherValues;
        for (const auto& child : node.children) {
            const R part = isIdSet(*child) ? idSet(*child, setValues) : compile(*child, otherValues);
            if (!part) {
                return part;
            }
            (isIdSet(*child) ? sets : others) << *part;
        }
        if (sets.size() < 2) {
            return group(node, QStringLiteral(" OR "), values);
        }
        values << setValues << otherValues;
        QStringList parts {QStringLiteral("(c.id IN (") + sets.join(QStringLiteral(" UNION ALL "))
                           + QStringLiteral("))")};
        for (const QString& other : others) {
            parts << QLatin1Char('(') + other + QLatin1Char(')');
        }
        return parts.join(QStringLiteral(" OR "));
    }

private:
    // A date is a whole local day: created = 2026-04-01 is [that midnight, the next) in UTC.
    Result<QString> dateCondition(const QString& column, const SegmentNode& node, QVariantList& values)
    {
        using R = Result<QString>;
        const QDate date = QDate::fromString(node.value, Qt::ISODate);
        if (!date.isValid() || node.op == Op::Contains || node.op == Op::StartsWith) {
            return R::failure(tr("'%1' compares with a date written YYYY-MM-DD and one of = != < <= > >=, not '%2 %3'.")
                                  .arg(node.field, SegmentNode::opText(node.op), node.value));
        }
        const QVariant start = Timestamp::toSeconds(date.startOfDay(m_zone));
        const QVariant next = Timestamp::toSeconds(date.addDays(1).startOfDay(m_zone));
        switch (node.op) {
        case Op::Equal:
            values << start << next;
            return R(column + QStringLiteral(" >= ? AND ") + column + QStringLiteral(" < ?"));
        case Op::NotEqual:
            values << start << next;
            return R(column + QStringLiteral(" < ? OR ") + column + QStringLiteral(" >= ?"));
        case Op::Less:
            values << start;
            return R(column + QStringLiteral(" < ?"));
        case Op::LessOrEqual:
            values << next;
            return R(column + QStringLiteral(" < ?"));
        case Op::Greater:
            values << next;
            return R(column + QStringLiteral(" >= ?"));
        default:
            values << start;
            return R(column + QStringLiteral(" >= ?"));
        }
    }

    QStringList m_keys;
    QTimeZone m_zone;
};
} // namespace

QStringList SegmentSqlCompiler::standardFields()
{
    QStringList names;
    for (const auto& [name, column] : standardColumns()) {
        names << name;
    }
    return names;
}

Result<SegmentSql>
SegmentSqlCompiler::compile(const SegmentNode& node, const QStringList& customFieldKeys, const QTimeZone& zone)
{
    SegmentSql sql;
    Compiler compiler(customFieldKeys, zone);
    // The terms of the top-level AND, planned together (docs/ARCHITECTURE.md, "Segments").
    std::vector<const SegmentNode*> conjuncts;
    if (node.kind == SegmentNode::Kind::And) {
        for (const auto& child : node.children) {
            conjuncts.push_back(child.get());
        }
    } else {
        conjuncts.push_back(&node);
    }
    // A list is usually most of the contacts: starting from it means visiting them all. When another term can
    // start the query (a tag, a custom field, an OR of those), each list is a primary-key probe per contact that
    // term found; otherwise the first list is joined, read straight from its index (see SegmentSql::joins).
    const bool otherDriver = std::any_of(conjuncts.begin(), conjuncts.end(), [&](const SegmentNode* conjunct) {
        return conjunct->kind != SegmentNode::Kind::List && compiler.canDrive(*conjunct);
    });
    // SQLite tests the terms in the order written: the contact's own columns first, then the other tables, the
    // probes per list last.
    std::stable_partition(conjuncts.begin(), conjuncts.end(), [&](const SegmentNode* conjunct) {
        return !compiler.readsOtherTables(*conjunct);
    });
    QStringList conditions;
    QStringList probes;
    QVariantList probeValues;
    for (const SegmentNode* conjunct : conjuncts) {
        if (conjunct->kind == SegmentNode::Kind::List && !otherDriver && sql.joins.isEmpty()) {
            sql.joins = QStringLiteral(" JOIN list_members sj ON sj.contact_id = c.id AND sj.list_id = "
                                       "(SELECT l.id FROM lists l WHERE l.name = ?)");
            sql.joinValues << conjunct->value;
        } else if (conjunct->kind == SegmentNode::Kind::List) {
            probes << QStringLiteral("EXISTS (SELECT 1 FROM list_members m WHERE m.list_id = (SELECT l.id FROM lists "
                                     "l WHERE l.name = ?) AND m.contact_id = c.id)");
            probeValues << conjunct->value;
        } else {
            const Result<QString> condition = compiler.compile(*conjunct, sql.values);
            if (!condition) {
                return Result<SegmentSql>::failure(condition.error());
            }
            conditions << (conjuncts.size() > 1 ? QLatin1Char('(') + *condition + QLatin1Char(')') : *condition);
        }
    }
    conditions << probes;
    sql.values << probeValues;
    if (!conditions.isEmpty()) {
        sql.condition = conditions.join(QStringLiteral(" AND "));
    }
    return sql;
}

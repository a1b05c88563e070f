// Compiles a segment tree to a parameterised SQL condition over `contacts c`: every value is bound, none pasted.
#include "SegmentSqlCompiler.h"

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
        case SegmentNode::Kind::Or: {
            QStringList parts;
            for (const auto& child : node.children) {
                const R part = compile(*child, values);
                if (!part) {
                    return part;
                }
                parts << QLatin1Char('(') + *part + QLatin1Char(')');
            }
            return parts.join(node.kind == SegmentNode::Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
        }
        case SegmentNode::Kind::Not: {
            const R inner = compile(*node.children.front(), values);
            return inner ? R(QStringLiteral("NOT (") + *inner + QLatin1Char(')')) : inner;
        }
        case SegmentNode::Kind::Tag:
            values << node.value;
            return R(QStringLiteral("c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = "
                                    "ct.tag_id WHERE t.name = ?)"));
        case SegmentNode::Kind::List:
            values << node.value;
            return R(QStringLiteral("c.id IN (SELECT m.contact_id FROM list_members m JOIN lists l ON l.id = "
                                    "m.list_id WHERE l.name = ?)"));
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
        // "plan != gold" also matches contacts that have no plan at all.
        const bool negated = node.op == Op::NotEqual;
        values << key;
        bool numeric = false;
        node.value.toDouble(&numeric);
        QString test;
        if (numeric && node.op != Op::Equal && node.op != Op::NotEqual && node.op != Op::Contains
            && node.op != Op::StartsWith) {
            values << node.value.toDouble();
            test = QStringLiteral("CAST(v.value AS REAL) ") + SegmentNode::opText(node.op) + QStringLiteral(" ?");
        } else {
            test = textCondition(QStringLiteral("v.value"), negated ? Op::Equal : node.op, node.value, values);
        }
        // One uncorrelated subquery over that field's values (SQLite runs it once), not a lookup per contact.
        return R((negated ? QStringLiteral("NOT ") : QString())
                 + QStringLiteral("c.id IN (SELECT v.contact_id FROM contact_values v "
                                  "WHERE v.field_id = (SELECT f.id FROM custom_fields f WHERE f.key = ?) AND ")
                 + test + QLatin1Char(')'));
    }

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
    const Result<QString> condition = Compiler(customFieldKeys, zone).compile(node, sql.values);
    if (!condition) {
        return Result<SegmentSql>::failure(condition.error());
    }
    sql.condition = *condition;
    return sql;
}

// A segment: which contacts a count, an export or a campaign is about, as a tree of conditions.
#include "Segment.h"

#include <QRegularExpression>

namespace {
// A value that would not read back as one bare word is written as a "quoted string".
QString valueText(const QString& value)
{
    static const QRegularExpression bare(QStringLiteral("^[^\\s()\"!=<>~^]+$"));
    const QString upper = value.toUpper();
    const bool keyword = upper == QLatin1String("AND") || upper == QLatin1String("OR") || upper == QLatin1String("NOT");
    if (bare.match(value).hasMatch() && !keyword) {
        return value;
    }
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
} // namespace

QString SegmentNode::opText(Op op)
{
    switch (op) {
    case Op::Equal:
        return QStringLiteral("=");
    case Op::NotEqual:
        return QStringLiteral("!=");
    case Op::Less:
        return QStringLiteral("<");
    case Op::LessOrEqual:
        return QStringLiteral("<=");
    case Op::Greater:
        return QStringLiteral(">");
    case Op::GreaterOrEqual:
        return QStringLiteral(">=");
    case Op::Contains:
        return QStringLiteral("~");
    case Op::StartsWith:
        return QStringLiteral("^");
    }
    return {};
}

QString SegmentNode::toText() const
{
    switch (kind) {
    case Kind::Tag:
        return QStringLiteral("tag:") + valueText(value);
    case Kind::List:
        return QStringLiteral("list:") + valueText(value);
    case Kind::Status:
        return QStringLiteral("status:") + valueText(value);
    case Kind::Compare:
        return field + QLatin1Char(' ') + opText(op) + QLatin1Char(' ') + valueText(value);
    case Kind::Not: {
        const SegmentNode& child = *children.front();
        const bool group = child.kind == Kind::And || child.kind == Kind::Or;
        return QStringLiteral("NOT ") + (group ? QLatin1Char('(') + child.toText() + QLatin1Char(')') : child.toText());
    }
    case Kind::And:
    case Kind::Or: {
        QStringList parts;
        for (const auto& child : children) {
            // AND binds tighter than OR: only an OR inside an AND needs parentheses.
            const bool group = kind == Kind::And && child->kind == Kind::Or;
            parts << (group ? QLatin1Char('(') + child->toText() + QLatin1Char(')') : child->toText());
        }
        return parts.join(kind == Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
    }
    }
    return {};
}

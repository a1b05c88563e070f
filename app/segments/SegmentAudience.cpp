// Counts a segment's contacts and the campaign audience among them, in one query over the compiled segment.
#include "SegmentAudience.h"

#include <functional>
#include <optional>

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include "contacts/ContactRepository.h"
#include "contacts/EmailKey.h"
#include "segments/SegmentParser.h"
#include "segments/SegmentSqlCompiler.h"
#include "storage/SqlBinding.h"

SegmentAudience::SegmentAudience(Database database)
    : m_database(std::move(database))
{
}

Result<SegmentCount> SegmentAudience::count(const QString& segmentText) const
{
    using R = Result<SegmentCount>;
    SegmentSql sql;
    if (!segmentText.trimmed().isEmpty()) {
        const auto root = SegmentParser::parse(segmentText);
        if (!root) {
            return R::failure(root.error());
        }
        QStringList keys;
        for (const CustomField& field : ContactRepository(m_database).customFields()) {
            keys << field.key;
        }
        const Result<SegmentSql> compiled = SegmentSqlCompiler::compile(**root, keys);
        if (!compiled) {
            return R::failure(compiled.error());
        }
        sql = *compiled;
    }
    // The same rule as CampaignStore's queue: only a subscribed contact whose address is not suppressed is mailed.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(c.status = 'subscribed' AND NOT EXISTS (SELECT 1 FROM "
                                 "suppressions s WHERE s.email_key = ")
                  + EmailKey::expression(QStringLiteral("c")) + QStringLiteral(")), 0) FROM contacts c") + sql.joins
                  + QStringLiteral(" WHERE ") + sql.condition);
    SqlBinding::bindAll(query, sql.joinValues + sql.values);
    if (!query.exec() || !query.next()) {
        return R::failure(tr("Cannot count the segment's contacts: %1").arg(query.lastError().text()));
    }
    return SegmentCount {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

QStringList SegmentAudience::missingNames(const SegmentNode& root) const
{
    const ContactRepository repository(m_database);
    std::optional<QStringList> tags;
    std::optional<QStringList> lists;
    QStringList missing;
    const std::function<void(const SegmentNode&)> visit = [&](const SegmentNode& node) {
        if (node.kind == SegmentNode::Kind::Tag || node.kind == SegmentNode::Kind::List) {
            const bool tag = node.kind == SegmentNode::Kind::Tag;
            std::optional<QStringList>& names = tag ? tags : lists;
            if (!names) {
                names = tag ? repository.tagNames() : repository.listNames();
            }
            // Tags and lists are named ignoring case (their columns are NOCASE).
            if (!names->contains(node.value, Qt::CaseInsensitive)) {
                missing << (tag ? tr("there is no tag '%1'") : tr("there is no list '%1'")).arg(node.value);
            }
        }
        for (const auto& child : node.children) {
            visit(*child);
        }
    };
    visit(root);
    missing.removeDuplicates();
    return missing;
}

QString SegmentAudience::describe(const QString& segmentText, const SegmentCount& count) const
{
    const QLocale locale;
    if (count.matching == 0) {
        const auto root = SegmentParser::parse(segmentText);
        const QStringList missing = root ? missingNames(**root) : QStringList();
        if (!missing.isEmpty()) {
            return tr("No contact matches this segment: %1. Check the spelling, or pick from the existing ones.")
                .arg(missing.join(QStringLiteral("; ")));
        }
        return segmentText.trimmed().isEmpty()
                   ? tr("There are no contacts yet: import or add some first.")
                   : tr("No contact matches this segment. Loosen a condition (an AND, a NOT) or check the values.");
    }
    if (count.mailable == 0) {
        return tr("%1 contacts match, but none can be mailed: they are unsubscribed, bounced or suppressed.")
            .arg(locale.toString(count.matching));
    }
    return tr("%1 contacts match; %2 can be mailed (subscribed, not suppressed).")
        .arg(locale.toString(count.matching), locale.toString(count.mailable));
}

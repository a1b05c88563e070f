// HeaderMapper: synonym table for the CSV headers seen in Japanese and Western contact exports
// (Excel sheets, Mailchimp, Outlook, Google Contacts, Japanese newsletter services).
#include "HeaderMapper.h"

#include <array>

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

enum class Strength {
    Strong,
    // Only used when no strong match claimed the field (a family-name reading standing in for Furigana).
    Weak,
};

struct Match
{
    ContactField field = ContactField::Custom;
    Strength strength = Strength::Strong;
};

QString withoutFormatCharacters(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        // A UTF-8 BOM from Excel often sticks to the first header.
        if (c.category() != QChar::Other_Format)
            result += c;
    }
    return result;
}

// Forms mark columns as required or optional: "メールアドレス（必須）", "氏名*", "※電話番号".
QString withoutMarkers(QString text)
{
    static const std::array<QStringView, 8> suffixes
        = {u"(必須)", u"(任意)", u"[必須]", u"[任意]", u"【必須】", u"【任意】", u"*", u"※"};
    bool stripped = true;
    while (stripped) {
        stripped = false;
        text = text.trimmed();
        for (QStringView suffix : suffixes) {
            if (text.endsWith(suffix)) {
                text.chop(suffix.size());
                stripped = true;
            }
        }
        if (text.startsWith(u'*') || text.startsWith(u'※')) {
            text.remove(0, 1);
            stripped = true;
        }
    }
    return text;
}

QString cleaned(QStringView header)
{
    return withoutMarkers(withoutFormatCharacters(header.toString().normalized(QString::NormalizationForm_KC)));
}

// Separators people put in header names inconsistently ("E-mail", "first_name", "Tel.").
bool isIgnoredSeparator(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || u == u'_' || u == u'-' || u == u'.' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212;
}

QString matchKey(QStringView header)
{
    const QString lower = cleaned(header).toLower();
    QString key;
    key.reserve(lower.size());
    for (QChar c : lower) {
        if (!isIgnoredSeparator(c))
            key += c;
    }
    return key;
}

struct Synonyms
{
    ContactField field;
    Strength strength;
    QStringView names; // '|'-separated, written as people type them; normalised with matchKey()
};

// clang-format off
constexpr std::array<Synonyms, 13> kSynonyms = {{
    {ContactField::Email, Strength::Strong,
     u"email|e-mail|mail|mailaddress|mail address|emailaddress|e-mail address|e-mail 1 - value|"
     u"メールアドレス|メール|Eメール|Eメールアドレス|メアド|電子メール|電子メールアドレス|"
     u"PCメール|PCメールアドレス|携帯メール|携帯メールアドレス|アドレス"},
    {ContactField::FullName, Strength::Strong,
     u"name|fullname|full name|customer name|contact name|"
     u"氏名|氏名(漢字)|名前|名前(漢字)|お名前|お客様名|会員名|顧客名|担当者名|宛名"},
    {ContactField::FamilyName, Strength::Strong,
     u"lastname|last_name|familyname|family name|surname|姓|姓(漢字)|苗字|名字|氏"},
    {ContactField::GivenName, Strength::Strong,
     u"firstname|first_name|given name|givenname|forename|名|名(漢字)|下の名前"},
    {ContactField::Furigana, Strength::Strong,
     u"フリガナ|ふりがな|カナ|かな|氏名カナ|氏名(カナ)|氏名フリガナ|氏名(フリガナ)|氏名(ふりがな)|"
     u"お名前(フリガナ)|お名前(カナ)|お名前フリガナ|名前(フリガナ)|名前(カナ)|フリガナ(氏名)|"
     u"よみがな|ヨミガナ|読み仮名|読みがな|よみ|ヨミ|セイメイ|せいめい|kana|furigana|yomi|name kana|name (kana)"},
    // Only the family-name reading: it is what Japanese sorting uses. The given-name reading
    // (メイ, 名(カナ)) has no standard field and stays a custom field.
    {ContactField::Furigana, Strength::Weak,
     u"セイ|せい|姓カナ|姓(カナ)|姓フリガナ|姓(フリガナ)|姓(ふりがな)|セイ(カナ)|last name kana|family name kana"},
    {ContactField::Company, Strength::Strong,
     u"company|company name|organization|organisation|organization name|organization 1 - name|"
     u"会社名|法人名|会社|企業名|勤務先|勤務先名|団体名|組織名|会社・団体名|所属|所属先|屋号|事業者名"},
    {ContactField::Phone, Strength::Strong,
     u"phone|telephone|tel|phone number|telephone number|tel no|mobile|mobile phone|mobile number|cell|"
     u"cell phone|phone 1 - value|電話番号|電話|TEL|TEL番号|携帯電話|携帯番号|携帯電話番号|連絡先電話番号"},
    {ContactField::Tags, Strength::Strong,
     u"tags|tag|labels|label|タグ|ラベル"},
    {ContactField::Status, Strength::Strong,
     u"status|subscription status|ステータス|配信状態|配信ステータス|購読状態|購読ステータス"},
    {ContactField::Lists, Strength::Strong,
     u"lists|list|mailing lists|リスト|配信リスト|所属リスト"},
    // What Tayori's own export adds about a contact's history: kept by Tayori itself, never imported as data.
    {ContactField::Ignore, Strength::Strong,
     u"created_at|updated_at|consent_source|consent_at"},
}};
// clang-format on

QHash<QString, Match> buildTable()
{
    QHash<QString, Match> table;
    for (const Synonyms& group : kSynonyms) {
        for (QStringView name : group.names.split(u'|')) {
            const QString key = matchKey(name);
            Q_ASSERT_X(!table.contains(key) || table.value(key).field == group.field,
                       "HeaderMapper",
                       "a header synonym maps to two fields");
            table.insert(key, {group.field, group.strength});
        }
    }
    return table;
}

Match matchFor(QStringView header)
{
    static const QHash<QString, Match> table = buildTable();
    const QString key = matchKey(header);
    if (key.isEmpty())
        return {ContactField::Ignore, Strength::Strong};
    return table.value(key, Match {});
}

bool isStandard(ContactField field)
{
    return field != ContactField::Ignore && field != ContactField::Custom;
}

} // namespace

ContactField HeaderMapper::fieldFor(QStringView header)
{
    return matchFor(header).field;
}

QList<ContactField> HeaderMapper::mapHeaders(const QStringList& headers)
{
    QList<Match> matches;
    matches.reserve(headers.size());
    for (const QString& header : headers)
        matches << matchFor(header);

    QList<ContactField> fields(headers.size(), ContactField::Custom);
    std::array<bool, static_cast<size_t>(ContactField::Custom) + 1> taken {};
    // Strong matches first, so a weak one never takes a field a later column names outright.
    for (Strength pass : {Strength::Strong, Strength::Weak}) {
        for (qsizetype i = 0; i < matches.size(); ++i) {
            const Match& match = matches.at(i);
            if (match.field == ContactField::Ignore) {
                fields[i] = ContactField::Ignore;
                continue;
            }
            if (!isStandard(match.field) || match.strength != pass)
                continue;
            bool& fieldTaken = taken[static_cast<size_t>(match.field)];
            if (!fieldTaken) {
                fields[i] = match.field;
                fieldTaken = true;
            }
        }
    }
    return fields;
}

QString HeaderMapper::customKeyFor(QStringView header)
{
    const QString text = cleaned(header);
    QString key;
    key.reserve(text.size());
    bool pendingSeparator = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            pendingSeparator = true;
            continue;
        }
        if (pendingSeparator && !key.isEmpty())
            key += u'_';
        pendingSeparator = false;
        // Only ASCII is folded: lowercasing other scripts could merge keys users consider distinct.
        key += (c >= u'A' && c <= u'Z') ? c.toLower() : c;
    }
    return key;
}

QString HeaderMapper::fieldDisplayName(ContactField field)
{
    switch (field) {
    case ContactField::Ignore:
        return tr("Don't import");
    case ContactField::Email:
        return tr("Email");
    case ContactField::FullName:
        return tr("Full name");
    case ContactField::FamilyName:
        return tr("Family name");
    case ContactField::GivenName:
        return tr("Given name");
    case ContactField::Furigana:
        return tr("Furigana (name reading)");
    case ContactField::Company:
        return tr("Company");
    case ContactField::Phone:
        return tr("Phone");
    case ContactField::Tags:
        return tr("Tags");
    case ContactField::Lists:
        return tr("Lists");
    case ContactField::Status:
        return tr("Subscription status");
    case ContactField::Custom:
        return tr("Custom field");
    }
    return {};
}

// Tests for HeaderMapper: header synonyms in English and Japanese, duplicate columns and custom keys.
#include <QTest>

#include "import/HeaderMapper.h"

using namespace Qt::StringLiterals;

class TestHeaderMapper : public QObject
{
    Q_OBJECT

private slots:
    void fieldFor_data();
    void fieldFor();
    void mapHeaders_data();
    void mapHeaders();
    void customKeyFor_data();
    void customKeyFor();
    void fieldDisplayName_data();
    void fieldDisplayName();
    void fieldDisplayNamesAreDistinct();
};

namespace {

// Spelled out here rather than taken from fieldDisplayName() so the tests do not grade the code with itself.
QString nameOf(ContactField field)
{
    switch (field) {
    case ContactField::Ignore:
        return u"Ignore"_s;
    case ContactField::Email:
        return u"Email"_s;
    case ContactField::FullName:
        return u"FullName"_s;
    case ContactField::FamilyName:
        return u"FamilyName"_s;
    case ContactField::GivenName:
        return u"GivenName"_s;
    case ContactField::Furigana:
        return u"Furigana"_s;
    case ContactField::Company:
        return u"Company"_s;
    case ContactField::Phone:
        return u"Phone"_s;
    case ContactField::Tags:
        return u"Tags"_s;
    case ContactField::Lists:
        return u"Lists"_s;
    case ContactField::Status:
        return u"Status"_s;
    case ContactField::Custom:
        return u"Custom"_s;
    }
    return u"?"_s;
}

QStringList namesOf(const QList<ContactField>& fields)
{
    QStringList names;
    for (ContactField field : fields)
        names << nameOf(field);
    return names;
}

const QList<ContactField> kAllFields = {ContactField::Ignore,
                                        ContactField::Email,
                                        ContactField::FullName,
                                        ContactField::FamilyName,
                                        ContactField::GivenName,
                                        ContactField::Furigana,
                                        ContactField::Company,
                                        ContactField::Phone,
                                        ContactField::Tags,
                                        ContactField::Status,
                                        ContactField::Custom};

void addHeaders(const QString& field, const QStringList& headers)
{
    for (const QString& header : headers)
        QTest::addRow("%s: %s", qPrintable(field), qPrintable(header)) << header << field;
}

} // namespace

void TestHeaderMapper::fieldFor_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");

    addHeaders(u"Lists"_s, {u"lists"_s, u"List"_s, u"リスト"_s, u"配信リスト"_s});
    // Tayori's own export columns about a contact's history are not imported back as data.
    addHeaders(u"Ignore"_s, {u"created_at"_s, u"updated_at"_s, u"consent_source"_s, u"consent_at"_s});
    addHeaders(u"Email"_s,
               {u"email"_s,
                u"Email"_s,
                u"EMAIL"_s,
                u"e-mail"_s,
                u"E-Mail"_s,
                u"E_MAIL"_s,
                u"e.mail"_s,
                u"mail"_s,
                u"mailaddress"_s,
                u"Mail Address"_s,
                u"mail_address"_s,
                u"emailaddress"_s,
                u"Email Address"_s,
                u"E-mail Address"_s,
                u"E-mail 1 - Value"_s,
                u"メールアドレス"_s,
                u"メール"_s,
                u"Eメール"_s,
                u"eメールアドレス"_s,
                u"Ｅメールアドレス"_s,
                u"メアド"_s,
                u"電子メール"_s,
                u"PCメール"_s,
                u"ＰＣメール"_s,
                u"携帯メール"_s,
                u"ｅ－ｍａｉｌ"_s,
                u"ﾒｰﾙｱﾄﾞﾚｽ"_s,
                u"メールアドレス(必須)"_s,
                u"メールアドレス（必須）"_s,
                u"メールアドレス（任意）"_s,
                u"メールアドレス【必須】"_s,
                u"Email*"_s,
                u"Email *"_s,
                u"メールアドレス（必須）＊"_s,
                u"※メールアドレス"_s,
                u"  メールアドレス　"_s,
                u"\uFEFFemail"_s,
                u"メール アドレス"_s});
    addHeaders(u"FullName"_s,
               {u"name"_s,
                u"Name"_s,
                u"fullname"_s,
                u"Full Name"_s,
                u"full_name"_s,
                u"氏名"_s,
                u"名前"_s,
                u"お名前"_s,
                u"会員名"_s,
                u"顧客名"_s,
                u"担当者名"_s,
                u"宛名"_s,
                u"氏名（漢字）"_s,
                u"お名前(必須)"_s});
    addHeaders(u"FamilyName"_s,
               {u"lastname"_s,
                u"last_name"_s,
                u"Last Name"_s,
                u"familyname"_s,
                u"Family Name"_s,
                u"surname"_s,
                u"姓"_s,
                u"苗字"_s,
                u"名字"_s,
                u"氏"_s,
                u"姓*"_s});
    addHeaders(u"GivenName"_s,
               {u"firstname"_s,
                u"first_name"_s,
                u"First Name"_s,
                u"given name"_s,
                u"givenname"_s,
                u"forename"_s,
                u"名"_s,
                u"下の名前"_s});
    addHeaders(u"Furigana"_s,
               {u"フリガナ"_s,
                u"ふりがな"_s,
                u"ﾌﾘｶﾞﾅ"_s,
                u"カナ"_s,
                u"氏名カナ"_s,
                u"氏名(カナ)"_s,
                u"氏名（カナ）"_s,
                u"氏名（フリガナ）"_s,
                u"お名前（フリガナ）"_s,
                u"よみがな"_s,
                u"ヨミガナ"_s,
                u"kana"_s,
                u"Furigana"_s,
                u"セイメイ"_s,
                // Family-name readings: Furigana when nothing better is in the file (see mapHeaders).
                u"セイ"_s,
                u"ｾｲ"_s,
                u"姓（カナ）"_s,
                u"姓フリガナ"_s});
    addHeaders(u"Company"_s,
               {u"company"_s,
                u"Company Name"_s,
                u"organization"_s,
                u"Organisation"_s,
                u"会社名"_s,
                u"法人名"_s,
                u"会社"_s,
                u"企業名"_s,
                u"勤務先"_s,
                u"団体名"_s,
                u"所属"_s,
                u"屋号"_s});
    addHeaders(u"Phone"_s,
               {u"phone"_s,
                u"Telephone"_s,
                u"tel"_s,
                u"TEL"_s,
                u"Tel."_s,
                u"ＴＥＬ"_s,
                u"Phone Number"_s,
                u"phone-number"_s,
                u"mobile"_s,
                u"Mobile Phone"_s,
                u"電話番号"_s,
                u"電話"_s,
                u"携帯電話"_s,
                u"携帯番号"_s,
                u"連絡先電話番号"_s,
                u"電話番号（必須）"_s});
    addHeaders(u"Tags"_s, {u"tags"_s, u"TAGS"_s, u"tag"_s, u"タグ"_s, u"ラベル"_s, u"Labels"_s});
    addHeaders(u"Status"_s,
               {u"status"_s, u"Status"_s, u"ステータス"_s, u"配信状態"_s, u"購読状態"_s, u"配信ステータス"_s});
    addHeaders(u"Custom"_s,
               {u"会員ランク"_s,
                u"Birthday"_s,
                u"誕生日"_s,
                u"住所"_s,
                u"address"_s, // a postal address in English exports, not an email
                u"メールアドレス2"_s,
                u"E-mail 2 - Value"_s,
                u"メイ"_s, // the given-name reading has no standard field
                u"名（カナ）"_s,
                u"携帯"_s,
                u"namae"_s,
                u"emails"_s});
    addHeaders(u"Ignore"_s, {QString(), u"   "_s, u"\u3000"_s, u"\uFEFF"_s, u"（必須）"_s, u"*"_s});
}

void TestHeaderMapper::fieldFor()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    QCOMPARE(nameOf(HeaderMapper::fieldFor(header)), field);
}

void TestHeaderMapper::mapHeaders_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("empty file") << QStringList() << QStringList();
    QTest::newRow("japanese shop list")
        << QStringList {u"氏名"_s, u"フリガナ"_s, u"メールアドレス"_s, u"電話番号"_s, u"会員ランク"_s}
        << QStringList {u"FullName"_s, u"Furigana"_s, u"Email"_s, u"Phone"_s, u"Custom"_s};
    QTest::newRow("mailchimp export") << QStringList {u"Email Address"_s, u"First Name"_s, u"Last Name"_s, u"TAGS"_s}
                                      << QStringList {u"Email"_s, u"GivenName"_s, u"FamilyName"_s, u"Tags"_s};
    QTest::newRow("two email columns: first wins")
        << QStringList {u"PCメール"_s, u"携帯メール"_s} << QStringList {u"Email"_s, u"Custom"_s};
    QTest::newRow("three name columns") << QStringList {u"名前"_s, u"氏名"_s, u"お名前"_s}
                                        << QStringList {u"FullName"_s, u"Custom"_s, u"Custom"_s};
    QTest::newRow("same header twice") << QStringList {u"email"_s, u"email"_s} << QStringList {u"Email"_s, u"Custom"_s};
    QTest::newRow("empty headers are ignored") << QStringList {QString(), u"email"_s, u" "_s, QString()}
                                               << QStringList {u"Ignore"_s, u"Email"_s, u"Ignore"_s, u"Ignore"_s};
    QTest::newRow("split name with readings")
        << QStringList {u"姓"_s, u"名"_s, u"セイ"_s, u"メイ"_s, u"メールアドレス"_s}
        << QStringList {u"FamilyName"_s, u"GivenName"_s, u"Furigana"_s, u"Custom"_s, u"Email"_s};
    QTest::newRow("family reading loses to full reading after it")
        << QStringList {u"セイ"_s, u"フリガナ"_s} << QStringList {u"Custom"_s, u"Furigana"_s};
    QTest::newRow("family reading loses to full reading before it")
        << QStringList {u"フリガナ"_s, u"セイ"_s} << QStringList {u"Furigana"_s, u"Custom"_s};
    QTest::newRow("two family readings") << QStringList {u"セイ"_s, u"姓（カナ）"_s}
                                         << QStringList {u"Furigana"_s, u"Custom"_s};
    QTest::newRow("every field once") << QStringList {u"メール"_s,
                                                      u"氏名"_s,
                                                      u"姓"_s,
                                                      u"名"_s,
                                                      u"ふりがな"_s,
                                                      u"会社名"_s,
                                                      u"TEL"_s,
                                                      u"タグ"_s,
                                                      u"配信状態"_s,
                                                      u"備考"_s,
                                                      QString()}
                                      << QStringList {u"Email"_s,
                                                      u"FullName"_s,
                                                      u"FamilyName"_s,
                                                      u"GivenName"_s,
                                                      u"Furigana"_s,
                                                      u"Company"_s,
                                                      u"Phone"_s,
                                                      u"Tags"_s,
                                                      u"Status"_s,
                                                      u"Custom"_s,
                                                      u"Ignore"_s};
    QTest::newRow("full-width and required markers")
        << QStringList {u"ｅメールアドレス（必須）"_s, u"お名前＊"_s, u"ＴＥＬ"_s}
        << QStringList {u"Email"_s, u"FullName"_s, u"Phone"_s};
    QTest::newRow("duplicate after normalisation") << QStringList {u"E-mail"_s, u"Ｅｍａｉｌ"_s, u"e_mail"_s}
                                                   << QStringList {u"Email"_s, u"Custom"_s, u"Custom"_s};
}

void TestHeaderMapper::mapHeaders()
{
    QFETCH(QStringList, headers);
    QFETCH(QStringList, fields);
    const QList<ContactField> mapped = HeaderMapper::mapHeaders(headers);
    QCOMPARE(mapped.size(), headers.size());
    QCOMPARE(namesOf(mapped), fields);
}

void TestHeaderMapper::customKeyFor_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("key");

    QTest::newRow("japanese kept") << u"会員ランク"_s << u"会員ランク"_s;
    QTest::newRow("ascii lowercased") << u"Birthday"_s << u"birthday"_s;
    QTest::newRow("space to underscore") << u"Member Rank"_s << u"member_rank"_s;
    QTest::newRow("whitespace run collapsed") << u"Member \t  Rank"_s << u"member_rank"_s;
    QTest::newRow("trimmed") << u"  Member Rank \t"_s << u"member_rank"_s;
    QTest::newRow("ideographic space") << u"会員\u3000ランク"_s << u"会員_ランク"_s;
    QTest::newRow("full-width latin") << u"ＶＩＰ　ランク"_s << u"vip_ランク"_s;
    QTest::newRow("half-width katakana") << u"ﾎﾟｲﾝﾄ"_s << u"ポイント"_s;
    QTest::newRow("circled digit") << u"メモ①"_s << u"メモ1"_s;
    QTest::newRow("non-ascii case kept") << u"ÄRGER Größe"_s << u"Ärger_größe"_s;
    QTest::newRow("punctuation kept") << u"first-name"_s << u"first-name"_s;
    QTest::newRow("required marker dropped") << u"会員ランク（必須）"_s << u"会員ランク"_s;
    QTest::newRow("bom dropped") << u"\uFEFFMemo"_s << u"memo"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("whitespace only") << u" \u3000 "_s << QString();
}

void TestHeaderMapper::customKeyFor()
{
    QFETCH(QString, header);
    QFETCH(QString, key);
    QCOMPARE(HeaderMapper::customKeyFor(header), key);
}

void TestHeaderMapper::fieldDisplayName_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("name");

    QTest::newRow("Email") << int(ContactField::Email) << u"Email"_s;
    QTest::newRow("FullName") << int(ContactField::FullName) << u"Full name"_s;
    QTest::newRow("FamilyName") << int(ContactField::FamilyName) << u"Family name"_s;
    QTest::newRow("GivenName") << int(ContactField::GivenName) << u"Given name"_s;
    QTest::newRow("Furigana") << int(ContactField::Furigana) << u"Furigana (name reading)"_s;
    QTest::newRow("Company") << int(ContactField::Company) << u"Company"_s;
    QTest::newRow("Phone") << int(ContactField::Phone) << u"Phone"_s;
    QTest::newRow("Tags") << int(ContactField::Tags) << u"Tags"_s;
    QTest::newRow("Lists") << int(ContactField::Lists) << u"Lists"_s;
    QTest::newRow("Status") << int(ContactField::Status) << u"Subscription status"_s;
    QTest::newRow("Custom") << int(ContactField::Custom) << u"Custom field"_s;
    QTest::newRow("Ignore") << int(ContactField::Ignore) << u"Don't import"_s;
}

void TestHeaderMapper::fieldDisplayName()
{
    QFETCH(int, field);
    QFETCH(QString, name);
    QCOMPARE(HeaderMapper::fieldDisplayName(static_cast<ContactField>(field)), name);
}

void TestHeaderMapper::fieldDisplayNamesAreDistinct()
{
    QStringList names;
    for (ContactField field : kAllFields)
        names << HeaderMapper::fieldDisplayName(field);
    names.removeDuplicates();
    QCOMPARE(names.size(), kAllFields.size());
}

QTEST_GUILESS_MAIN(TestHeaderMapper)
#include "tst_headermapper.moc"

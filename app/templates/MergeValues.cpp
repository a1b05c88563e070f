// MergeValues: one recipient's merge-field values.
#include "MergeValues.h"

#include "contacts/Contact.h"
#include "contacts/PersonName.h"

using namespace Qt::StringLiterals;

MergeValues MergeValues::fromContact(const Contact& contact)
{
    MergeValues values;
    values.m_email = contact.email;
    values.m_givenName = contact.givenName;
    values.m_familyName = contact.familyName;
    values.m_company = contact.company;
    values.m_phone = contact.phone;
    values.m_custom = contact.customValues; // implicitly shared: no copy of the strings
    return values;
}

QStringList MergeValues::standardFieldNames()
{
    static const QStringList names = {u"email"_s,
                                      u"first_name"_s,
                                      u"last_name"_s,
                                      u"full_name"_s,
                                      u"company"_s,
                                      u"phone"_s,
                                      u"unsubscribe_url"_s,
                                      u"preferences_url"_s};
    return names;
}

std::optional<MergeValues::Field> MergeValues::standardField(QStringView name)
{
    const qsizetype index = standardFieldNames().indexOf(name);
    if (index < 0)
        return std::nullopt;
    return static_cast<Field>(index);
}

void MergeValues::setUrls(const QString& unsubscribeUrl, const QString& preferencesUrl)
{
    m_unsubscribeUrl = unsubscribeUrl;
    m_preferencesUrl = preferencesUrl;
}

QString MergeValues::value(Field field) const
{
    switch (field) {
    case Field::Email:
        return m_email;
    case Field::FirstName:
        return m_givenName;
    case Field::LastName:
        return m_familyName;
    case Field::FullName:
        return PersonName::fullName(m_familyName, m_givenName);
    case Field::Company:
        return m_company;
    case Field::Phone:
        return m_phone;
    case Field::UnsubscribeUrl:
        return m_unsubscribeUrl;
    case Field::PreferencesUrl:
        return m_preferencesUrl;
    }
    return {};
}

QString MergeValues::value(const QString& name) const
{
    if (const std::optional<Field> field = standardField(name))
        return value(*field);
    return custom(name);
}

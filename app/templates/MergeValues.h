// MergeValues: the merge-field values of one recipient — the contact's fields plus the per-recipient
// unsubscribe and preferences URLs the sender supplies. Cheap to build: it shares the contact's strings.
#pragma once

#include <optional>

#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

struct Contact;

class MergeValues
{
public:
    // The fields every template knows; custom fields are looked up by their key.
    enum class Field {
        Email,
        FirstName, // given name
        LastName,  // family name
        FullName,  // PersonName::fullName order: 山田 太郎, John Smith
        Company,
        Phone,
        UnsubscribeUrl,
        PreferencesUrl,
    };

    static MergeValues fromContact(const Contact& contact);

    // "email", "first_name", ... in the order of Field.
    static QStringList standardFieldNames();
    static std::optional<Field> standardField(QStringView name);

    void setUnsubscribeUrl(const QString& url) { m_unsubscribeUrl = url; }
    void setPreferencesUrl(const QString& url) { m_preferencesUrl = url; }
    void setUrls(const QString& unsubscribeUrl, const QString& preferencesUrl);
    void setCustom(const QString& key, const QString& value) { m_custom.insert(key, value); }

    QString value(Field field) const;
    // An unknown custom key is empty.
    QString custom(const QString& key) const { return m_custom.value(key); }
    // A standard field name or a custom key.
    QString value(const QString& name) const;

private:
    QString m_email;
    QString m_givenName;
    QString m_familyName;
    QString m_company;
    QString m_phone;
    QString m_unsubscribeUrl;
    QString m_preferencesUrl;
    QMap<QString, QString> m_custom;
};

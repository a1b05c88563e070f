// One contact as the rest of the code sees it: plain data, no database handle.
#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include "contacts/ContactStatus.h"

struct Contact
{
    qint64 id = 0; // 0 until stored
    QString email;
    QString familyName; // 姓
    QString givenName;  // 名
    QString furigana;   // kana reading
    QString company;
    QString phone;
    ContactStatus status = ContactStatus::Subscribed;
    QString consentSource; // where consent came from: "import: list.csv", "form", "manual"
    QDateTime consentAt;   // UTC
    QDateTime createdAt;   // UTC
    QDateTime updatedAt;   // UTC
    QStringList tags;
    QStringList lists;
    QMap<QString, QString> customValues; // custom field key → value

    // In the order the name's script expects: 山田 太郎, John Smith.
    QString fullName() const;
};

// HeaderMapper: recognises CSV header cells (English or Japanese, full- or half-width) as standard
// contact fields, and names the custom field an unrecognised column becomes.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "contacts/ContactField.h"

class HeaderMapper
{
    Q_DECLARE_TR_FUNCTIONS(HeaderMapper)

public:
    // The field one header names: Ignore for an empty header, Custom when no synonym matches.
    static ContactField fieldFor(QStringView header);

    // One field per column. A standard field goes to the first column that names it; later
    // columns naming it again become Custom. A family-name reading column (セイ, 姓(カナ)) is
    // Furigana only when no column holds the reading of the whole name.
    static QList<ContactField> mapHeaders(const QStringList& headers);

    // The key an unmapped column is stored under: NFKC, trimmed, "(必須)"-style markers dropped,
    // whitespace runs turned into '_', ASCII lowercased ("Member Rank" → "member_rank",
    // "会員ランク" stays). Empty for an empty header.
    static QString customKeyFor(QStringView header);

    // Translated name of a field for the column-mapping UI ("Email", "Full name", ...).
    static QString fieldDisplayName(ContactField field);
};

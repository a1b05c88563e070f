// PersonName: joins and splits personal names in the order their script expects —
// family name first for Japanese (山田 太郎), given name first for Western names (John Smith).
#pragma once

#include <QString>
#include <QStringView>

class PersonName
{
public:
    struct SplitName
    {
        QString family;
        QString given;
    };

    // True when the text contains kanji or kana (full- or half-width); such names are written family first.
    static bool isJapanese(QStringView text);

    // "山田 太郎" / "John Smith"; when one part is empty the other alone. Whitespace is collapsed.
    static QString fullName(QStringView family, QStringView given);

    // Japanese: split at the first whitespace, family first; no whitespace → all family.
    // Western: "John Smith", "Smith, John", "Mary Ann Smith" (given "Mary Ann"), "Vincent van Gogh"
    // (family "van Gogh"), "Martin Luther King Jr." (family "King Jr."); a single word → given name.
    static SplitName split(QStringView fullName);
};

// PersonName: script-aware name order for contacts imported from Japanese and Western lists.
#include "PersonName.h"

#include <utility>

#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

bool isKanjiOrKana(char32_t c)
{
    return (c >= 0x3005 && c <= 0x3007)       // 々 〆 〇
           || (c >= 0x3040 && c <= 0x309F)    // Hiragana
           || (c >= 0x30A0 && c <= 0x30FF)    // Katakana
           || (c >= 0x31F0 && c <= 0x31FF)    // Katakana phonetic extensions
           || (c >= 0x3400 && c <= 0x4DBF)    // CJK Unified Ideographs Extension A
           || (c >= 0x4E00 && c <= 0x9FFF)    // CJK Unified Ideographs
           || (c >= 0xF900 && c <= 0xFAFF)    // CJK Compatibility Ideographs
           || (c >= 0xFF66 && c <= 0xFF9F)    // Half-width katakana
           || (c >= 0x20000 && c <= 0x3134F); // CJK Extensions B–G and compatibility supplement
}

// Splits on any whitespace (ASCII space, tab, U+3000 ...) and drops empty pieces.
QStringList words(QStringView text)
{
    QStringList result;
    QString current;
    for (QChar c : text) {
        if (c.isSpace()) {
            if (!current.isEmpty())
                result << std::exchange(current, QString());
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        result << current;
    return result;
}

QString collapsed(QStringView text)
{
    return words(text).join(u' ');
}

bool isSuffix(QStringView word)
{
    static const QStringList suffixes = {u"jr"_s, u"sr"_s, u"ii"_s, u"iii"_s, u"iv"_s, u"phd"_s, u"md"_s, u"esq"_s};
    QStringView bare = word;
    if (bare.endsWith(u'.'))
        bare.chop(1);
    return suffixes.contains(bare, Qt::CaseInsensitive);
}

// Lower-case particles that belong to the family name ("van Gogh", "de la Cruz"). Capitalised
// forms are left alone: "Mary De Souza" is ambiguous and rare enough.
bool isParticle(QStringView word)
{
    static const QStringList particles
        = {u"van"_s, u"von"_s, u"de"_s,  u"da"_s,  u"di"_s,  u"del"_s, u"della"_s, u"der"_s, u"den"_s, u"du"_s,
           u"la"_s,  u"le"_s,  u"ten"_s, u"ter"_s, u"dos"_s, u"das"_s, u"do"_s,    u"bin"_s, u"ibn"_s, u"al"_s};
    return particles.contains(word, Qt::CaseSensitive);
}

PersonName::SplitName splitWestern(const QString& name)
{
    const qsizetype comma = name.indexOf(u',');
    if (comma >= 0) {
        const QString before = name.first(comma).trimmed();
        const QString after = name.mid(comma + 1).trimmed();
        // "John Smith, Jr." is not "family, given".
        if (!isSuffix(after))
            return {before, after};
        return splitWestern(before + u' ' + after);
    }
    const QStringList parts = name.split(u' ');
    if (parts.size() == 1)
        return {QString(), name};
    qsizetype familyStart = parts.size() - 1;
    if (parts.size() >= 3 && isSuffix(parts.last()))
        --familyStart;
    while (familyStart > 1 && isParticle(parts.at(familyStart - 1)))
        --familyStart;
    return {parts.sliced(familyStart).join(u' '), parts.first(familyStart).join(u' ')};
}

} // namespace

bool PersonName::isJapanese(QStringView text)
{
    for (char32_t c : text.toUcs4()) {
        if (isKanjiOrKana(c))
            return true;
    }
    return false;
}

QString PersonName::fullName(QStringView family, QStringView given)
{
    const QString familyName = collapsed(family);
    const QString givenName = collapsed(given);
    if (familyName.isEmpty())
        return givenName;
    if (givenName.isEmpty())
        return familyName;
    if (isJapanese(familyName) || isJapanese(givenName))
        return familyName + u' ' + givenName;
    return givenName + u' ' + familyName;
}

PersonName::SplitName PersonName::split(QStringView fullName)
{
    const QString name = collapsed(fullName);
    if (name.isEmpty())
        return {};
    if (isJapanese(name)) {
        const qsizetype space = name.indexOf(u' ');
        if (space < 0)
            return {name, QString()};
        return {name.first(space), name.mid(space + 1)};
    }
    return splitWestern(name);
}

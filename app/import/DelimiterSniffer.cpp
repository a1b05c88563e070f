// DelimiterSniffer: counts fields per record for each candidate with a small quote-aware scanner.
#include "DelimiterSniffer.h"

#include <array>

#include <QList>

namespace {
struct FieldCounts
{
    QList<qsizetype> perRecord;
    qsizetype fields = 0;
    qsizetype fieldsWithLeadingSpace = 0; // ", " inside tab-separated names splits into " Taro"

    qsizetype modeCount = 0;
    qsizetype modeFrequency = 0;
};

FieldCounts countFields(QStringView text, char16_t delimiter)
{
    FieldCounts result;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size && result.perRecord.size() < DelimiterSniffer::sampledRecords) {
        if (text[i] == u'\n' || text[i] == u'\r') { // blank line
            ++i;
            continue;
        }
        qsizetype fields = 1;
        bool inQuotes = false;
        bool atFieldStart = true;
        bool lineEnded = false;
        for (; i < size && !lineEnded; ++i) {
            const char16_t c = text[i].unicode();
            if (inQuotes) {
                if (c == u'"') {
                    if (i + 1 < size && text[i + 1] == u'"')
                        ++i;
                    else
                        inQuotes = false;
                }
                continue;
            }
            if (atFieldStart) {
                atFieldStart = false;
                if (c == u'"') {
                    inQuotes = true;
                    continue;
                }
                if (c == u' ')
                    ++result.fieldsWithLeadingSpace;
            }
            if (c == delimiter) {
                ++fields;
                atFieldStart = true;
            } else if (c == u'\n' || c == u'\r') {
                lineEnded = true;
            }
        }
        // The sample was probably cut inside this record: its count would be wrong.
        if (!lineEnded && !result.perRecord.isEmpty())
            break;
        result.perRecord.append(fields);
        result.fields += fields;
    }

    for (const qsizetype count : std::as_const(result.perRecord)) {
        const qsizetype frequency = result.perRecord.count(count);
        if (frequency > result.modeFrequency || (frequency == result.modeFrequency && count > result.modeCount)) {
            result.modeFrequency = frequency;
            result.modeCount = count;
        }
    }
    return result;
}

// True if a splits the sample better than b; candidates are tried in preference order, so ties keep b.
bool isBetter(const FieldCounts& a, const FieldCounts& b)
{
    // Share of records with the usual field count.
    const qsizetype consistencyA = a.modeFrequency * b.perRecord.size();
    const qsizetype consistencyB = b.modeFrequency * a.perRecord.size();
    if (consistencyA != consistencyB)
        return consistencyA > consistencyB;
    // Share of fields starting with a space: a sign of splitting inside text.
    const qsizetype spacesA = a.fieldsWithLeadingSpace * b.fields;
    const qsizetype spacesB = b.fieldsWithLeadingSpace * a.fields;
    if (spacesA != spacesB)
        return spacesA < spacesB;
    return a.modeCount > b.modeCount;
}
} // namespace

QChar DelimiterSniffer::sniff(QStringView sampleText)
{
    constexpr std::array<char16_t, 4> candidates = {u',', u';', u'\t', u'|'};
    char16_t best = u',';
    FieldCounts bestCounts;
    bool found = false;
    for (const char16_t candidate : candidates) {
        const FieldCounts counts = countFields(sampleText, candidate);
        if (counts.modeCount <= 1)
            continue;
        if (!found || isBetter(counts, bestCounts)) {
            best = candidate;
            bestCounts = counts;
            found = true;
        }
    }
    return QChar(best);
}

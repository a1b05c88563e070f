// DelimiterSniffer: guesses a CSV file's field delimiter from a decoded sample of its first lines.
#pragma once

#include <QChar>
#include <QStringView>

class DelimiterSniffer
{
public:
    static constexpr int sampledRecords = 20;

    // Picks among ',', ';', '\t' and '|' the one that splits the first records (quotes respected) into the same
    // number of fields, more than one. ',' when nothing fits, e.g. a single-column file.
    static QChar sniff(QStringView sampleText);
};

// CharsetDetector: guesses the character encoding of a CSV file from its first bytes (BOM, UTF-8, Japanese, uchardet).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

struct CharsetGuess
{
    QByteArray name;     // a TextDecoder charset name: "UTF-8", "UTF-16LE", "Shift_JIS" (CP932), "EUC-JP", ...
    int bomLength = 0;   // bytes of byte order mark at the start of the file
    bool binary = false; // not a text file (name is then empty)
};

class CharsetDetector
{
    Q_DECLARE_TR_FUNCTIONS(CharsetDetector)

public:
    // How much of a file to hand to detect(); more costs time without improving Japanese/Latin guesses much.
    static constexpr qsizetype recommendedSampleSize = 64 * 1024;

    // sampleIsWholeFile: false if the sample was cut from a longer file, so a multi-byte sequence cut at its end
    // is not an error.
    static CharsetGuess detect(const QByteArray& sample, bool sampleIsWholeFile);

    // The charsets a user can pick to override the guess, in display order.
    static QStringList supportedCharsets();
    // Translated, for a combo box: "Shift_JIS (Windows/Excel, CP932)". Unknown names are shown as they are.
    static QString displayName(const QByteArray& name);
};

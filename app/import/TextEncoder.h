// TextEncoder: text to bytes in a chosen charset, for CSV export (e.g. Shift_JIS for Japanese Excel).
#pragma once

#include <QByteArray>
#include <QString>

class TextEncoder
{
public:
    // Encodes text without a byte order mark. Characters the charset cannot represent become '?', and their
    // count goes to *unencodableCount. For Shift_JIS/EUC-JP the JIS-style code points that CP932 spells
    // differently (〜 U+301C, − U+2212, ‖ U+2016, — U+2014, ¢ £ ¬) and U+00A0 are mapped first, as Excel does.
    // Unknown charset: returns a null QByteArray and sets *unencodableCount to -1.
    static QByteArray encode(const QString& text, const QByteArray& charset, int* unencodableCount = nullptr);
};

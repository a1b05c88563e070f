// Writes RFC 4180 CSV in UTF-8 (optionally with a BOM, for Excel) or Shift_JIS, guarding against formula injection.
#pragma once

#include <QStringList>

class QIODevice;

class CsvWriter
{
public:
    CsvWriter(QIODevice* device, const QByteArray& charset, bool byteOrderMark);

    // A spreadsheet runs a cell starting with = + - @ (or tab/CR) as a formula; such cells get a leading '.
    void setFormulaGuard(bool on) { m_formulaGuard = on; }
    void writeRecord(const QStringList& fields);
    bool ok() const { return m_ok; }
    // Characters the charset cannot carry (written as '?'): the caller tells the user.
    qint64 unencodableCount() const { return m_unencodable; }

    static QString guardFormula(const QString& cell);

private:
    QIODevice* m_device;
    QByteArray m_charset; // empty for UTF-8
    bool m_formulaGuard = true;
    bool m_ok = true;
    qint64 m_unencodable = 0;
    QString m_line;
};

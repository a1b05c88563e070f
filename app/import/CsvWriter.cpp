// Writes RFC 4180 CSV in UTF-8 (optionally with a BOM, for Excel) or Shift_JIS, guarding against formula injection.
#include "CsvWriter.h"

#include <QIODevice>

#include "import/TextEncoder.h"

CsvWriter::CsvWriter(QIODevice* device, const QByteArray& charset, bool byteOrderMark)
    : m_device(device)
{
    const bool utf8 = charset.isEmpty() || charset.compare("UTF-8", Qt::CaseInsensitive) == 0;
    if (!utf8) {
        m_charset = charset;
    } else if (byteOrderMark) {
        m_ok = m_device->write("\xEF\xBB\xBF", 3) == 3;
    }
}

QString CsvWriter::guardFormula(const QString& cell)
{
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r') {
            return QLatin1Char('\'') + cell;
        }
    }
    return cell;
}

void CsvWriter::writeRecord(const QStringList& fields)
{
    m_line.clear();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            m_line += QLatin1Char(',');
        }
        const QString cell = m_formulaGuard ? guardFormula(fields.at(i)) : fields.at(i);
        const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
                           || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
        if (quote) {
            m_line += QLatin1Char('"') + QString(cell).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                      + QLatin1Char('"');
        } else {
            m_line += cell;
        }
    }
    m_line += QStringLiteral("\r\n");
    QByteArray bytes;
    if (m_charset.isEmpty()) {
        bytes = m_line.toUtf8();
    } else {
        int unencodable = 0;
        bytes = TextEncoder::encode(m_line, m_charset, &unencodable);
        m_ok = m_ok && unencodable >= 0;
        m_unencodable += qMax(0, unencodable);
    }
    m_ok = m_ok && m_device->write(bytes) == bytes.size();
}

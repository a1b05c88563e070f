// The values of a multi-row statement; see the header.
#include "SqliteValues.h"

void SqliteValues::clear()
{
    m_values.clear();
    m_text.clear();
}

void SqliteValues::append(qint64 value)
{
    m_values.push_back({value, kInteger});
}

void SqliteValues::appendNull()
{
    m_values.push_back({0, kNull});
}

void SqliteValues::append(QStringView text)
{
    const auto offset = static_cast<qsizetype>(m_text.size());
    m_text.resize(static_cast<size_t>(offset + m_encoder.requiredSpace(text.size())));
    char* const end = m_encoder.appendToBuffer(m_text.data() + offset, text);
    const qsizetype written = end - (m_text.data() + offset);
    m_text.resize(static_cast<size_t>(offset + written));
    m_values.push_back({offset, static_cast<int>(written)});
}

// The values of a multi-row statement, kept as SQLite binds them: integers, and text already in UTF-8.
#pragma once

#include <string>
#include <vector>

#include <QStringEncoder>
#include <QStringView>

class SqliteValues
{
public:
    // Keeps the buffers' capacity: a bulk write refills one object batch after batch without allocating.
    void clear();
    void append(qint64 value);
    void appendNull();
    // Converted to UTF-8 once, here: SQLite would otherwise translate (and allocate for) every UTF-16 value.
    // A null string is stored as '' (our text columns are NOT NULL DEFAULT '').
    void append(QStringView text);
    qsizetype size() const { return static_cast<qsizetype>(m_values.size()); }

private:
    friend class SqliteStatement;
    struct Value
    {
        qint64 integerOrOffset = 0; // a text's offset in m_text: the buffer may move while values are appended
        int textSize = kInteger;    // or the text's size in bytes
    };
    static constexpr int kInteger = -1;
    static constexpr int kNull = -2;
    std::vector<Value> m_values;
    std::string m_text;
    QStringEncoder m_encoder {QStringEncoder::Utf8};
};

// HtmlTokenizer: a small, tolerant, linear-time pull tokenizer for HTML as mail clients and browsers see it — what
// the sanitiser, the renderer's rewriting passes and the plain-text converter walk instead of regular expressions.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

class HtmlTokenizer
{
public:
    struct Attribute
    {
        QString name;     // lower case; for a merge tag standing where an attribute would, the whole tag
        QString rawValue; // as written, entities not decoded
        bool hasValue = false;
        bool mergeTag = false; // {{#if x}} between attributes: kept verbatim by those who keep it

        QString value() const; // entities decoded
    };

    struct Token
    {
        enum class Type { Text, StartTag, EndTag, Comment, Doctype, End };
        Type type = Type::End;
        QString name;         // tags: lower-case name
        QString text;         // Text: as written (entities not decoded); Comment: the inside; Doctype: the inside
        bool rawText = false; // Text inside <script>, <style> … : not markup at all
        bool selfClosing = false;
        QList<Attribute> attributes;
        qsizetype begin = 0; // where the token is in the source
        qsizetype end = 0;

        const Attribute* attribute(QStringView name) const;
    };

    explicit HtmlTokenizer(const QString& html);

    Token next();
    bool atEnd() const { return m_pos >= m_source.size() && m_rawTextOf.isEmpty(); }

    // Helpers shared by the tokenizer's users.
    static QString decodeEntities(QStringView text);
    static bool isVoidElement(QStringView name);
    // The length of a merge tag {{…}} starting at `pos` (no "{{" or "<" inside, not longer than a sane tag),
    // or 0 when there is none there.
    static qsizetype mergeTagLength(QStringView text, qsizetype pos);

private:
    Token readNext();
    Token readTag(bool end);
    Token readComment();
    Token readBogusComment(qsizetype from);
    Token readRawText();

    const QString m_source;
    qsizetype m_pos = 0;
    QString m_rawTextOf; // after <script> etc.: the element whose end ends the raw text
};

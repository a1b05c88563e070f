// HtmlTokenizer: follows the HTML5 tokenizer's rules where they matter for safety (raw-text elements, unquoted and
// unclosed attributes, bogus comments, numeric entities without ";") and stays linear on any input.
#include "HtmlTokenizer.h"

using namespace Qt::StringLiterals;

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isRawTextElement(QStringView name)
{
    static const QStringList names = {u"script"_s,
                                      u"style"_s,
                                      u"textarea"_s,
                                      u"title"_s,
                                      u"xmp"_s,
                                      u"iframe"_s,
                                      u"noembed"_s,
                                      u"noframes"_s,
                                      u"noscript"_s,
                                      u"plaintext"_s};
    return names.contains(name);
}

int digitValue(QChar c, int base)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (base == 16 && c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (base == 16 && c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

} // namespace

QString HtmlTokenizer::Attribute::value() const
{
    return decodeEntities(rawValue);
}

const HtmlTokenizer::Attribute* HtmlTokenizer::Token::attribute(QStringView wanted) const
{
    for (const Attribute& a : attributes) {
        if (!a.mergeTag && a.name == wanted)
            return &a;
    }
    return nullptr;
}

HtmlTokenizer::HtmlTokenizer(const QString& html)
    : m_source(html)
{
}

HtmlTokenizer::Token HtmlTokenizer::next()
{
    const qsizetype begin = m_pos;
    Token token = readNext();
    token.begin = begin;
    token.end = m_pos;
    return token;
}

HtmlTokenizer::Token HtmlTokenizer::readNext()
{
    if (!m_rawTextOf.isEmpty())
        return readRawText();
    const qsizetype size = m_source.size();
    if (m_pos >= size)
        return {};
    const qsizetype start = m_pos;
    if (m_source.at(m_pos) == u'<' && m_pos + 1 < size) {
        const QChar c = m_source.at(m_pos + 1);
        if (isAsciiLetter(c))
            return readTag(false);
        if (c == u'/') {
            if (m_pos + 2 < size && isAsciiLetter(m_source.at(m_pos + 2)))
                return readTag(true);
            if (m_pos + 2 < size && m_source.at(m_pos + 2) == u'>') { // "</>" is dropped
                m_pos += 3;
                return readNext();
            }
            return readBogusComment(m_pos + 2);
        }
        if (c == u'!') {
            if (QStringView(m_source).sliced(m_pos + 2).startsWith(u"--"))
                return readComment();
            if (QStringView(m_source).sliced(m_pos + 2).startsWith(u"doctype", Qt::CaseInsensitive)) {
                Token token = readBogusComment(m_pos + 2);
                token.type = Token::Type::Doctype;
                return token;
            }
            return readBogusComment(m_pos + 2);
        }
        if (c == u'?')
            return readBogusComment(m_pos + 1);
    }
    // Text up to the next "<" that starts markup (a lone "<" is text).
    qsizetype pos = m_pos + 1;
    while (true) {
        pos = m_source.indexOf(u'<', pos);
        if (pos < 0 || pos + 1 >= size) {
            pos = size;
            break;
        }
        const QChar c = m_source.at(pos + 1);
        if (isAsciiLetter(c) || c == u'/' || c == u'!' || c == u'?')
            break;
        ++pos;
    }
    m_pos = pos;
    Token token;
    token.type = Token::Type::Text;
    token.text = m_source.sliced(start, pos - start);
    return token;
}

HtmlTokenizer::Token HtmlTokenizer::readTag(bool end)
{
    const qsizetype size = m_source.size();
    qsizetype pos = m_pos + (end ? 2 : 1);
    const qsizetype nameStart = pos;
    while (pos < size && !isHtmlSpace(m_source.at(pos)) && m_source.at(pos) != u'/' && m_source.at(pos) != u'>')
        ++pos;
    Token token;
    token.type = end ? Token::Type::EndTag : Token::Type::StartTag;
    token.name = m_source.sliced(nameStart, pos - nameStart).toLower();

    while (pos < size) {
        const QChar c = m_source.at(pos);
        if (isHtmlSpace(c)) {
            ++pos;
            continue;
        }
        if (c == u'>') {
            ++pos;
            m_pos = pos;
            if (!end && isRawTextElement(token.name))
                m_rawTextOf = token.name;
            if (end)
                token.attributes.clear(); // end tags have none worth keeping
            return token;
        }
        if (c == u'/') {
            ++pos;
            if (pos < size && m_source.at(pos) == u'>')
                token.selfClosing = true;
            continue;
        }
        if (const qsizetype length = mergeTagLength(m_source, pos)) {
            Attribute attribute;
            attribute.name = m_source.sliced(pos, length);
            attribute.mergeTag = true;
            token.attributes.append(attribute);
            pos += length;
            continue;
        }
        // An attribute name: its first character may even be "=" (the HTML5 rules).
        const qsizetype attributeStart = pos;
        ++pos;
        while (pos < size) {
            const QChar n = m_source.at(pos);
            if (isHtmlSpace(n) || n == u'/' || n == u'>' || n == u'=')
                break;
            ++pos;
        }
        Attribute attribute;
        attribute.name = m_source.sliced(attributeStart, pos - attributeStart).toLower();
        qsizetype look = pos;
        while (look < size && isHtmlSpace(m_source.at(look)))
            ++look;
        if (look < size && m_source.at(look) == u'=') {
            pos = look + 1;
            while (pos < size && isHtmlSpace(m_source.at(pos)))
                ++pos;
            attribute.hasValue = true;
            if (pos < size && (m_source.at(pos) == u'"' || m_source.at(pos) == u'\'')) {
                const QChar quote = m_source.at(pos);
                const qsizetype close = m_source.indexOf(quote, pos + 1);
                if (close < 0)
                    break; // the tag never ends: a browser drops it, so do we
                attribute.rawValue = m_source.sliced(pos + 1, close - pos - 1);
                pos = close + 1;
            } else {
                const qsizetype valueStart = pos;
                while (pos < size && !isHtmlSpace(m_source.at(pos)) && m_source.at(pos) != u'>')
                    ++pos;
                attribute.rawValue = m_source.sliced(valueStart, pos - valueStart);
            }
        }
        token.attributes.append(attribute);
    }
    // End of input inside a tag: nothing of it is emitted.
    m_pos = size;
    return {};
}

HtmlTokenizer::Token HtmlTokenizer::readComment()
{
    // m_pos at "<!--"; "<!-->" and "<!--->" are empty comments.
    const qsizetype bodyStart = m_pos + 4;
    Token token;
    token.type = Token::Type::Comment;
    for (const QStringView empty : {u">"_s, u"->"_s}) {
        if (QStringView(m_source).sliced(bodyStart).startsWith(empty)) {
            m_pos = bodyStart + empty.size();
            return token;
        }
    }
    const qsizetype close = m_source.indexOf(u"-->", bodyStart);
    const qsizetype end = close < 0 ? m_source.size() : close;
    token.text = m_source.sliced(bodyStart, end - bodyStart);
    m_pos = close < 0 ? m_source.size() : close + 3;
    return token;
}

HtmlTokenizer::Token HtmlTokenizer::readBogusComment(qsizetype from)
{
    const qsizetype close = m_source.indexOf(u'>', from);
    const qsizetype end = close < 0 ? m_source.size() : close;
    Token token;
    token.type = Token::Type::Comment;
    token.text = m_source.sliced(from, end - from);
    m_pos = close < 0 ? m_source.size() : close + 1;
    return token;
}

HtmlTokenizer::Token HtmlTokenizer::readRawText()
{
    Token token;
    token.type = Token::Type::Text;
    token.rawText = true;
    const QString endTag = u"</"_s + m_rawTextOf;
    qsizetype end = m_source.size();
    if (m_rawTextOf != u"plaintext") {
        qsizetype pos = m_pos;
        while ((pos = m_source.indexOf(endTag, pos, Qt::CaseInsensitive)) >= 0) {
            const qsizetype after = pos + endTag.size();
            if (after >= m_source.size() || isHtmlSpace(m_source.at(after)) || m_source.at(after) == u'>'
                || m_source.at(after) == u'/') {
                end = pos;
                break;
            }
            pos = after;
        }
    }
    token.text = m_source.sliced(m_pos, end - m_pos);
    m_pos = end;
    m_rawTextOf.clear();
    if (token.text.isEmpty())
        return readNext();
    return token;
}

qsizetype HtmlTokenizer::mergeTagLength(QStringView text, qsizetype pos)
{
    constexpr qsizetype longest = 400;
    if (!text.sliced(pos).startsWith(u"{{"))
        return 0;
    const qsizetype limit = std::min(text.size(), pos + longest);
    for (qsizetype i = pos + 2; i + 1 < limit; ++i) {
        const QChar c = text.at(i);
        if (c == u'<' || (c == u'{' && text.at(i + 1) == u'{'))
            return 0;
        if (c == u'}' && text.at(i + 1) == u'}')
            return i + 2 - pos;
    }
    return 0;
}

bool HtmlTokenizer::isVoidElement(QStringView name)
{
    static const QStringList names = {u"area"_s,
                                      u"base"_s,
                                      u"br"_s,
                                      u"col"_s,
                                      u"embed"_s,
                                      u"hr"_s,
                                      u"img"_s,
                                      u"input"_s,
                                      u"link"_s,
                                      u"meta"_s,
                                      u"param"_s,
                                      u"source"_s,
                                      u"track"_s,
                                      u"wbr"_s,
                                      u"keygen"_s};
    return names.contains(name);
}

QString HtmlTokenizer::decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    // The entities that matter for reading URLs and text; unknown ones stay as written.
    static const QList<std::pair<QString, char32_t>> named = {
        {u"amp"_s, U'&'},    {u"lt"_s, U'<'},     {u"gt"_s, U'>'},       {u"quot"_s, U'"'},     {u"apos"_s, U'\''},
        {u"nbsp"_s, 0xA0},   {u"colon"_s, U':'},  {u"tab"_s, U'\t'},     {u"newline"_s, U'\n'}, {u"lpar"_s, U'('},
        {u"rpar"_s, U')'},   {u"sol"_s, U'/'},    {u"num"_s, U'#'},      {u"semi"_s, U';'},     {u"period"_s, U'.'},
        {u"copy"_s, 0xA9},   {u"reg"_s, 0xAE},    {u"hellip"_s, 0x2026}, {u"mdash"_s, 0x2014},  {u"ndash"_s, 0x2013},
        {u"zwnj"_s, 0x200C}, {u"yen"_s, 0xA5},    {u"middot"_s, 0xB7},   {u"laquo"_s, 0xAB},    {u"raquo"_s, 0xBB},
        {u"bull"_s, 0x2022}, {u"emsp"_s, 0x2003}, {u"ensp"_s, 0x2002},   {u"thinsp"_s, 0x2009}, {u"zwj"_s, 0x200D},
    };
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out += c;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        if (j < text.size() && text.at(j) == u'#') {
            ++j;
            const bool hex = j < text.size() && (text.at(j) == u'x' || text.at(j) == u'X');
            if (hex)
                ++j;
            const qsizetype digitsStart = j;
            char32_t code = 0;
            for (; j < text.size(); ++j) {
                const int digit = digitValue(text.at(j), hex ? 16 : 10);
                if (digit < 0)
                    break;
                if (code <= 0x10FFFF) // absurdly long numbers stay out of range: replaced below
                    code = code * (hex ? 16 : 10) + char32_t(digit);
            }
            if (j == digitsStart) {
                out += c;
                ++i;
                continue;
            }
            if (j < text.size() && text.at(j) == u';')
                ++j;
            if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                code = 0xFFFD;
            out += QString::fromUcs4(&code, 1);
            i = j;
            continue;
        }
        while (j < text.size() && j - i <= 10 && text.at(j).isLetterOrNumber() && text.at(j).unicode() < 128)
            ++j;
        const QString name = text.sliced(i + 1, j - i - 1).toString().toLower();
        bool found = false;
        for (const auto& [entity, code] : named) {
            if (entity == name) {
                out += QString::fromUcs4(&code, 1);
                found = true;
                break;
            }
        }
        if (!found) {
            out += c;
            ++i;
            continue;
        }
        if (j < text.size() && text.at(j) == u';')
            ++j;
        i = j;
    }
    return out;
}

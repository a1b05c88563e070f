// HtmlSanitizer: one pass over HtmlTokenizer's tokens that re-serialises what is kept (attributes always quoted,
// stray "<" escaped, tags balanced), so nothing the browser would read differently can slip between two tokens.
#include "HtmlSanitizer.h"

#include <QHash>
#include <QSet>

#include "templates/HtmlTokenizer.h"

using namespace Qt::StringLiterals;

namespace {

using Token = HtmlTokenizer::Token;
using Attribute = HtmlTokenizer::Attribute;

enum class Mode { Document, Inline };

// Gone with everything inside them, in both modes.
const QSet<QString>& droppedWithContent()
{
    static const QSet<QString> names = {u"script"_s,
                                        u"noscript"_s,
                                        u"iframe"_s,
                                        u"frame"_s,
                                        u"frameset"_s,
                                        u"noframes"_s,
                                        u"noembed"_s,
                                        u"object"_s,
                                        u"applet"_s,
                                        u"svg"_s,
                                        u"math"_s,
                                        u"template"_s,
                                        u"xmp"_s,
                                        u"plaintext"_s,
                                        u"textarea"_s,
                                        u"select"_s,
                                        u"portal"_s,
                                        u"fencedframe"_s};
    return names;
}

// Elements that are unsafe in themselves and are reported (the rest of droppedWithContent is reported too).
const QSet<QString>& droppedVoid()
{
    static const QSet<QString> names = {u"embed"_s, u"base"_s, u"input"_s, u"keygen"_s, u"isindex"_s, u"param"_s};
    return names;
}

const QSet<QString>& inlineAllowed()
{
    static const QSet<QString> names
        = {u"p"_s, u"br"_s, u"b"_s, u"strong"_s, u"i"_s, u"em"_s, u"u"_s, u"a"_s, u"span"_s, u"ul"_s, u"ol"_s, u"li"_s};
    return names;
}

const QSet<QString>& urlAttributes()
{
    static const QSet<QString> names
        = {u"href"_s,   u"src"_s,      u"action"_s,   u"formaction"_s, u"background"_s, u"poster"_s, u"lowsrc"_s,
           u"dynsrc"_s, u"cite"_s,     u"longdesc"_s, u"usemap"_s,     u"xlink:href"_s, u"data"_s,   u"codebase"_s,
           u"ping"_s,   u"manifest"_s, u"profile"_s,  u"archive"_s,    u"classid"_s,    u"srcset"_s};
    return names;
}

bool validName(QStringView name, bool allowColon)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    const QChar first = name.at(0);
    if (!((first >= u'a' && first <= u'z') || (allowColon && first == u'_')))
        return false;
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_'
                        || (allowColon && (c == u':' || c == u'.'));
        if (!ok)
            return false;
    }
    return true;
}

// What a browser makes of a URL attribute: entities decoded, control characters and whitespace the URL parser
// skips removed, so "&#106;ava&#x09;script:" is seen as the "javascript:" it is.
QString normalisedUrl(const QString& decoded)
{
    QString url;
    url.reserve(decoded.size());
    for (const QChar c : decoded) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7F || c.unicode() == 0xA0 || c.unicode() == 0x200B
            || c.unicode() == 0xFEFF)
            continue;
        url += c;
    }
    return url;
}

// The scheme in lower case, or empty for a relative URL.
QString schemeOf(const QString& url)
{
    for (qsizetype i = 0; i < url.size(); ++i) {
        const QChar c = url.at(i);
        if (c == u':')
            return i == 0 ? QString() : url.first(i).toLower();
        const bool schemeChar = c.isLetter() || (i > 0 && (c.isDigit() || c == u'+' || c == u'-' || c == u'.'));
        if (!schemeChar || c.unicode() > 127)
            return {};
    }
    return {};
}

enum class UrlUse { Link, ImageSource, Other };

// Document mode: relative URLs and the harmless schemes pass; inline mode: absolute web and mail links only.
bool urlAllowed(const QString& rawDecoded, UrlUse use, Mode mode)
{
    const QString url = normalisedUrl(rawDecoded);
    if (url.startsWith(u"{{"))
        return true; // a merge field ({{unsubscribe_url}}): the delivery engine fills it
    const QString scheme = schemeOf(url);
    if (scheme.isEmpty())
        return mode == Mode::Document;
    if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
        return true;
    if (mode == Mode::Inline)
        return false;
    if (scheme == u"tel" || scheme == u"cid" || scheme == u"asset" || scheme == u"sms")
        return true;
    if (scheme == u"data" && use == UrlUse::ImageSource) {
        const QString lower = url.toLower();
        for (const QStringView type : {u"png"_s, u"jpeg"_s, u"jpg"_s, u"gif"_s, u"webp"_s}) {
            const QString prefix = u"data:image/"_s + type;
            if (lower.startsWith(prefix)
                && (lower.size() == prefix.size() || lower.at(prefix.size()) == u';'
                    || lower.at(prefix.size()) == u','))
                return true;
        }
    }
    return false;
}

int hexDigit(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// CSS as the (old) browsers read it: escapes decoded, comments and whitespace gone, lower case.
QString normalisedCss(QStringView css)
{
    QString out;
    out.reserve(css.size());
    for (qsizetype i = 0; i < css.size(); ++i) {
        const QChar c = css.at(i);
        if (c == u'/' && i + 1 < css.size() && css.at(i + 1) == u'*') {
            const qsizetype close = css.indexOf(u"*/", i + 2);
            if (close < 0)
                break;
            i = close + 1;
            continue;
        }
        if (c == u'\\' && i + 1 < css.size()) {
            qsizetype j = i + 1;
            char32_t code = 0;
            int digits = 0;
            while (j < css.size() && digits < 6 && hexDigit(css.at(j)) >= 0) {
                code = code * 16 + char32_t(hexDigit(css.at(j)));
                ++j;
                ++digits;
            }
            if (digits > 0) {
                if (j < css.size() && css.at(j).isSpace())
                    ++j;
                if (code > 0 && code <= 0x10FFFF)
                    out += QString::fromUcs4(&code, 1).toLower();
                i = j - 1;
            } else {
                out += css.at(i + 1).toLower();
                ++i;
            }
            continue;
        }
        if (c.isSpace())
            continue;
        out += c.toLower();
    }
    return out;
}

bool cssDangerous(QStringView css)
{
    const QString normal = normalisedCss(css);
    for (const QStringView bad :
         {u"expression("_s, u"javascript:"_s, u"vbscript:"_s, u"behavior:"_s, u"-moz-binding"_s, u"livescript:"_s}) {
        if (normal.contains(bad))
            return true;
    }
    return false;
}

// span[style]: only its colour survives, and only a plain one.
QString colourDeclaration(QStringView style)
{
    for (QStringView declaration : style.split(u';')) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon < 0)
            continue;
        if (declaration.first(colon).trimmed().compare(u"color", Qt::CaseInsensitive) != 0)
            continue;
        const QString value = declaration.sliced(colon + 1).trimmed().toString();
        if (value.isEmpty() || value.size() > 40)
            continue;
        bool ok = true;
        for (const QChar c : value) {
            if (!(c.isLetterOrNumber() || c == u'#' || c == u'(' || c == u')' || c == u',' || c == u'.' || c == u' '
                  || c == u'%')
                || c.unicode() > 127)
                ok = false;
        }
        if (ok)
            return u"color:"_s + value;
    }
    return {};
}

// Attribute values are always written quoted: " unless the value holds one (a merge tag's "gold"), then '.
void appendAttribute(QString& out, const QString& name, const QString& raw)
{
    out += u' ';
    out += name;
    out += u'=';
    if (!raw.contains(u'"')) {
        out += u'"' + raw + u'"';
    } else if (!raw.contains(u'\'')) {
        out += u'\'' + raw + u'\'';
    } else {
        QString escaped = raw;
        escaped.replace(u'"', u"&quot;"_s);
        out += u'"' + escaped + u'"';
    }
}

QString escapedText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'<')
            out += u"&lt;";
        else
            out += c;
    }
    return out;
}

class Sanitizer
{
public:
    Sanitizer(Mode mode, bool balance, QStringList& removed)
        : m_mode(mode)
        , m_balance(balance)
        , m_removed(removed)
    {
    }

    QString run(const QString& html)
    {
        m_out.reserve(html.size());
        HtmlTokenizer tokenizer(html);
        while (true) {
            const Token token = tokenizer.next();
            if (token.type == Token::Type::End)
                break;
            if (!m_skipping.isEmpty()) {
                skip(token);
                continue;
            }
            switch (token.type) {
            case Token::Type::Text:
                text(token);
                break;
            case Token::Type::StartTag:
                startTag(token);
                break;
            case Token::Type::EndTag:
                endTag(token.name);
                break;
            case Token::Type::Comment:
                comment(token.text);
                break;
            case Token::Type::Doctype:
                if (m_mode == Mode::Document && !token.text.contains(u'<'))
                    m_out += u"<!"_s + token.text + u'>';
                break;
            case Token::Type::End:
                break;
            }
        }
        if (m_balance) {
            while (!m_open.isEmpty())
                closeTop();
        }
        return m_out;
    }

private:
    void report(const QString& what)
    {
        if (!m_removed.contains(what))
            m_removed.append(what);
    }

    void skip(const Token& token)
    {
        if (token.type == Token::Type::StartTag && token.name == m_skipping
            && !HtmlTokenizer::isVoidElement(token.name))
            ++m_skipDepth;
        else if (token.type == Token::Type::EndTag && token.name == m_skipping && --m_skipDepth == 0)
            m_skipping.clear();
    }

    void text(const Token& token)
    {
        if (!token.rawText) {
            m_out += escapedText(token.text);
            return;
        }
        // Raw text whose element we kept: <style> (checked) or <title>; anything else never reaches here kept.
        if (m_rawElement == u"style") {
            if (cssDangerous(token.text)) {
                report(HtmlSanitizer::tr("a style sheet with scripting (expression(), javascript:, behavior)"));
                // The <style> tag is already written: empty it rather than leave the script.
                return;
            }
            m_out += token.text;
        } else {
            m_out += escapedText(token.text);
        }
    }

    void startTag(const Token& token)
    {
        const QString& name = token.name;
        m_rawElement.clear();
        if (droppedWithContent().contains(name)
            || (m_mode == Mode::Inline && (name == u"style" || name == u"title" || name == u"head"))) {
            if (m_mode == Mode::Document || !(name == u"style" || name == u"title" || name == u"head"))
                report(HtmlSanitizer::tr("a <%1> element").arg(name));
            const bool foreignSelfClosing = token.selfClosing && (name == u"svg" || name == u"math");
            if (!foreignSelfClosing) {
                m_skipping = name;
                m_skipDepth = 1;
            }
            return;
        }
        if (droppedVoid().contains(name)) {
            report(HtmlSanitizer::tr("a <%1> element").arg(name));
            return;
        }
        if (!validName(name, m_mode == Mode::Document))
            return;
        if (m_mode == Mode::Document && (name == u"form" || name == u"button")) {
            report(HtmlSanitizer::tr("a form"));
            return; // unwrapped: its text stays
        }
        if (m_mode == Mode::Document && name == u"meta") {
            if (const Attribute* equiv = token.attribute(u"http-equiv")) {
                const QString kind = equiv->value().trimmed().toLower();
                if (kind != u"content-type" && kind != u"x-ua-compatible") {
                    report(HtmlSanitizer::tr("a <meta http-equiv=\"%1\">").arg(kind));
                    return;
                }
            }
        }
        if (m_mode == Mode::Document && name == u"link") {
            const Attribute* rel = token.attribute(u"rel");
            const Attribute* href = token.attribute(u"href");
            const QString scheme = href ? schemeOf(normalisedUrl(href->value())) : QString();
            if (!rel || rel->value().trimmed().toLower() != u"stylesheet" || scheme != u"https") {
                report(HtmlSanitizer::tr("a <link> that is not an https style sheet"));
                return;
            }
        }
        if (m_mode == Mode::Inline) {
            for (const Attribute& attribute : token.attributes) {
                if (!attribute.mergeTag && attribute.name.startsWith(u"on"))
                    report(HtmlSanitizer::tr("an event handler (%1)").arg(attribute.name));
            }
            if (!inlineAllowed().contains(name))
                return; // unwrapped: its text stays
        }

        m_out += u'<' + name;
        if (m_mode == Mode::Inline)
            inlineAttributes(token);
        else
            documentAttributes(token);
        const bool isVoid = HtmlTokenizer::isVoidElement(name);
        m_out += (isVoid && token.selfClosing) ? u" />"_s : u">"_s;
        if (isVoid)
            return;
        if (name == u"style" || name == u"title")
            m_rawElement = name;
        if (m_balance) {
            m_open.append(name);
            ++m_openCount[name];
        }
    }

    void documentAttributes(const Token& token)
    {
        QSet<QString> seen;
        for (const Attribute& attribute : token.attributes) {
            if (attribute.mergeTag) {
                // {{#if}} / {{else}} / {{/if}} between attributes print nothing themselves; a {{field}} there could
                // print "onclick=…" from a contact's data, so it goes.
                const QString inner = attribute.name.sliced(2, attribute.name.size() - 4).trimmed();
                if (inner.startsWith(u'#') || inner.startsWith(u'/') || inner == u"else")
                    m_out += u' ' + attribute.name;
                else
                    report(HtmlSanitizer::tr("a merge field between a tag's attributes"));
                continue;
            }
            const QString& name = attribute.name;
            if (!validName(name, true) || seen.contains(name))
                continue;
            seen.insert(name);
            if (name.startsWith(u"on")) {
                report(HtmlSanitizer::tr("an event handler (%1)").arg(name));
                continue;
            }
            if (name == u"srcdoc" || name == u"formaction" || name == u"action") {
                report(HtmlSanitizer::tr("a “%1” attribute").arg(name));
                continue;
            }
            if (name == u"style" && cssDangerous(attribute.value())) {
                report(HtmlSanitizer::tr("a style with scripting (expression(), javascript:, behavior)"));
                continue;
            }
            if (urlAttributes().contains(name) && !urlValueAllowed(token.name, name, attribute.value())) {
                report(HtmlSanitizer::tr("an unsafe link (%1)").arg(shortUrl(attribute.value())));
                continue;
            }
            if (attribute.hasValue)
                appendAttribute(m_out, name, attribute.rawValue);
            else
                m_out += u' ' + name;
        }
    }

    void inlineAttributes(const Token& token)
    {
        if (token.name == u"a") {
            if (const Attribute* href = token.attribute(u"href")) {
                if (urlAllowed(href->value(), UrlUse::Link, Mode::Inline))
                    appendAttribute(m_out, u"href"_s, href->rawValue);
                else if (!schemeOf(normalisedUrl(href->value())).isEmpty())
                    report(HtmlSanitizer::tr("an unsafe link (%1)").arg(shortUrl(href->value())));
            }
        } else if (token.name == u"span") {
            if (const Attribute* style = token.attribute(u"style")) {
                if (cssDangerous(style->value())) {
                    report(HtmlSanitizer::tr("a style with scripting (expression(), javascript:, behavior)"));
                } else {
                    const QString colour = colourDeclaration(style->value());
                    if (!colour.isEmpty())
                        appendAttribute(m_out, u"style"_s, colour);
                }
            }
        }
    }

    bool urlValueAllowed(const QString& element, const QString& attribute, const QString& value) const
    {
        const UrlUse use = (attribute == u"src" || attribute == u"srcset") && element == u"img" ? UrlUse::ImageSource
                           : attribute == u"href"                                               ? UrlUse::Link
                                                                                                : UrlUse::Other;
        if (attribute != u"srcset")
            return urlAllowed(value, use, m_mode);
        for (const QStringView candidate : QStringView(value).split(u',')) {
            const QString url = candidate.trimmed().split(u' ').value(0).toString();
            if (!url.isEmpty() && !urlAllowed(url, use, m_mode))
                return false;
        }
        return true;
    }

    static QString shortUrl(const QString& url)
    {
        const QString normal = normalisedUrl(url);
        return normal.size() > 40 ? normal.first(40) + u'…' : normal;
    }

    void endTag(const QString& name)
    {
        m_rawElement.clear();
        if (!validName(name, m_mode == Mode::Document) || HtmlTokenizer::isVoidElement(name))
            return;
        if (m_mode == Mode::Inline && !inlineAllowed().contains(name))
            return;
        if (m_mode == Mode::Document && (name == u"form" || name == u"button"))
            return;
        if (!m_balance) {
            m_out += u"</"_s + name + u'>';
            return;
        }
        if (m_openCount.value(name) == 0)
            return; // closes nothing we opened: it must not close the renderer's tables around us
        while (!m_open.isEmpty()) {
            const QString top = m_open.constLast();
            closeTop();
            if (top == name)
                break;
        }
    }

    void closeTop()
    {
        const QString name = m_open.takeLast();
        --m_openCount[name];
        m_out += u"</"_s + name + u'>';
    }

    // Outlook's conditional comments carry the MSO layout: kept, with their inside sanitised too.
    void comment(const QString& text)
    {
        if (m_mode == Mode::Inline)
            return;
        static const QString allowedCondition
            = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !()&|."_s;
        if (text == u"<![endif]" || text == u"[endif]") {
            m_out += u"<!--"_s + text + u"-->"_s;
            return;
        }
        if (!text.startsWith(u"[if ", Qt::CaseInsensitive))
            return;
        const qsizetype close = text.indexOf(u"]>");
        if (close < 0)
            return;
        const QString condition = text.sliced(4, close - 4);
        for (const QChar c : condition) {
            if (!allowedCondition.contains(c))
                return;
        }
        const QString rest = text.sliced(close + 2);
        if (rest == u"<!") { // <!--[if !mso]><!--> : the opener of content every other client shows
            m_out += u"<!--"_s + text + u"-->"_s;
            return;
        }
        QString inner = rest;
        const bool endif = inner.endsWith(u"<![endif]");
        if (endif)
            inner.chop(9);
        Sanitizer nested(m_mode, false, m_removed);
        m_out += u"<!--[if "_s + condition + u"]>"_s + nested.run(inner) + (endif ? u"<![endif]"_s : QString())
                 + u"-->"_s;
    }

    const Mode m_mode;
    const bool m_balance;
    QStringList& m_removed;
    QString m_out;
    QString m_skipping; // the element dropped with its content, while inside it
    int m_skipDepth = 0;
    QString m_rawElement; // the kept <style>/<title> whose raw text comes next
    QStringList m_open;
    QHash<QString, int> m_openCount;
};

} // namespace

HtmlSanitizer::Cleaned HtmlSanitizer::sanitizeDocument(const QString& html)
{
    Cleaned cleaned;
    Sanitizer sanitizer(Mode::Document, true, cleaned.removed);
    cleaned.html = sanitizer.run(html);
    return cleaned;
}

HtmlSanitizer::Cleaned HtmlSanitizer::sanitizeInline(const QString& html)
{
    Cleaned cleaned;
    Sanitizer sanitizer(Mode::Inline, true, cleaned.removed);
    cleaned.html = sanitizer.run(html);
    return cleaned;
}

// PlainTextBuilder: a greedy line filler over "unbreakable runs" — words between spaces, split further between
// CJK characters where kinsoku allows, with merge tags and URLs never split.
#include "PlainTextBuilder.h"

#include "templates/HtmlTokenizer.h"

using namespace Qt::StringLiterals;

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Kinsoku shori: characters a line must not start with, and ones it must not end with.
bool noBreakBefore(char32_t c)
{
    static const QString chars = u"、。，．・：；？！ー－―）」』】〕〉》〙〗｝］ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々〜…‥゛゜,.!?:;)]}%"_s;
    return c < 0x10000 && chars.contains(QChar(char16_t(c)));
}

bool noBreakAfter(char32_t c)
{
    static const QString chars = u"（「『【〔〈《〘〖｛［([{"_s;
    return c < 0x10000 && chars.contains(QChar(char16_t(c)));
}

bool isUrlStart(QStringView text)
{
    return text.startsWith(u"http://") || text.startsWith(u"https://") || text.startsWith(u"mailto:");
}

struct Run
{
    QString text;
    bool spaceBefore = false;
};

// One hard line into unbreakable runs.
QList<Run> runsOf(QStringView line)
{
    QList<Run> runs;
    QString current;
    bool spaceBefore = false;
    char32_t previous = 0;
    bool afterMergeTag = false;
    auto push = [&](bool nextSpaceBefore) {
        if (!current.isEmpty())
            runs.append({current, spaceBefore});
        current.clear();
        spaceBefore = nextSpaceBefore;
    };
    qsizetype i = 0;
    while (i < line.size()) {
        const QChar c = line.at(i);
        if (c == u' ' || c == u'\t') {
            push(runs.isEmpty() && current.isEmpty() ? false : true);
            previous = 0;
            afterMergeTag = false;
            ++i;
            continue;
        }
        if (const qsizetype length = HtmlTokenizer::mergeTagLength(line, i)) {
            current += line.sliced(i, length);
            i += length;
            previous = u'}';
            afterMergeTag = true;
            continue;
        }
        if (isUrlStart(line.sliced(i))) {
            qsizetype end = i;
            while (end < line.size() && line.at(end) != u' ' && line.at(end) != u'\t')
                ++end;
            current += line.sliced(i, end - i);
            i = end;
            previous = u'/';
            afterMergeTag = true; // nothing glued after a URL is split from it either
            continue;
        }
        char32_t code = c.unicode();
        qsizetype length = 1;
        if (c.isHighSurrogate() && i + 1 < line.size() && line.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, line.at(i + 1));
            length = 2;
        }
        if (!current.isEmpty() && !afterMergeTag && (isWide(previous) || isWide(code)) && !noBreakBefore(code)
            && !noBreakAfter(previous))
            push(false);
        current += line.sliced(i, length);
        previous = code;
        afterMergeTag = false;
        i += length;
    }
    push(false);
    return runs;
}

QString collapsedWhitespace(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f') {
            space = true;
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    if (space)
        out += u' ';
    return out;
}

QString cleanedLines(const QString& text)
{
    QStringList lines = text.split(u'\n');
    for (QString& line : lines)
        line = line.trimmed();
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

bool linkable(const QString& url)
{
    const QString lower = url.trimmed().toLower();
    return lower.startsWith(u"{{") || lower.startsWith(u"https://") || lower.startsWith(u"http://")
        || lower.startsWith(u"mailto:");
}

} // namespace

int PlainTextBuilder::displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString PlainTextBuilder::wrap(const QString& paragraph, int width)
{
    QStringList out;
    for (const QStringView line : QStringView(paragraph).split(u'\n')) {
        QString current;
        int currentWidth = 0;
        for (const Run& run : runsOf(line)) {
            const int runWidth = displayWidth(run.text);
            const int gap = run.spaceBefore && !current.isEmpty() ? 1 : 0;
            if (!current.isEmpty() && currentWidth + gap + runWidth > width) {
                out.append(current);
                current = run.text;
                currentWidth = runWidth;
                continue;
            }
            if (gap)
                current += u' ';
            current += run.text;
            currentWidth += gap + runWidth;
        }
        out.append(current);
    }
    return out.join(u'\n');
}

bool PlainTextBuilder::meaningfulAlt(const QString& alt)
{
    const QString trimmed = alt.trimmed();
    if (trimmed.isEmpty())
        return false;
    const QString lower = trimmed.toLower();
    for (const QStringView extension : {u".png"_s, u".jpg"_s, u".jpeg"_s, u".gif"_s, u".webp"_s, u".svg"_s}) {
        if (lower.endsWith(extension))
            return false;
    }
    return true;
}

void PlainTextBuilder::append(const QString& paragraph)
{
    const QString cleaned = cleanedLines(paragraph);
    if (!cleaned.isEmpty())
        m_paragraphs.append(cleaned);
}

int PlainTextBuilder::reference(const QString& url)
{
    const qsizetype index = m_links.indexOf(url);
    if (index >= 0)
        return int(index) + 1;
    m_links.append(url);
    return int(m_links.size());
}

void PlainTextBuilder::addHeading(const QString& text, int level)
{
    const QString wrapped = wrap(cleanedLines(text));
    if (wrapped.isEmpty())
        return;
    int underline = 0;
    for (const QStringView line : QStringView(wrapped).split(u'\n'))
        underline = std::max(underline, displayWidth(line));
    m_paragraphs.append(wrapped + u'\n' + QString(std::min(underline, int(LineWidth)), level <= 1 ? u'=' : u'-'));
}

void PlainTextBuilder::addParagraph(const QString& text)
{
    append(wrap(cleanedLines(text)));
}

void PlainTextBuilder::addLinkLine(const QString& label, const QString& url)
{
    const QString cleanLabel = collapsedWhitespace(label).trimmed();
    if (url.trimmed().isEmpty()) {
        addParagraph(cleanLabel);
        return;
    }
    // The URL is one run, so it stays whole even past the line width.
    append(wrap(cleanLabel.isEmpty() ? url : cleanLabel + u": "_s + url.trimmed()));
}

void PlainTextBuilder::addImage(const QString& alt, const QString& link)
{
    const bool linked = !link.trimmed().isEmpty() && linkable(link);
    if (!meaningfulAlt(alt) && !linked)
        return;
    const QString label = meaningfulAlt(alt) ? alt.trimmed() : tr("image");
    QString line = u'[' + collapsedWhitespace(label).trimmed() + u']';
    if (linked)
        line += u" ["_s + QString::number(reference(link.trimmed())) + u']';
    append(wrap(line));
}

void PlainTextBuilder::addRule()
{
    m_paragraphs.append(QString(40, u'-'));
}

void PlainTextBuilder::addHtml(const QString& html)
{
    static const QStringList blockElements
        = {u"p"_s,     u"div"_s,   u"table"_s,      u"tr"_s,      u"td"_s,     u"th"_s,     u"ul"_s,      u"ol"_s,
           u"section"_s, u"article"_s, u"blockquote"_s, u"header"_s, u"footer"_s, u"center"_s, u"hr"_s,
           u"pre"_s,   u"dl"_s,    u"dt"_s,         u"dd"_s,      u"body"_s,   u"html"_s,   u"address"_s};
    QString buffer;
    int headingLevel = 0;
    QList<int> lists; // per open list: 0 for <ul>, else the next number
    QString linkUrl;
    qsizetype linkStart = -1;
    QString hiddenElement;
    int hiddenDepth = 0;
    bool inHead = false;

    auto flush = [&]() {
        if (headingLevel > 0)
            addHeading(collapsedWhitespace(buffer), headingLevel);
        else
            addParagraph(buffer);
        buffer.clear();
    };

    HtmlTokenizer tokenizer(html);
    while (true) {
        const HtmlTokenizer::Token token = tokenizer.next();
        using Type = HtmlTokenizer::Token::Type;
        if (token.type == Type::End)
            break;
        if (!hiddenElement.isEmpty()) {
            if (token.type == Type::StartTag && token.name == hiddenElement && !token.selfClosing)
                ++hiddenDepth;
            else if (token.type == Type::EndTag && token.name == hiddenElement && --hiddenDepth == 0)
                hiddenElement.clear();
            continue;
        }
        if (token.type == Type::Text) {
            if (!token.rawText && !inHead)
                buffer += collapsedWhitespace(HtmlTokenizer::decodeEntities(token.text));
            continue;
        }
        if (token.type != Type::StartTag && token.type != Type::EndTag)
            continue;
        const QString& name = token.name;
        const bool start = token.type == Type::StartTag;
        if (name == u"head") {
            inHead = start;
            continue;
        }
        if (start && !HtmlTokenizer::isVoidElement(name)) {
            // The preheader and other hidden parts are for the HTML view only.
            const HtmlTokenizer::Attribute* style = token.attribute(u"style");
            if (style) {
                QString css = style->value().toLower();
                css.remove(u' ');
                if (css.contains(u"display:none")) {
                    hiddenElement = name;
                    hiddenDepth = 1;
                    continue;
                }
            }
        }
        if (name == u"br" && start) {
            buffer += u'\n';
        } else if (name == u"img" && start) {
            const HtmlTokenizer::Attribute* alt = token.attribute(u"alt");
            if (alt && meaningfulAlt(alt->value()))
                buffer += u" ["_s + alt->value().trimmed() + u"] "_s;
        } else if (name == u"a") {
            if (start) {
                const HtmlTokenizer::Attribute* href = token.attribute(u"href");
                linkUrl = href ? href->value().trimmed() : QString();
                linkStart = buffer.size();
            } else if (linkStart >= 0) {
                const QString label = buffer.sliced(std::min(linkStart, buffer.size())).trimmed();
                if (linkable(linkUrl) && label != linkUrl)
                    buffer += u" ["_s + QString::number(reference(linkUrl)) + u']';
                linkStart = -1;
                linkUrl.clear();
            }
        } else if (name == u"h1" || name == u"h2" || name == u"h3" || name == u"h4" || name == u"h5"
                   || name == u"h6") {
            flush();
            headingLevel = start ? name.at(1).digitValue() : 0;
        } else if (name == u"li") {
            // A list stays one paragraph, an item a line.
            if (start) {
                const QString marker = lists.isEmpty() || lists.constLast() == 0
                    ? u"- "_s
                    : QString::number(lists.last()++) + u". "_s;
                if (!buffer.trimmed().isEmpty())
                    buffer += u'\n';
                buffer += marker;
            }
        } else if (name == u"ul" || name == u"ol") {
            flush();
            if (start)
                lists.append(name == u"ol" ? 1 : 0);
            else if (!lists.isEmpty())
                lists.removeLast();
        } else if (blockElements.contains(name)) {
            flush();
        }
    }
    flush();
}

QString PlainTextBuilder::text() const
{
    QString out = m_paragraphs.join(u"\n\n"_s);
    if (!m_links.isEmpty()) {
        out += u"\n\n"_s;
        for (int i = 0; i < m_links.size(); ++i)
            out += u'[' + QString::number(i + 1) + u"] "_s + m_links.at(i) + u'\n';
    } else if (!out.isEmpty()) {
        out += u'\n';
    }
    return out;
}

// TemplateRenderer: writes the "hybrid" email layout — fluid tables capped by max-width, inline-block columns that
// wrap by themselves on narrow screens (media queries only refine it), and MSO ghost tables that give Outlook the
// fixed widths it needs. Every text is escaped except merge tags, which the delivery engine compiles afterwards.
#include "TemplateRenderer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include "templates/HtmlSanitizer.h"
#include "templates/HtmlTokenizer.h"
#include "templates/PlainTextBuilder.h"
#include "templates/TemplatePreflight.h"

using namespace Qt::StringLiterals;

bool RenderedTemplate::hasErrors() const
{
    for (const PreflightIssue& issue : issues) {
        if (issue.severity == PreflightIssue::Severity::Error)
            return true;
    }
    return false;
}

namespace {

using Type = TemplateBlock::Type;

constexpr int SidePadding = 24;

// HTML-escapes text, passing merge tags through byte for byte ({{#if plan == "gold"}} stays as written).
QString escaped(QStringView text, bool attribute = false, bool singleQuoted = false)
{
    QString out;
    out.reserve(text.size() + 16);
    qsizetype i = 0;
    while (i < text.size()) {
        if (const qsizetype length = HtmlTokenizer::mergeTagLength(text, i)) {
            out += text.sliced(i, length);
            i += length;
            continue;
        }
        const QChar c = text.at(i++);
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'"':
            out += attribute && !singleQuoted ? u"&quot;"_s : u"\""_s;
            break;
        case u'\'':
            out += attribute && singleQuoted ? u"&#39;"_s : u"'"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

// name="value", or name='value' when a merge tag inside holds a '"' that must stay as written.
QString attribute(const QString& name, const QString& value)
{
    bool quoteInTag = false;
    for (qsizetype i = 0; i < value.size();) {
        if (const qsizetype length = HtmlTokenizer::mergeTagLength(value, i)) {
            quoteInTag = quoteInTag || value.sliced(i, length).contains(u'"');
            i += length;
        } else {
            ++i;
        }
    }
    if (quoteInTag)
        return u' ' + name + u"='"_s + escaped(value, true, true) + u'\'';
    return u' ' + name + u"=\""_s + escaped(value, true) + u'"';
}

QString escapedMultiline(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(u'\n'))
        lines.append(escaped(line.trimmed()));
    return lines.join(u"<br>"_s);
}

bool validColour(const QString& colour)
{
    if (colour.size() != 4 && colour.size() != 7)
        return false;
    if (!colour.startsWith(u'#'))
        return false;
    for (const QChar c : colour.sliced(1)) {
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
            return false;
    }
    return true;
}

QString colour(const QString& value, const QString& fallback)
{
    return validColour(value.trimmed()) ? value.trimmed() : fallback;
}

QString prop(const TemplateBlock& block, const QString& key, const QString& fallback = {})
{
    const QJsonValue value = block.props.value(key);
    return value.isString() ? value.toString() : fallback;
}

int intProp(const TemplateBlock& block, const QString& key, int fallback)
{
    const QJsonValue value = block.props.value(key);
    return value.isDouble() ? value.toInt(fallback) : fallback;
}

bool flagProp(const TemplateBlock& block, const QString& key, bool fallback)
{
    const QJsonValue value = block.props.value(key);
    return value.isBool() ? value.toBool() : fallback;
}

QString alignment(const TemplateBlock& block, const QString& fallback)
{
    const QString align = prop(block, u"align"_s, fallback);
    return align == u"left" || align == u"center" || align == u"right" ? align : fallback;
}

QString socialName(const QString& network, const QString& language)
{
    static const QList<std::pair<QString, QString>> names = {
        {u"x"_s, u"X"_s},           {u"facebook"_s, u"Facebook"_s}, {u"instagram"_s, u"Instagram"_s},
        {u"line"_s, u"LINE"_s},     {u"youtube"_s, u"YouTube"_s},   {u"linkedin"_s, u"LinkedIn"_s}};
    for (const auto& [key, name] : names) {
        if (key == network)
            return name;
    }
    return language == u"ja" ? u"ウェブサイト"_s : u"Website"_s;
}

class Renderer
{
public:
    Renderer(const TemplateDocument& document, const RenderOptions& options)
        : m_document(document)
        , m_options(options)
        , m_settings(document.settings)
    {
        m_width = std::clamp(m_settings.contentWidth, int(TemplateDocument::MinContentWidth),
                             int(TemplateDocument::MaxContentWidth));
        m_text = colour(m_settings.textColor, u"#1f2937"_s);
        m_link = colour(m_settings.linkColor, u"#1d4ed8"_s);
        m_accent = colour(m_settings.accentColor, u"#1d4ed8"_s);
        QString font = m_settings.fontFamily;
        for (const QChar bad : {u'"', u';', u'{', u'}', u'<', u'>', u'\\'})
            font.remove(bad);
        m_font = font.trimmed().isEmpty() ? TemplateDocument::defaultFontFamily() : font;
        m_hosted = options.images == RenderOptions::Images::Hosted
            || (options.images == RenderOptions::Images::FromDocument && m_settings.hostedImages);
    }

    RenderedTemplate render()
    {
        if (m_document.kind == TemplateDocument::Kind::Html)
            renderRawDocument();
        else
            renderBlocks();
        m_result.issues += TemplatePreflight::check(m_findings, m_result, m_options);
        return m_result;
    }

private:
    QString fontCss(int size, const QString& colour) const
    {
        return u"font-family:"_s + m_font + u";font-size:"_s + QString::number(size) + u"px;color:"_s + colour
            + u';';
    }

    QString blockAttribute(const TemplateBlock& block) const
    {
        return m_options.editing ? attribute(u"data-block-id"_s, block.id) : QString();
    }

    QString cellPadding(bool inColumn) const
    {
        return inColumn ? u"padding:8px 0;"_s : u"padding:12px "_s + QString::number(SidePadding) + u"px;"_s;
    }

    QString cellClass(bool inColumn, const QString& extra = {}) const
    {
        const QString classes = (inColumn ? QString() : u"t-pad"_s) + (extra.isEmpty() ? QString() : u' ' + extra);
        return classes.trimmed().isEmpty() ? QString() : attribute(u"class"_s, classes.trimmed());
    }

    void issue(PreflightIssue::Severity severity, const QString& code, const QString& message,
               const QString& blockId)
    {
        PreflightIssue found;
        found.severity = severity;
        found.code = code;
        found.message = message;
        found.blockId = blockId;
        m_result.issues.append(found);
    }

    // An absolute link, a merge tag, or nothing (with a warning naming what was dropped).
    QString checkedUrl(const QString& raw, const QString& blockId, bool image = false)
    {
        const QString url = raw.trimmed();
        if (url.isEmpty())
            return {};
        if (url.startsWith(u"{{")) {
            m_findings.links.append({url, blockId});
            return url;
        }
        const QString lower = url.toLower();
        const bool ok = lower.startsWith(u"https://") || lower.startsWith(u"http://")
            || (!image && (lower.startsWith(u"mailto:") || lower.startsWith(u"tel:")));
        if (!ok) {
            issue(PreflightIssue::Severity::Warning, u"removed-unsafe-content"_s,
                  TemplateRenderer::tr("The address “%1” was removed: only full https:// addresses (or mailto:) "
                                       "work in mail. Enter the complete address.")
                      .arg(url.size() > 60 ? url.first(60) + u'…' : url),
                  blockId);
            return {};
        }
        m_findings.links.append({url, blockId});
        return url;
    }

    QString imageSource(const QString& src, const QString& blockId)
    {
        if (src.startsWith(u"asset:")) {
            const QString name = src.sliced(6);
            if (!m_result.assets.contains(name))
                m_result.assets.append(name);
            const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(name));
            return m_hosted ? m_options.assetBaseUrl + encoded : u"cid:"_s + encoded;
        }
        if (src.startsWith(u"data:image/"))
            return src;
        return checkedUrl(src, blockId, true);
    }

    void reportRemoved(const QStringList& removed, const QString& blockId)
    {
        if (removed.isEmpty())
            return;
        issue(PreflightIssue::Severity::Warning, u"removed-unsafe-content"_s,
              TemplateRenderer::tr("Unsafe content was removed from the HTML: %1. Mail programs block it or "
                                   "mark the mail as dangerous; check that the block still looks right.")
                  .arg(removed.join(u"; "_s)),
              blockId);
    }

    // Inline styles on the sanitised rich text (mail programs drop <style>), links checked.
    QString styledRichText(const QString& html, const QString& blockId)
    {
        QString out;
        HtmlTokenizer tokenizer(html);
        static const QString paragraphTag = u"<p style=\"margin:0 0 12px 0;\">"_s;
        qsizetype lastParagraphStyle = -1;
        int depth = 0;
        while (true) {
            const HtmlTokenizer::Token token = tokenizer.next();
            if (token.type == HtmlTokenizer::Token::Type::End)
                break;
            const QString source = html.sliced(token.begin, token.end - token.begin);
            if (token.type == HtmlTokenizer::Token::Type::EndTag) {
                if (!HtmlTokenizer::isVoidElement(token.name))
                    --depth;
                out += source;
                continue;
            }
            if (token.type != HtmlTokenizer::Token::Type::StartTag) {
                out += source;
                continue;
            }
            const QString& name = token.name;
            if (!HtmlTokenizer::isVoidElement(name))
                ++depth;
            if (name == u"p") {
                if (depth == 1)
                    lastParagraphStyle = out.size();
                out += paragraphTag;
            } else if (name == u"ul" || name == u"ol") {
                out += u'<' + name + u" style=\"margin:0 0 12px 0;padding:0 0 0 24px;\">"_s;
            } else if (name == u"li") {
                out += u"<li style=\"margin:0 0 4px 0;\">"_s;
            } else if (name == u"a") {
                const HtmlTokenizer::Attribute* href = token.attribute(u"href");
                const QString url = href ? checkedUrl(href->value(), blockId) : QString();
                out += u"<a"_s + (url.isEmpty() ? QString() : attribute(u"href"_s, url))
                    + u" class=\"t-link\" target=\"_blank\" style=\"color:"_s + m_link
                    + u";text-decoration:underline;\">"_s;
            } else {
                out += source;
            }
        }
        if (lastParagraphStyle >= 0)
            out.replace(lastParagraphStyle, paragraphTag.size(), u"<p style=\"margin:0;\">"_s); // no gap below the last
        return out;
    }

    void collectStrings(const TemplateBlock& block)
    {
        QString all;
        for (auto it = block.props.begin(); it != block.props.end(); ++it) {
            if (it.value().isString())
                all += it.value().toString() + u'\n';
            else if (it.value().isArray())
                for (const QJsonValue& item : it.value().toArray())
                    all += item.toObject().value(u"url"_s).toString() + u'\n';
        }
        m_findings.blockStrings.append({block.id, all});
    }

    QString renderBlock(const TemplateBlock& block, int width, bool inColumn)
    {
        collectStrings(block);
        const QString row = u"<tr"_s + blockAttribute(block) + u'>';
        const QString padding = cellPadding(inColumn);
        switch (block.type) {
        case Type::Heading: {
            const int level = std::clamp(intProp(block, u"level"_s, 1), 1, 3);
            const int size = level == 1 ? 28 : level == 2 ? 22 : 18;
            const QString align = alignment(block, u"left"_s);
            const QString text = prop(block, u"text"_s);
            const QString css = fontCss(size, colour(prop(block, u"color"_s), m_text))
                + u"font-weight:bold;line-height:1.35;margin:0;text-align:"_s + align + u';';
            m_plain.addHeading(text, level);
            m_findings.textCharacters += int(text.trimmed().size());
            return row + u"<td"_s + cellClass(inColumn, u"t-text"_s) + u" align=\""_s + align
                + u"\" style=\""_s + padding + u"word-break:break-word;\"><h"_s + QString::number(level)
                + u" class=\"t-text\" style=\""_s + css + u"\">"_s + escaped(text) + u"</h"_s
                + QString::number(level) + u"></td></tr>"_s;
        }
        case Type::Text: {
            const HtmlSanitizer::Cleaned cleaned = HtmlSanitizer::sanitizeInline(prop(block, u"html"_s));
            reportRemoved(cleaned.removed, block.id);
            const QString align = alignment(block, u"left"_s);
            m_plain.addHtml(cleaned.html);
            PlainTextBuilder counter;
            counter.addHtml(cleaned.html);
            m_findings.textCharacters += int(counter.text().trimmed().size());
            return row + u"<td"_s + cellClass(inColumn, u"t-text"_s) + u" align=\""_s + align + u"\" style=\""_s
                + padding + fontCss(m_settings.fontSize, m_text) + u"line-height:1.7;text-align:"_s + align
                + u";word-break:break-word;\">"_s + styledRichText(cleaned.html, block.id) + u"</td></tr>"_s;
        }
        case Type::Image: {
            const QString alt = prop(block, u"alt"_s);
            m_findings.images.append({alt, block.props.contains(u"alt"_s), block.id});
            // Width and height are the size shown on a desktop; a narrower place scales both.
            const int declaredWidth = std::max(1, intProp(block, u"width"_s, width));
            const int imageWidth = std::min(declaredWidth, width);
            const int height = intProp(block, u"height"_s, 0) * imageWidth / declaredWidth;
            const QString align = alignment(block, u"center"_s);
            const QString src = imageSource(prop(block, u"src"_s), block.id);
            const QString link = checkedUrl(prop(block, u"link"_s), block.id);
            m_plain.addImage(alt, link);
            const QString margin = align == u"center" ? u"0 auto"_s : align == u"right" ? u"0 0 0 auto"_s : u"0"_s;
            QString img = u"<img"_s + attribute(u"src"_s, src) + attribute(u"width"_s, QString::number(imageWidth))
                + (height > 0 ? attribute(u"height"_s, QString::number(height)) : QString())
                + attribute(u"alt"_s, alt) + u" class=\"t-img\" style=\"display:block;width:100%;max-width:"_s
                + QString::number(imageWidth) + u"px;height:auto;border:0;outline:none;text-decoration:none;margin:"_s
                + margin + u";"_s + fontCss(14, m_text) + u"\">"_s;
            if (!link.isEmpty())
                img = u"<a"_s + attribute(u"href"_s, link) + u" target=\"_blank\" style=\"text-decoration:none;\">"_s
                    + img + u"</a>"_s;
            return row + u"<td"_s + cellClass(inColumn) + u" align=\""_s + align + u"\" style=\""_s + padding
                + u"text-align:"_s + align + u";\">"_s + img + u"</td></tr>"_s;
        }
        case Type::Button: {
            const QString label = prop(block, u"label"_s);
            const QString url = checkedUrl(prop(block, u"url"_s), block.id);
            const QString background = colour(prop(block, u"backgroundColor"_s), m_accent);
            const QString foreground = colour(prop(block, u"textColor"_s), u"#ffffff"_s);
            const QString align = alignment(block, u"center"_s);
            const bool fullWidth = flagProp(block, u"fullWidth"_s, false);
            m_plain.addLinkLine(label, url);
            m_findings.textCharacters += int(label.trimmed().size());
            const QString margin = align == u"center" ? u"0 auto"_s : align == u"right" ? u"0 0 0 auto"_s : u"0"_s;
            return row + u"<td"_s + cellClass(inColumn) + u" align=\""_s + align + u"\" style=\""_s + padding
                + u"\"><table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" align=\""_s
                + align + u'"' + (fullWidth ? u" width=\"100%\""_s : QString()) + u" style=\"margin:"_s + margin
                + u";border-collapse:separate;"_s + (fullWidth ? u"width:100%;"_s : QString())
                + u"\"><tr><td align=\"center\" bgcolor=\""_s + background
                + u"\" style=\"border-radius:6px;background-color:"_s + background
                + u";mso-padding-alt:12px 28px;\"><a"_s + (url.isEmpty() ? QString() : attribute(u"href"_s, url))
                + u" target=\"_blank\" style=\"display:"_s + (fullWidth ? u"block"_s : u"inline-block"_s)
                + u";padding:12px 28px;"_s + fontCss(m_settings.fontSize, foreground)
                + u"font-weight:bold;line-height:1.3;text-align:center;text-decoration:none;border-radius:6px;"
                  "mso-padding-alt:0;word-break:break-word;\">"_s
                + escaped(label) + u"</a></td></tr></table></td></tr>"_s;
        }
        case Type::Columns:
            return renderColumns(block, width);
        case Type::Divider: {
            const int thickness = std::clamp(intProp(block, u"thickness"_s, 1), 1, 10);
            const QString line = colour(prop(block, u"color"_s), u"#e5e7eb"_s);
            m_plain.addRule();
            return row + u"<td"_s + cellClass(inColumn) + u" style=\""_s + padding
                + u"\"><table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
                  "style=\"width:100%;\"><tr><td style=\"border-top:"_s
                + QString::number(thickness) + u"px solid "_s + line
                + u";font-size:1px;line-height:1px;mso-line-height-rule:exactly;\">&nbsp;</td></tr></table>"
                  "</td></tr>"_s;
        }
        case Type::Spacer: {
            const int height = std::clamp(intProp(block, u"height"_s, 24), 1, 400);
            const QString h = QString::number(height);
            return row + u"<td height=\""_s + h + u"\" style=\"height:"_s + h + u"px;font-size:1px;line-height:"_s
                + h + u"px;mso-line-height-rule:exactly;\">&nbsp;</td></tr>"_s;
        }
        case Type::Social: {
            const QString align = alignment(block, u"center"_s);
            QString links;
            for (const QJsonValue& value : block.props.value(u"links"_s).toArray()) {
                const QJsonObject object = value.toObject();
                const QString name = socialName(object.value(u"network"_s).toString(), m_document.language);
                const QString url = checkedUrl(object.value(u"url"_s).toString(), block.id);
                if (url.isEmpty())
                    continue;
                m_plain.addLinkLine(name, url);
                links += u"<a"_s + attribute(u"href"_s, url)
                    + u" target=\"_blank\" class=\"t-text\" style=\"display:inline-block;margin:4px;padding:6px 14px;"
                      "border:1px solid #d1d5db;border-radius:16px;"_s
                    + fontCss(14, m_text) + u"line-height:1.2;text-decoration:none;\">"_s + escaped(name) + u"</a> "_s;
            }
            return row + u"<td"_s + cellClass(inColumn) + u" align=\""_s + align + u"\" style=\""_s + padding
                + u"text-align:"_s + align + u";\">"_s + links.trimmed() + u"</td></tr>"_s;
        }
        case Type::Footer:
            return renderFooter(block, row, inColumn);
        case Type::Html: {
            const HtmlSanitizer::Cleaned cleaned = HtmlSanitizer::sanitizeDocument(prop(block, u"html"_s));
            reportRemoved(cleaned.removed, block.id);
            const QString html = rewrittenRawHtml(cleaned.html, block.id, true);
            m_plain.addHtml(html);
            PlainTextBuilder counter;
            counter.addHtml(html);
            m_findings.textCharacters += int(counter.text().trimmed().size());
            return row + u"<td style=\""_s + padding + fontCss(m_settings.fontSize, m_text)
                + u"word-break:break-word;\">"_s + html + u"</td></tr>"_s;
        }
        }
        return {};
    }

    QString renderFooter(const TemplateBlock& block, const QString& row, bool inColumn)
    {
        const bool ja = m_document.language == u"ja";
        const QString sender = prop(block, u"senderName"_s).trimmed();
        const QString address = prop(block, u"address"_s).trimmed();
        const QString contact = prop(block, u"contact"_s).trimmed();
        const QString note = prop(block, u"note"_s).trimmed();
        QString unsubscribe = prop(block, u"unsubscribeText"_s).trimmed();
        if (unsubscribe.isEmpty())
            unsubscribe = ja ? u"配信停止"_s : u"Unsubscribe"_s;
        QString preferences = prop(block, u"preferencesText"_s).trimmed();
        if (preferences.isEmpty())
            preferences = ja ? u"配信設定の変更"_s : u"Update preferences"_s;
        if (!sender.isEmpty() && !address.isEmpty())
            m_findings.senderBlock = true;

        const QString muted = u"#6b7280"_s;
        const QString line = u"<p class=\"t-muted\" style=\"margin:0 0 4px 0;"_s + fontCss(12, muted)
            + u"line-height:1.6;\">"_s;
        QString html;
        m_plain.addRule();
        if (!sender.isEmpty()) {
            html += line.left(line.size() - 2) + u"font-weight:bold;\">"_s + escaped(sender) + u"</p>"_s;
            m_plain.addParagraph(sender);
        }
        if (!address.isEmpty()) {
            html += line + escapedMultiline(address) + u"</p>"_s;
            m_plain.addParagraph(address);
        }
        if (!contact.isEmpty()) {
            html += line + escaped(contact) + u"</p>"_s;
            m_plain.addParagraph(contact);
        }
        if (!note.isEmpty()) {
            html += line + escapedMultiline(note) + u"</p>"_s;
            m_plain.addParagraph(note);
        }
        const QString linkCss = u"color:"_s + muted + u";text-decoration:underline;"_s;
        html += u"<p class=\"t-muted\" style=\"margin:8px 0 0 0;"_s + fontCss(12, muted)
            + u"line-height:1.6;\"><a href=\"{{unsubscribe_url}}\" class=\"t-muted\" target=\"_blank\" style=\""_s
            + linkCss + u"\">"_s + escaped(unsubscribe)
            + u"</a> &nbsp;|&nbsp; <a href=\"{{preferences_url}}\" class=\"t-muted\" target=\"_blank\" style=\""_s
            + linkCss + u"\">"_s + escaped(preferences) + u"</a></p>"_s;
        m_plain.addLinkLine(unsubscribe, u"{{unsubscribe_url}}"_s);
        m_plain.addLinkLine(preferences, u"{{preferences_url}}"_s);
        return row + u"<td"_s + cellClass(inColumn) + u" align=\"center\" style=\""_s
            + (inColumn ? u"padding:16px 0;"_s : u"padding:24px "_s + QString::number(SidePadding) + u"px;"_s)
            + u"border-top:1px solid #e5e7eb;text-align:center;\">"_s + html + u"</td></tr>"_s;
    }

    QString renderColumns(const TemplateBlock& block, int width)
    {
        const int count = std::clamp(int(block.columns.size()), 1, 3);
        const int gap = std::clamp(intProp(block, u"gap"_s, 16), 0, 64);
        const bool stack = flagProp(block, u"stackOnMobile"_s, true);
        const int half = gap / 2;
        // Each column carries half the gap on both sides; the cell's padding shrinks by that half so the outer
        // edges stay aligned with the other blocks.
        const int columnOuter = (width + 2 * half) / count;
        const int columnInner = columnOuter - 2 * half;
        const QString side = QString::number(SidePadding - half);
        const QString percent = QString::number(100.0 / count, 'f', 4);
        QString html = u"<tr"_s + blockAttribute(block) + u"><td class=\"t-cols\" style=\"padding:12px "_s + side
            + u"px;font-size:0;text-align:center;\">"_s;
        html += u"<!--[if mso]><table role=\"presentation\" width=\""_s + QString::number(columnOuter * count)
            + u"\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td width=\""_s + QString::number(columnOuter)
            + u"\" valign=\"top\"><![endif]-->"_s;
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                html += u"<!--[if mso]></td><td width=\""_s + QString::number(columnOuter)
                    + u"\" valign=\"top\"><![endif]-->"_s;
            // Spongy: width 100% capped by max-width, so columns sit side by side only when they fit.
            const QString widthCss = stack ? u"width:100%;max-width:"_s + QString::number(columnOuter) + u"px;"_s
                                           : u"width:"_s + percent + u"%;"_s;
            html += u"<div"_s + (stack ? u" class=\"t-col\""_s : QString())
                + (m_options.editing ? attribute(u"data-column"_s, QString::number(i)) : QString())
                + u" style=\"display:inline-block;"_s + widthCss + u"vertical-align:top;text-align:left;\">"_s
                + u"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
                  "style=\"width:100%;\"><tr><td style=\"padding:0 "_s
                + QString::number(half) + u"px;\"><table role=\"presentation\" width=\"100%\" cellpadding=\"0\" "
                                          "cellspacing=\"0\" border=\"0\" style=\"width:100%;\">"_s;
            for (const TemplateBlock& child : block.columns.value(i))
                html += renderBlock(child, columnInner, true);
            html += u"</table></td></tr></table></div>"_s;
        }
        html += u"<!--[if mso]></td></tr></table><![endif]--></td></tr>"_s;
        return html;
    }

    // Raw HTML: asset: images mapped, links and images recorded for the checks. The sanitiser's output is
    // normalised (quoted attributes), so tags can be rewritten from their tokens.
    QString rewrittenRawHtml(const QString& html, const QString& blockId, bool fragment)
    {
        QString out;
        out.reserve(html.size());
        HtmlTokenizer tokenizer(html);
        while (true) {
            const HtmlTokenizer::Token token = tokenizer.next();
            if (token.type == HtmlTokenizer::Token::Type::End)
                break;
            const QString source = html.sliced(token.begin, token.end - token.begin);
            using TokenType = HtmlTokenizer::Token::Type;
            const bool start = token.type == TokenType::StartTag;
            if (fragment && (token.type == TokenType::Doctype
                             || ((start || token.type == TokenType::EndTag)
                                 && (token.name == u"html" || token.name == u"body" || token.name == u"head")))) {
                continue; // a pasted whole page inside a block: only its body is wanted
            }
            if (start && token.name == u"a") {
                if (const HtmlTokenizer::Attribute* href = token.attribute(u"href"))
                    m_findings.links.append({href->value().trimmed(), blockId});
            }
            if (start && token.name == u"img") {
                const HtmlTokenizer::Attribute* alt = token.attribute(u"alt");
                m_findings.images.append({alt ? alt->value() : QString(), alt != nullptr, blockId});
                const HtmlTokenizer::Attribute* src = token.attribute(u"src");
                if (src && src->value().startsWith(u"asset:")) {
                    QString tag = u"<img"_s;
                    for (const HtmlTokenizer::Attribute& a : token.attributes) {
                        if (a.mergeTag)
                            tag += u' ' + a.name;
                        else if (a.name == u"src")
                            tag += attribute(u"src"_s, imageSource(src->value(), blockId));
                        else
                            tag += a.hasValue ? attribute(a.name, a.value()) : u' ' + a.name;
                    }
                    out += tag + u'>';
                    continue;
                }
            }
            out += source;
        }
        return out;
    }

    void renderRawDocument()
    {
        m_findings.rawHtml = true;
        const HtmlSanitizer::Cleaned cleaned = HtmlSanitizer::sanitizeDocument(m_document.html);
        reportRemoved(cleaned.removed, {});
        QString html = rewrittenRawHtml(cleaned.html, {}, false);
        if (!html.contains(u"<html"_s, Qt::CaseInsensitive)) {
            // A fragment: given the document around it, so it has a charset, a language and a viewport.
            html = u"<!DOCTYPE html>\n<html"_s + attribute(u"lang"_s, language())
                + u"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>"_s
                + html + u"</body></html>"_s;
        }
        m_plain.addHtml(html);
        m_result.html = html;
        m_result.text = m_plain.text();
        m_findings.textCharacters = int(m_result.text.size());
        m_findings.blockStrings.append({QString(), m_document.html});
    }

    QString language() const { return m_document.language == u"en" ? u"en"_s : u"ja"_s; }

    QString head() const
    {
        const QString background = colour(m_settings.backgroundColor, u"#f3f4f6"_s);
        QString head = u"<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                       "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n<html"_s
            + attribute(u"lang"_s, language())
            + u" xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:v=\"urn:schemas-microsoft-com:vml\" "
              "xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
              "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
              "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n"
              "<meta name=\"x-apple-disable-message-reformatting\">\n"
              "<meta name=\"format-detection\" content=\"telephone=no, date=no, address=no, email=no\">\n"_s;
        if (m_settings.darkMode)
            head += u"<meta name=\"color-scheme\" content=\"light dark\">\n"
                    "<meta name=\"supported-color-schemes\" content=\"light dark\">\n"_s;
        head += u"<title>"_s + escaped(m_document.name) + u"</title>\n"_s;
        head += u"<!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch>"
                "</o:OfficeDocumentSettings></xml><style>table,td,h1,h2,h3,p,a,li{font-family:'Yu Gothic',Meiryo,"
                "Arial,sans-serif !important;}</style><![endif]-->\n"_s;
        const QString breakpoint = QString::number(m_width + 20);
        head += u"<style>\n"_s;
        if (m_settings.darkMode)
            head += u":root{color-scheme:light dark;supported-color-schemes:light dark;}\n"_s;
        head += u"body{margin:0;padding:0;width:100% !important;-webkit-text-size-adjust:100%;"
                "-ms-text-size-adjust:100%;}\n"
                "table,td{border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;}\n"
                "img{border:0;outline:none;text-decoration:none;-ms-interpolation-mode:bicubic;}\n"
                "a[x-apple-data-detectors]{color:inherit !important;text-decoration:none !important;}\n"
                "@media screen and (max-width:"_s
            + breakpoint
            + u"px){\n"
              ".t-col{display:block !important;width:100% !important;max-width:100% !important;}\n"
              ".t-img{width:100% !important;height:auto !important;}\n"
              ".t-pad{padding-left:16px !important;padding-right:16px !important;}\n"
              ".t-cols{padding-left:8px !important;padding-right:8px !important;}\n}\n"_s;
        if (m_settings.darkMode)
            head += u"@media (prefers-color-scheme:dark){\n"
                    ".t-bg{background-color:#111827 !important;}\n"
                    ".t-body{background-color:#1f2937 !important;}\n"
                    ".t-text,.t-text p,.t-text li{color:#e5e7eb !important;}\n"
                    ".t-link{color:#93c5fd !important;}\n"
                    ".t-muted{color:#9ca3af !important;}\n}\n"
                    "[data-ogsc] .t-text{color:#e5e7eb !important;}\n"
                    "[data-ogsb] .t-body{background-color:#1f2937 !important;}\n"_s;
        head += u"</style>\n</head>\n<body class=\"t-bg\" style=\"margin:0;padding:0;width:100%;background-color:"_s
            + background + u";\">\n"_s;
        return head;
    }

    QString preheader() const
    {
        if (m_settings.preheader.trimmed().isEmpty())
            return {};
        const QString hidden = u"display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;"
                               "overflow:hidden;mso-hide:all;"_s;
        // The padding keeps inboxes from pulling the mail's first words in after the preheader.
        QString padding;
        for (int i = 0; i < 60; ++i)
            padding += u"&zwnj;&nbsp;"_s;
        return u"<div class=\"t-preheader\" style=\""_s + hidden + u"\">"_s + escaped(m_settings.preheader.trimmed())
            + u"</div>\n<div style=\""_s + hidden + u"\">"_s + padding + u"</div>\n"_s;
    }

    void renderBlocks()
    {
        const QString background = colour(m_settings.backgroundColor, u"#f3f4f6"_s);
        const QString body = colour(m_settings.contentBackgroundColor, u"#ffffff"_s);
        const QString width = QString::number(m_width);
        QString rows;
        for (const TemplateBlock& block : m_document.blocks)
            rows += renderBlock(block, m_width - 2 * SidePadding, false) + u'\n';

        QString html = head() + preheader();
        html += u"<table role=\"presentation\" class=\"t-bg\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
                "border=\"0\" style=\"width:100%;background-color:"_s
            + background + u";\"><tr><td align=\"center\" style=\"padding:16px 0;\">\n"_s;
        html += u"<!--[if mso]><table role=\"presentation\" width=\""_s + width
            + u"\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td><![endif]-->\n"_s;
        html += u"<table role=\"presentation\" class=\"t-body\" width=\"100%\" align=\"center\" cellpadding=\"0\" "
                "cellspacing=\"0\" border=\"0\" style=\"width:100%;max-width:"_s
            + width + u"px;margin:0 auto;background-color:"_s + body + u";"_s + fontCss(m_settings.fontSize, m_text)
            + u"\">\n"_s + rows + u"</table>\n"_s;
        html += u"<!--[if mso]></td></tr></table><![endif]-->\n</td></tr></table>\n</body>\n</html>\n"_s;
        m_result.html = html;
        m_result.text = m_plain.text();
    }

    const TemplateDocument& m_document;
    const RenderOptions& m_options;
    const TemplateDocument::Settings& m_settings;
    int m_width = 600;
    QString m_text, m_link, m_accent, m_font;
    bool m_hosted = false;
    RenderedTemplate m_result;
    TemplatePreflight::Findings m_findings;
    PlainTextBuilder m_plain;
};

} // namespace

RenderedTemplate TemplateRenderer::render(const TemplateDocument& document, const RenderOptions& options)
{
    RenderedTemplate rendered = Renderer(document, options).render();
    if (rendered.assets.isEmpty() == false && options.images != RenderOptions::Images::Inline
        && (options.images == RenderOptions::Images::Hosted || document.settings.hostedImages)
        && options.assetBaseUrl.isEmpty()) {
        PreflightIssue issue;
        issue.severity = PreflightIssue::Severity::Error;
        issue.code = u"no-image-base-url"_s;
        issue.message = tr("Images are to be loaded from the web, but no web address for them is set. Set the "
                           "public base URL of the web endpoint in the settings, or send the images inline.");
        rendered.issues.append(issue);
    }
    return rendered;
}

// TemplatePreflight: merge problems are found by compiling the finished parts with MergeTemplate, exactly as the
// delivery engine will, then traced back to the block that holds the offending tag.
#include "TemplatePreflight.h"

#include <QRegularExpression>

#include "templates/HtmlTokenizer.h"
#include "templates/MergeTemplate.h"
#include "templates/MergeValues.h"

using namespace Qt::StringLiterals;

namespace {

PreflightIssue issue(PreflightIssue::Severity severity, const QString& code, const QString& message,
                     const QString& blockId = {})
{
    PreflightIssue result;
    result.severity = severity;
    result.code = code;
    result.message = message;
    result.blockId = blockId;
    return result;
}

constexpr auto Error = PreflightIssue::Severity::Error;
constexpr auto Warning = PreflightIssue::Severity::Warning;

// Postal codes (〒100-0001, 100-0001, 12345-6789) or an <address> element: a raw-HTML mail's sender address.
bool looksLikeAddress(const QString& html, const QString& text)
{
    static const QRegularExpression postalCode(u"(〒\\s*\\d{3}|\\b\\d{3}-\\d{4}\\b|\\b[A-Z]{2}\\s+\\d{5}\\b)"_s);
    return text.contains(postalCode) || html.contains(u"<address"_s, Qt::CaseInsensitive);
}

} // namespace

QStringList TemplatePreflight::mergeFieldNames(const QString& source)
{
    QStringList names;
    qsizetype pos = 0;
    while ((pos = source.indexOf(u"{{", pos)) >= 0) {
        const qsizetype length = HtmlTokenizer::mergeTagLength(source, pos);
        if (length == 0) {
            pos += 2;
            continue;
        }
        QString inner = source.sliced(pos + 2, length - 4).trimmed();
        pos += length;
        if (inner.startsWith(u"#if"))
            inner = inner.sliced(3).trimmed();
        else if (inner.startsWith(u'/') || inner.startsWith(u'#') || inner == u"else")
            continue;
        qsizetype end = 0;
        while (end < inner.size() && !inner.at(end).isSpace() && inner.at(end) != u'|' && inner.at(end) != u'='
               && inner.at(end) != u'!')
            ++end;
        const QString name = inner.first(end);
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

QList<PreflightIssue> TemplatePreflight::check(const Findings& findings, const RenderedTemplate& rendered,
                                               const RenderOptions& options)
{
    QList<PreflightIssue> issues;

    if (!mergeFieldNames(rendered.html).contains(u"unsubscribe_url"_s))
        issues.append(issue(Error, u"no-unsubscribe"_s,
                            tr("The mail has no unsubscribe link. Japan's Act on Specified Electronic Mail "
                               "(特定電子メール法) requires a way to opt out in every mail: add a footer block, or a "
                               "link to {{unsubscribe_url}}.")));

    const bool sender = findings.rawHtml ? looksLikeAddress(rendered.html, rendered.text) : findings.senderBlock;
    if (!sender)
        issues.append(issue(Error, u"no-sender-address"_s,
                            findings.rawHtml
                                ? tr("No sender address was found in the HTML. Japan's Act on Specified Electronic "
                                     "Mail (特定電子メール法) requires the sender's name and address in every mail: "
                                     "add them at the bottom of the mail.")
                                : tr("The mail has no footer with the sender's name and address. Japan's Act on "
                                     "Specified Electronic Mail (特定電子メール法) requires both in every mail: add "
                                     "a footer block and fill in the sender name and address.")));

    for (const Findings::Image& image : findings.images) {
        if (!image.hasAlt || image.alt.trimmed().isEmpty())
            issues.append(issue(Warning, u"image-without-alt"_s,
                                tr("An image has no alternative text. Many mail programs do not show images "
                                   "until asked, and screen readers read the alt text: describe the image."),
                                image.blockId));
    }

    if (!findings.images.isEmpty() && findings.textCharacters < ImageOnlyTextCharacters)
        issues.append(issue(Warning, u"image-only"_s,
                            tr("The mail is almost only images. It looks empty where images are blocked and spam "
                               "filters distrust it: add the message as text too.")));

    const qsizetype bytes = rendered.html.toUtf8().size();
    if (bytes > TemplateRenderer::GmailClipBytes)
        issues.append(issue(Warning, u"html-too-large"_s,
                            tr("The HTML is %1 KB; Gmail cuts off messages over %2 KB (and the unsubscribe link "
                               "with them). Shorten the text or use fewer blocks.")
                                .arg(bytes / 1024)
                                .arg(TemplateRenderer::GmailClipBytes / 1024)));

    QStringList reported;
    for (const Findings::Link& link : findings.links) {
        if (!link.url.trimmed().startsWith(u"http://", Qt::CaseInsensitive) || reported.contains(link.url))
            continue;
        reported.append(link.url);
        issues.append(issue(Warning, u"http-link"_s,
                            tr("The link %1 is not encrypted (http://). Use https:// if the site supports it; "
                               "mail programs warn about plain links.")
                                .arg(link.url),
                            link.blockId));
    }

    // Merge fields, compiled as the delivery engine will compile them.
    const Result<MergeTemplate> html = MergeTemplate::compile(rendered.html, MergeTemplate::Mode::Html,
                                                              options.knownCustomFields);
    const Result<MergeTemplate> text = MergeTemplate::compile(rendered.text, MergeTemplate::Mode::Text,
                                                              options.knownCustomFields);
    if (!html || !text) {
        QStringList everyName = options.knownCustomFields;
        everyName += mergeFieldNames(rendered.html);
        everyName += mergeFieldNames(rendered.text);
        const bool syntaxOk = MergeTemplate::compile(rendered.html, MergeTemplate::Mode::Html, everyName).ok()
            && MergeTemplate::compile(rendered.text, MergeTemplate::Mode::Text, everyName).ok();
        if (syntaxOk) {
            QStringList known = MergeValues::standardFieldNames();
            known += options.knownCustomFields;
            QStringList unknown;
            for (const QString& name : mergeFieldNames(rendered.html + rendered.text)) {
                if (!known.contains(name) && !unknown.contains(name))
                    unknown.append(name);
            }
            for (const QString& name : unknown) {
                QString blockId;
                for (const auto& [id, source] : findings.blockStrings) {
                    if (mergeFieldNames(source).contains(name)) {
                        blockId = id;
                        break;
                    }
                }
                issues.append(issue(Error, u"unknown-merge-field"_s,
                                    tr("The merge field “%1” is not a field of your contacts (known: %2). Correct "
                                       "its name, or add “%1” as a custom field of the contacts.")
                                        .arg(name, known.join(u", "_s)),
                                    blockId));
            }
        } else {
            // Name the block and the place inside it when one block's text is wrong on its own.
            QString message = (!text ? text.error() : html.error());
            QString blockId;
            for (const auto& [id, source] : findings.blockStrings) {
                const Result<MergeTemplate> part = MergeTemplate::compile(source, MergeTemplate::Mode::Text, everyName);
                if (!part) {
                    blockId = id;
                    message = part.error();
                    break;
                }
            }
            issues.append(issue(Error, u"merge-syntax"_s,
                                tr("A merge field is written wrongly: %1 Fix it, or the mail cannot be sent.")
                                    .arg(message),
                                blockId));
        }
    }
    return issues;
}

// MailPreview: personalisation, colour scheme and image blocking for the preview, as text transforms.
#include "templates/MailPreview.h"

#include <QRegularExpression>

#include "templates/MergeTemplate.h"

namespace {
// Media features that always / never hold, to stand in for (prefers-color-scheme: …) inside any media query,
// however it is combined ("screen and (prefers-color-scheme: dark)", "not (…)").
const QString alwaysTrue = QStringLiteral("(min-width: 0px)");
const QString neverTrue = QStringLiteral("(min-width: 100000px)");

// Applies `edit` to the text of every <style> element, leaving the rest of the document alone.
template <typename Edit>
QString editStyles(const QString& html, Edit edit)
{
    static const QRegularExpression style(QStringLiteral("(<style\\b[^>]*>)(.*?)(</style\\s*>)"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    QString out;
    out.reserve(html.size() + 64);
    qsizetype last = 0;
    auto it = style.globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(html).mid(last, match.capturedStart(2) - last);
        out += edit(match.captured(2));
        last = match.capturedEnd(2);
    }
    out += QStringView(html).mid(last);
    return out;
}

// Inserts `snippet` at the end of <head>, or at the start when there is none.
QString intoHead(const QString& html, const QString& snippet)
{
    const qsizetype head = html.indexOf(QLatin1String("</head"), 0, Qt::CaseInsensitive);
    QString out = html;
    return head >= 0 ? out.insert(head, snippet) : snippet + out;
}
} // namespace

int MailPreview::viewportWidth(Device device, Orientation orientation)
{
    const bool landscape = orientation == Orientation::Landscape;
    switch (device) {
    case Device::Phone320:
        return landscape ? 568 : 320; // iPhone SE (1st gen.)
    case Device::Phone375:
        return landscape ? 667 : 375; // iPhone 6–8, SE (2nd gen.)
    case Device::Tablet768:
        return landscape ? 1024 : 768; // iPad
    case Device::Desktop:
        break;
    }
    return 1024;
}

QString MailPreview::deviceName(Device device)
{
    switch (device) {
    case Device::Phone320:
        return tr("Phone (320 px)");
    case Device::Phone375:
        return tr("Phone (375 px)");
    case Device::Tablet768:
        return tr("Tablet (768 px)");
    case Device::Desktop:
        break;
    }
    return tr("Desktop");
}

Contact MailPreview::sampleContact(const QString& language)
{
    Contact contact;
    if (language == QLatin1String("en")) {
        contact.givenName = QStringLiteral("Taro");
        contact.familyName = QStringLiteral("Yamada");
        contact.company = QStringLiteral("Example Corporation");
    } else {
        contact.familyName = QStringLiteral("山田");
        contact.givenName = QStringLiteral("太郎");
        contact.company = QStringLiteral("株式会社サンプル");
    }
    contact.email = QStringLiteral("taro.yamada@example.jp");
    contact.phone = QStringLiteral("03-1234-5678");
    return contact;
}

MailPreview::Personalised MailPreview::personalise(const QString& html,
                                                   const QString& text,
                                                   const Contact& contact,
                                                   const QStringList& knownCustomFields)
{
    Personalised out {html, text, {}};
    MergeValues values = MergeValues::fromContact(contact);
    values.setUrls(QStringLiteral("#unsubscribe"), QStringLiteral("#preferences"));
    const auto compiledHtml = MergeTemplate::compile(html, MergeTemplate::Mode::Html, knownCustomFields);
    const auto compiledText = MergeTemplate::compile(text, MergeTemplate::Mode::Text, knownCustomFields);
    if (compiledHtml) {
        out.html = compiledHtml->render(values);
    } else {
        out.error = tr("HTML: %1").arg(compiledHtml.error());
    }
    if (compiledText) {
        out.text = compiledText->render(values);
    } else if (out.error.isEmpty()) {
        out.error = tr("Plain text: %1").arg(compiledText.error());
    }
    return out;
}

QString MailPreview::applyColorScheme(const QString& html, bool dark)
{
    static const QRegularExpression feature(QStringLiteral("\\(\\s*prefers-color-scheme\\s*:\\s*(dark|light)\\s*\\)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression declaresDark(
        QStringLiteral("color-scheme\"?\\s*(:|content\\s*=\\s*\")[^;}\"]*dark"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = editStyles(html, [dark](const QString& css) {
        QString edited;
        qsizetype last = 0;
        auto it = feature.globalMatch(css);
        while (it.hasNext()) {
            const auto match = it.next();
            const bool wantsDark = match.captured(1).compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0;
            edited += QStringView(css).mid(last, match.capturedStart() - last);
            edited += wantsDark == dark ? alwaysTrue : neverTrue;
            last = match.capturedEnd();
        }
        edited += QStringView(css).mid(last);
        return edited;
    });
    // The page's own defaults (canvas, form controls) follow the declared support, as in a dark mail client.
    const bool supportsDark = declaresDark.match(html).hasMatch();
    const QString scheme = dark && supportsDark ? QStringLiteral("dark") : QStringLiteral("light");
    return intoHead(
        out, QStringLiteral("<style data-tayori-preview>:root{color-scheme:") + scheme + QStringLiteral("}</style>"));
}

QString MailPreview::withoutImages(const QString& html)
{
    static const QRegularExpression img(QStringLiteral("<img\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression src(QStringLiteral("(\\s)(src|srcset)(\\s*=)"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression background(QStringLiteral("(\\s)(background)(\\s*=)"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cssImage(QStringLiteral("url\\s*\\([^)]*\\)"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString out;
    out.reserve(html.size());
    qsizetype last = 0;
    auto it = img.globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(html).mid(last, match.capturedStart() - last);
        QString tag = match.captured();
        tag.replace(src, QStringLiteral("\\1data-tayori-\\2\\3"));
        out += tag;
        last = match.capturedEnd();
    }
    out += QStringView(html).mid(last);
    // <td background="…"> and CSS url(…) (background images in style attributes and sheets).
    out.replace(background, QStringLiteral("\\1data-tayori-\\2\\3"));
    out.replace(cssImage, QStringLiteral("none"));
    return out;
}

QString MailPreview::resolveContentIds(const QString& html, const QString& baseUrl)
{
    static const QRegularExpression cid(QStringLiteral("(\\s(?:src|background)\\s*=\\s*[\"']?)cid:"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString out = html;
    QString replacement = baseUrl;
    replacement.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return out.replace(cid, QStringLiteral("\\1") + replacement);
}

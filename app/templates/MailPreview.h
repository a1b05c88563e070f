// MailPreview: what the preview shows of a rendered template — personalised as a contact (or sample data), at a
// device width, in light or dark mode, with or without images. Pure text transforms, so the GUI's preview pane
// only displays their result.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "contacts/Contact.h"

class MailPreview
{
    Q_DECLARE_TR_FUNCTIONS(MailPreview)

public:
    enum class Device { Phone320, Phone375, Tablet768, Desktop };
    enum class Orientation { Portrait, Landscape };

    // CSS pixels of the viewport: 320/375/768 portrait, 568/667/1024 landscape (the same devices turned), and a
    // desktop mail client's reading pane of 1024 either way.
    static int viewportWidth(Device device, Orientation orientation);
    static QString deviceName(Device device);

    // Who the preview is personalised as until a contact is chosen: 山田 太郎 / Taro Yamada of a sample company.
    static Contact sampleContact(const QString& language);

    struct Personalised
    {
        QString html;
        QString text;
        QString error; // non-empty: a merge field is unknown or malformed; html/text are then shown unmerged
    };
    // Fills the merge fields as the delivery engine would for this contact; unsubscribe and preferences links
    // point nowhere ("#unsubscribe"), so nothing in a preview can unsubscribe anyone.
    static Personalised
    personalise(const QString& html, const QString& text, const Contact& contact, const QStringList& knownCustomFields);

    // Qt 6.4's WebEngine cannot switch prefers-color-scheme per page, so the preview rewrites the mail's CSS:
    // dark → the rules of @media (prefers-color-scheme: dark) apply unconditionally, the light-only ones are
    // dropped, and a declared `color-scheme` dark support makes the page's own defaults dark (as Apple Mail does);
    // light → the dark-only rules are dropped (the preview is light even on a dark desktop).
    static QString applyColorScheme(const QString& html, bool dark);

    // Images off, as in a mail client that blocks them: every <img> loses its src (kept as data-tayori-src) so only
    // its alt text shows, and CSS background images go too.
    static QString withoutImages(const QString& html);

    // cid:NAME in src/background attributes → baseUrl + NAME: the mail's inline images, served to the preview.
    static QString resolveContentIds(const QString& html, const QString& baseUrl);
};

// HtmlSanitizer: makes HTML from a user or a paste safe to show and send — without scripts, event handlers,
// javascript:/vbscript: URLs, remote forms, frames or plugins — and reports what it removed.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class HtmlSanitizer
{
    Q_DECLARE_TR_FUNCTIONS(HtmlSanitizer)

public:
    struct Cleaned
    {
        QString html;
        QStringList removed; // translated, one line per kind of thing removed ("a <script> element" …)
    };

    // Whole documents and fragments (raw-HTML templates and blocks): keeps layout, styles and links.
    static Cleaned sanitizeDocument(const QString& html);
    // A text block's inline rich text: only p br b strong i em u a[href] span[style=color] ul ol li survive;
    // other elements are unwrapped (their text kept), other attributes dropped.
    static Cleaned sanitizeInline(const QString& html);
};

// TemplatePreflight: the checks run on every render — what the law requires (特定電子メール法: sender, address,
// opt-out), what makes mail land badly (images only, Gmail clipping, http links) and merge fields that would fail.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "templates/TemplateRenderer.h"

class TemplatePreflight
{
    Q_DECLARE_TR_FUNCTIONS(TemplatePreflight)

public:
    // What the renderer saw while writing the HTML, block by block.
    struct Findings
    {
        struct Image
        {
            QString alt;
            bool hasAlt = false;
            QString blockId;
        };
        struct Link
        {
            QString url;
            QString blockId;
        };
        QList<Image> images;
        QList<Link> links;
        int textCharacters = 0; // readable text outside the footer and social links
        bool senderBlock = false; // a footer with sender name and address (Blocks documents)
        // A raw-HTML document: the sender's address is looked for in the text instead.
        bool rawHtml = false;
        // Merge-tag-bearing strings by block, to say which block a bad merge field is in.
        QList<std::pair<QString, QString>> blockStrings; // (block id, text)
    };

    // Below this many characters of real text a mail with images is "images only".
    static constexpr int ImageOnlyTextCharacters = 100;

    static QList<PreflightIssue> check(const Findings& findings, const RenderedTemplate& rendered,
                                       const RenderOptions& options);

    // The field names used in merge tags of `source`, each once.
    static QStringList mergeFieldNames(const QString& source);
};

// TemplateRenderer: a TemplateDocument → mail HTML that survives Outlook and Gmail (tables, inline styles, hybrid
// columns that stack on phones, MSO fallbacks, color-scheme for dark mode, hidden preheader) and its plain-text
// part, plus the pre-flight findings. Pure core: used by the CLI, the sender, the designer's canvas and preview.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "templates/TemplateDocument.h"

struct PreflightIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Warning;
    // Stable, for tests and tools: "no-unsubscribe", "no-sender-address", "image-without-alt", "image-only",
    // "html-too-large", "http-link", "unknown-merge-field", "merge-syntax", "removed-unsafe-content".
    QString code;
    QString message; // translated, says what to do
    QString blockId; // the block concerned, when there is one
};

struct RenderOptions
{
    // asset:NAME → cid:NAME (inline) or assetBaseUrl + NAME (hosted / the designer's own URL scheme).
    // Unset: the document's own choice (settings.hostedImages); hosted without a base URL is a pre-flight error.
    enum class Images { FromDocument, Inline, Hosted };
    Images images = Images::FromDocument;
    QString assetBaseUrl;
    // The designer's canvas: every block's outer element gets data-block-id="ID" (and columns'
    // data-column="N"), so selection and inline editing can find it. Never set for mail.
    bool editing = false;
    // The custom field keys contacts have: any other field is an "unknown-merge-field" error.
    QStringList knownCustomFields;
};

struct RenderedTemplate
{
    QString html;       // merge fields untouched, for the delivery engine
    QString text;       // the text/plain part: reading order, links listed
    QStringList assets; // asset names the HTML refers to, each once (to attach inline)
    QList<PreflightIssue> issues;

    bool hasErrors() const;
};

class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)

public:
    // Gmail clips a message whose HTML is larger than this.
    static constexpr int GmailClipBytes = 102 * 1024;

    static RenderedTemplate render(const TemplateDocument& document, const RenderOptions& options = {});
};

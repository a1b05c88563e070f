// PlainTextBuilder: the text/plain part of a mail — paragraphs in reading order, wrapped at 72 columns with
// Japanese line-breaking rules, links as "text [1]" with the numbered list at the end; merge tags kept whole.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

class PlainTextBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PlainTextBuilder)

public:
    static constexpr int LineWidth = 72; // display columns: a Japanese character counts two

    void addHeading(const QString& text, int level);
    void addParagraph(const QString& text); // plain text; its line breaks are kept
    // Inline rich text or a whole HTML document: blocks become paragraphs, <br> a line break, links "text [n]",
    // list items "- " or "1. ", meaningful image alt "[alt]"; scripts, styles and hidden elements are skipped.
    void addHtml(const QString& html);
    // Buttons, social and footer links: "label: url" on a line of its own, never wrapped inside the URL.
    void addLinkLine(const QString& label, const QString& url);
    // "[alt]" when the alt says something (or the image is a link: then "[alt] [n]"); nothing otherwise.
    void addImage(const QString& alt, const QString& link);
    void addRule();

    // The paragraphs separated by blank lines, then the numbered links "[1] https://…".
    QString text() const;

    // The reference number of a URL, the same number for the same URL.
    int reference(const QString& url);

    static QString wrap(const QString& paragraph, int width = LineWidth);
    static int displayWidth(QStringView text);
    // An alt worth reading aloud: not empty, not a file name.
    static bool meaningfulAlt(const QString& alt);

private:
    void append(const QString& paragraph);

    QStringList m_paragraphs;
    QStringList m_links;
};

// StarterTemplates: the built-in starting points of the templates library — newsletter, announcement, event
// invitation and simple letter, each in Japanese and English — read from the program's Qt resources.
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include "common/Result.h"
#include "templates/TemplateDocument.h"
#include "templates/TemplateStore.h"

struct StarterTemplate
{
    QString id;       // "newsletter", "announcement", "event", "letter"
    QString language; // "ja" or "en"
    QString name;     // translated kind name, for the "New from starter" list

    // ":/templates/newsletter-ja.json"
    QString resourcePath() const;
};

struct LoadedStarter
{
    TemplateDocument document;
    QList<TemplateAsset> assets; // the images its blocks refer to as asset:NAME
};

class StarterTemplates
{
    Q_DECLARE_TR_FUNCTIONS(StarterTemplates)

public:
    static QStringList ids();                      // in the order the library offers them
    static QString displayName(const QString& id); // translated; the id itself for an unknown one
    // Every starter in every language; with a language, only those in it.
    static QList<StarterTemplate> list(const QString& language = {});
    // "ja" when the UI speaks Japanese, otherwise "en".
    static QString defaultLanguage(const QLocale& locale = QLocale());

    static Result<LoadedStarter> load(const QString& id, const QString& language);
    // The "assets" array of a template file (docs/TEMPLATE_FORMAT.md): each entry needs a name, a MIME type and
    // base64 data; an entry that lacks one is an error naming it.
    static Result<QList<TemplateAsset>> parseAssets(const QJsonArray& assets);
};

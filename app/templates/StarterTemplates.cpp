// StarterTemplates: lists and loads the starter template files compiled into tayori-core (:/templates/*.json).
#include "templates/StarterTemplates.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QStringList languages = {QStringLiteral("ja"), QStringLiteral("en")};
}

QString StarterTemplate::resourcePath() const
{
    return QStringLiteral(":/templates/%1-%2.json").arg(id, language);
}

QStringList StarterTemplates::ids()
{
    return {QStringLiteral("newsletter"),
            QStringLiteral("announcement"),
            QStringLiteral("event"),
            QStringLiteral("letter")};
}

QString StarterTemplates::displayName(const QString& id)
{
    if (id == QLatin1String("newsletter"))
        return tr("Newsletter");
    if (id == QLatin1String("announcement"))
        return tr("Announcement");
    if (id == QLatin1String("event"))
        return tr("Event invitation");
    if (id == QLatin1String("letter"))
        return tr("Simple letter");
    return id;
}

QList<StarterTemplate> StarterTemplates::list(const QString& language)
{
    QList<StarterTemplate> starters;
    for (const QString& id : ids()) {
        for (const QString& lang : languages) {
            if (language.isEmpty() || language == lang)
                starters.append({id, lang, displayName(id)});
        }
    }
    return starters;
}

QString StarterTemplates::defaultLanguage(const QLocale& locale)
{
    return locale.language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

Result<LoadedStarter> StarterTemplates::load(const QString& id, const QString& language)
{
    if (!ids().contains(id) || !languages.contains(language)) {
        return Result<LoadedStarter>::failure(
            tr("There is no starter template \"%1\" in language \"%2\". Choose one from the list.").arg(id, language));
    }
    const StarterTemplate starter {id, language, displayName(id)};
    QFile file(starter.resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        // Only a broken build gets here: the files are compiled in.
        return Result<LoadedStarter>::failure(
            tr("The starter template %1 is missing from this build (%2). Reinstall Tayori.")
                .arg(starter.resourcePath(), file.errorString()));
    }
    const QByteArray json = file.readAll();
    auto document = TemplateDocument::fromJson(json);
    if (!document) {
        return Result<LoadedStarter>::failure(
            tr("The starter template %1 is damaged: %2").arg(starter.resourcePath(), document.error()));
    }
    auto assets = parseAssets(QJsonDocument::fromJson(json).object().value(QStringLiteral("assets")).toArray());
    if (!assets) {
        return Result<LoadedStarter>::failure(
            tr("The starter template %1 is damaged: %2").arg(starter.resourcePath(), assets.error()));
    }
    return LoadedStarter {std::move(document).value(), std::move(assets).value()};
}

Result<QList<TemplateAsset>> StarterTemplates::parseAssets(const QJsonArray& assets)
{
    QList<TemplateAsset> parsed;
    for (qsizetype i = 0; i < assets.size(); ++i) {
        const QJsonObject object = assets.at(i).toObject();
        TemplateAsset asset;
        asset.name = object.value(QStringLiteral("name")).toString();
        asset.mimeType = object.value(QStringLiteral("mimeType")).toString().toLatin1();
        asset.width = object.value(QStringLiteral("width")).toInt();
        asset.height = object.value(QStringLiteral("height")).toInt();
        const auto decoded = QByteArray::fromBase64Encoding(object.value(QStringLiteral("data")).toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        const QString label = asset.name.isEmpty() ? tr("number %1").arg(i + 1) : asset.name;
        if (asset.name.isEmpty() || asset.mimeType.isEmpty())
            return Result<QList<TemplateAsset>>::failure(tr("image %1 has no name or type.").arg(label));
        if (!decoded || decoded.decoded.isEmpty())
            return Result<QList<TemplateAsset>>::failure(tr("the data of image %1 is not valid base64.").arg(label));
        asset.data = decoded.decoded;
        parsed.append(asset);
    }
    return parsed;
}

// Loads the UI language: the system locale's by default, or the one chosen in Settings (or TAYORI_LANG).
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

QStringList Translations::availableLanguages()
{
    return {QStringLiteral("ja"), QStringLiteral("en")};
}

QString Translations::chosenLanguage()
{
    const QString fromEnvironment = qEnvironmentVariable("TAYORI_LANG");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QSettings().value(kLanguageKey).toString();
}

void Translations::setChosenLanguage(const QString& language)
{
    QSettings().setValue(kLanguageKey, language);
}

QString Translations::install(QCoreApplication& app)
{
    QString language = chosenLanguage();
    if (!availableLanguages().contains(language)) {
        language = QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
    }
    QLocale::setDefault(QLocale(language));
    // The .qm files are compiled into the core library (qt_add_translations, prefix /i18n).
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/tayori_") + language)) {
        QCoreApplication::installTranslator(own);
    }
    // Qt's own strings (standard buttons, dialogs): shipped beside the app on Windows/macOS, from the system here.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QCoreApplication::applicationDirPath() + QStringLiteral("/translations"))
        || qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    return language;
}

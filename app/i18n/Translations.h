// Loads the UI language: the system locale's by default, or the one chosen in Settings (or TAYORI_LANG).
#pragma once

#include <QStringList>

class QCoreApplication;

class Translations
{
public:
    // Installs Tayori's and Qt's translators for the chosen language; returns the language used ("ja", "en").
    static QString install(QCoreApplication& app);
    // "" (follow the system), "ja" or "en": what Settings stores.
    static QString chosenLanguage();
    static void setChosenLanguage(const QString& language);
    static QStringList availableLanguages();
};

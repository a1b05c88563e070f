// tayori: the desktop app. Everything it does is core code (tayori-core); this only shows it.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include "MainWindow.h"
#include "MessageBox.h"
#include "designer/CanvasSchemeHandler.h"
#include "i18n/Translations.h"
#include "preview/PreviewSchemeHandler.h"

int main(int argc, char* argv[])
{
    // Custom URL schemes must be known to QtWebEngine before the application object exists.
    CanvasSchemeHandler::registerScheme();
    PreviewSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tayori"));
    QApplication::setApplicationName(QStringLiteral("Tayori"));
    QApplication::setApplicationVersion(QStringLiteral(TAYORI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.tayori.Tayori"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tayori-256.png")));
    Translations::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Email newsletters, delivered authenticated."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The contacts database."),
                                      QApplication::translate("main", "PATH"),
                                      Database::defaultPath());
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "A CSV file to import (optional)."));
    parser.process(app);

    const Result<Database> database = Database::open(parser.value(dbOption));
    if (!database) {
        MessageBox::warning(nullptr, QApplication::translate("main", "Tayori"), database.error());
        return 1;
    }
    MainWindow window(*database);
    window.show();
    window.startScheduler();
    if (!parser.positionalArguments().isEmpty()) {
        window.startImport(parser.positionalArguments().first());
    }
    return app.exec();
}

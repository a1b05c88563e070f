// tayori-cli entry point: the CLI contract is in docs/ARCHITECTURE.md and the README.
#include <QCoreApplication>

#include "cli/CliApplication.h"
#include "i18n/Translations.h"

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tayori"));
    QCoreApplication::setApplicationName(QStringLiteral("Tayori"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAYORI_VERSION));
    Translations::install(app);
    return CliApplication::run(QCoreApplication::arguments().mid(1));
}

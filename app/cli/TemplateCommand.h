// tayori-cli template list|import|export|render: the templates library from a script, and a template file rendered
// to the HTML and text a recipient would get.
#pragma once

#include <QCoreApplication>

#include "cli/CliContext.h"

class TemplateCommand
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);

private:
    static int list(const CliContext& context, const QStringList& arguments);
    static int importFile(const CliContext& context, const QStringList& arguments);
    static int exportFile(const CliContext& context, const QStringList& arguments);
    static int render(const CliContext& context, const QStringList& arguments);
};

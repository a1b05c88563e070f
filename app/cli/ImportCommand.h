// tayori-cli import FILE …: the CSV import from a script.
#pragma once

#include <QCoreApplication>

#include "cli/CliContext.h"
#include "import/ImportOptions.h"

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int run(const CliContext& context, const QStringList& arguments);
    // Applies --map FIELD=COLUMN (COLUMN: a header or a 1-based number) over the automatic mapping.
    static Status applyMapping(const QString& spec, const QStringList& headers, QList<ColumnMapping>& mapping);
    // "sjis", "cp932", "utf8", … → the canonical name CharsetDetector uses.
    static QByteArray canonicalCharset(const QString& name);
};

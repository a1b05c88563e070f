// Exports contacts as CSV for Excel: UTF-8 (with or without BOM) or Shift_JIS, formula-injection guarded.
// The header uses the names the importer maps back, so an export re-imports as it was.
#pragma once

#include <atomic>

#include <QCoreApplication>

#include "common/Result.h"
#include "contacts/ContactFilter.h"
#include "storage/Database.h"

class ContactExporter
{
    Q_DECLARE_TR_FUNCTIONS(ContactExporter)

public:
    enum class Encoding { Utf8, Utf8WithBom, ShiftJis };
    struct Summary
    {
        qint64 rows = 0;
        qint64 unencodable = 0; // characters Shift_JIS cannot carry, written as '?'
    };

    explicit ContactExporter(Database database);
    void setFormulaGuard(bool on) { m_formulaGuard = on; }
    void cancel() { m_cancelled = true; }

    // Writes to a temporary file and renames it at the end: a failed export leaves no half file.
    Result<Summary> run(const QString& path, const ContactFilter& filter, Encoding encoding);
    static QStringList standardHeaders();

private:
    Database m_database;
    bool m_formulaGuard = true;
    std::atomic<bool> m_cancelled {false};
};

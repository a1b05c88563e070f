// Imports a CSV file of contacts: streaming, validated row by row, all or nothing.
// Runs on any thread (it opens its own database connection); progress and cancel are thread-safe.
#pragma once

#include <atomic>
#include <functional>

#include <QCoreApplication>

#include "common/Result.h"
#include "import/ImportOptions.h"
#include "import/ImportReport.h"
#include "storage/Database.h"

class ContactImporter
{
    Q_DECLARE_TR_FUNCTIONS(ContactImporter)

public:
    struct Progress
    {
        qint64 bytesRead = 0;
        qint64 bytesTotal = 0;
        qint64 rows = 0;
    };
    using ProgressCallback = std::function<void(const Progress&)>;

    explicit ContactImporter(Database database);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // Any thread may call it; the import stops at the next row and rolls back.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

    // A failed import (bad file, undecodable bytes, cancel, database error) writes nothing and says why.
    // Row-level problems (a bad address, too many fields) skip that row and are listed in the report.
    Result<ImportReport> run(const ImportOptions& options);

private:
    Database m_database;
    ProgressCallback m_progress;
    std::atomic<bool> m_cancelled {false};
};

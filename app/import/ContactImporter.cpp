// Imports a CSV file of contacts: streaming, validated row by row, all or nothing.
#include "ContactImporter.h"

#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include "contacts/ContactImportWriter.h"
#include "contacts/EmailAddress.h"
#include "contacts/PersonName.h"
#include "import/CharsetDetector.h"
#include "import/CsvReader.h"
#include "import/HeaderMapper.h"
#include "import/ImportPreview.h"

namespace {
// Consent sources are stored as language-neutral text ("import: FILE", "manual"); the UI words them.
// Tags in one cell: "vip; 2026春|展示会".
QStringList splitTags(const QString& cell)
{
    static const QRegularExpression separators(QStringLiteral("[;|；｜]"));
    QStringList tags;
    for (const QString& part : cell.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive)) {
            tags << tag;
        }
    }
    return tags;
}

QString columnLabel(const QStringList& headers, int column)
{
    return headers.value(column);
}

// What the reading thread makes of one record: an issue, or a contact to write (a row can give both, issue first).
struct ParsedItem
{
    qint64 row = 0;
    std::optional<ImportIssue> issue;
    bool invalid = false; // the issue rejects the row
    bool write = false;   // contact, emailKey and statusGiven are set
    Contact contact;
    QString emailKey;
    bool statusGiven = false;
};

// Consecutive records, as read; the last batch says how reading ended.
struct ParsedBatch
{
    std::vector<ParsedItem> items;
    qint64 records = 0;   // records read, valid or not
    qint64 bytesRead = 0; // where the reader was after the batch
    bool last = false;
    QString fatal; // on the last batch: why the file cannot be imported (empty: it was read to its end)
};

// Batches from the reading thread to the writing one. Bounded, so a fast reader cannot fill the memory: the reader
// waits while kCapacity batches are in flight.
class BatchQueue
{
public:
    static constexpr size_t kCapacity = 3;

    // False when the consumer stopped listening (a failure or cancel): the reader should stop too.
    bool push(ParsedBatch batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_stopped || m_batches.size() < kCapacity; });
        if (m_stopped) {
            return false;
        }
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    ParsedBatch pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_batches.empty(); });
        ParsedBatch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return batch;
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_batches.clear();
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<ParsedBatch> m_batches;
    bool m_stopped = false;
};
} // namespace

ContactImporter::ContactImporter(Database database)
    : m_database(std::move(database))
{
}

Result<ImportReport> ContactImporter::run(const ImportOptions& options)
{
    using R = Result<ImportReport>;
    const Result<ImportPreview> preview
        = ImportPreview::inspect(options.filePath, options.charset, options.delimiter, 0);
    if (!preview) {
        return R::failure(preview.error());
    }
    const QString fileName = QFileInfo(options.filePath).fileName();
    const QStringList& headers = preview->headers;
    QList<ColumnMapping> mapping = options.mapping.isEmpty() ? preview->mapping : options.mapping;
    if (mapping.size() != headers.size()) {
        return R::failure(tr("%1: the mapping names %2 columns but the header has %3.")
                              .arg(fileName)
                              .arg(mapping.size())
                              .arg(headers.size()));
    }
    const int emailColumn = ImportPreview::emailColumn(mapping);
    if (emailColumn < 0) {
        return R::failure(tr("%1 has no email column (headers: %2). Name one column メールアドレス or email, or map "
                             "it with --map email=COLUMN.")
                              .arg(fileName, headers.join(QStringLiteral(", "))));
    }
    // Which mapped fields are present decides how names are filled in.
    bool hasFamily = false, hasGiven = false;
    for (const ColumnMapping& column : std::as_const(mapping)) {
        hasFamily = hasFamily || column.field == ContactField::FamilyName;
        hasGiven = hasGiven || column.field == ContactField::GivenName;
    }

    QFile file(options.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(tr("Cannot open %1: %2").arg(options.filePath, file.errorString()));
    }
    CsvReader reader(&file, preview->charset, preview->delimiter);
    QStringList fields;
    if (!reader.readRecord(fields)) { // the header, already inspected
        return R::failure(tr("%1 has no header row.").arg(fileName));
    }

    const bool update = options.duplicates == DuplicatePolicy::Update;
    ContactImportWriter writer(m_database);
    const Status begun = writer.begin(
        QStringLiteral("import: %1").arg(fileName), options.list, options.tags, update, preview->estimatedRows);
    if (!begun) {
        return R::failure(begun.error());
    }

    ImportReport report;
    report.dryRun = options.dryRun;
    Progress progress {0, preview->fileSize, 0};
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    auto fail = [&](const QString& reason) {
        writer.rollback();
        return R::failure(reason);
    };
    // The writer reports rows a batch at a time; issues of rows it has not written yet wait here, so the report
    // lists every issue in row order.
    QList<ImportIssue> waitingIssues;
    auto addIssue = [&](ImportIssue issue) { waitingIssues.append(std::move(issue)); };
    std::optional<ContactImportWriter::Written> failed;
    auto record = [&](const std::vector<ContactImportWriter::Written>& outcomes) {
        qsizetype waiting = 0;
        auto issuesUpTo = [&](qint64 row) {
            while (waiting < waitingIssues.size() && waitingIssues.at(waiting).row <= row) {
                report.addIssue(std::move(waitingIssues[waiting++]));
            }
        };
        auto warn = [&](qint64 row, const QString& reason) {
            report.addIssue({row, emailColumn + 1, headers.at(emailColumn), reason, ImportIssue::Severity::Warning});
        };
        for (const ContactImportWriter::Written& written : outcomes) {
            issuesUpTo(written.row);
            switch (written.outcome) {
            case ContactImportWriter::Outcome::Inserted:
                ++report.imported;
                break;
            case ContactImportWriter::Outcome::Updated:
                ++report.updated;
                break;
            case ContactImportWriter::Outcome::SkippedExisting:
                ++report.duplicates;
                warn(written.row, tr("%1 is already a contact; left unchanged").arg(written.email));
                break;
            case ContactImportWriter::Outcome::DuplicateInFile:
                ++report.duplicates;
                warn(written.row,
                     update ? tr("same address as row %1; merged into it").arg(written.firstRow)
                            : tr("same address as row %1; skipped").arg(written.firstRow));
                break;
            case ContactImportWriter::Outcome::Failed:
                failed = written;
                return;
            }
            if (!written.note.isEmpty()) {
                report.addIssue({written.row, 0, {}, written.note, ImportIssue::Severity::Warning});
            }
        }
        if (!writer.hasPendingRows()) {
            issuesUpTo(std::numeric_limits<qint64>::max());
        }
        waitingIssues.remove(0, waiting);
    };
    auto refused = [&] {
        return fail(tr("%1, row %2: the database refused the contact (%3). Nothing was imported.")
                        .arg(fileName)
                        .arg(failed->row)
                        .arg(failed->note));
    };

    // Reading, parsing and validating run on a thread of their own while this one writes: the two take about the
    // same time. The writer stays here, on the thread whose database connection holds the transaction.
    BatchQueue queue;
    auto readRecords = [&] {
        constexpr qint64 kBatchRecords = 512;
        QStringList fields;
        qint64 row = 1; // the header is row 1, as in a spreadsheet
        ParsedBatch batch;
        auto addIssue = [&](ImportIssue issue, bool invalid) {
            ParsedItem item;
            item.row = issue.row;
            item.issue = std::move(issue);
            item.invalid = invalid;
            batch.items.push_back(std::move(item));
        };
        auto finish = [&](QString fatal) {
            batch.last = true;
            batch.fatal = std::move(fatal);
            batch.bytesRead = reader.bytesConsumed();
            queue.push(std::move(batch));
        };
        while (reader.readRecord(fields)) {
            if (batch.records >= kBatchRecords) {
                batch.bytesRead = reader.bytesConsumed();
                if (!queue.push(std::exchange(batch, {}))) {
                    return;
                }
            }
            ++row;
            ++batch.records;
            if (reader.recordHadInvalidBytes()) {
                int column = 0;
                for (qsizetype i = 0; i < fields.size(); ++i) {
                    if (fields.at(i).contains(QChar::ReplacementCharacter)) {
                        column = static_cast<int>(i);
                        break;
                    }
                }
                return finish(tr("%1, row %2, column %3 (%4): bytes that are not valid %5. Choose the file's real "
                                 "encoding (--encoding, or the Encoding box in the wizard) or save the file as UTF-8 "
                                 "CSV. Nothing was imported.")
                                  .arg(fileName)
                                  .arg(row)
                                  .arg(column + 1)
                                  .arg(columnLabel(headers, column), CharsetDetector::displayName(preview->charset)));
            }
            if (fields.size() > headers.size()) {
                // Excel pads rows with empty cells; only real extra values are an error.
                bool extraValues = false;
                for (qsizetype i = headers.size(); i < fields.size(); ++i) {
                    extraValues = extraValues || !fields.at(i).trimmed().isEmpty();
                }
                if (extraValues) {
                    addIssue({row,
                              static_cast<int>(headers.size()) + 1,
                              {},
                              tr("the row has %1 fields but the header has %2: a value probably contains an "
                                 "unquoted '%3'; put that value in double quotes")
                                  .arg(fields.size())
                                  .arg(headers.size())
                                  .arg(preview->delimiter == u'\t' ? tr("Tab") : QString(preview->delimiter)),
                              ImportIssue::Severity::Error},
                             true);
                    continue;
                }
            }

            Contact contact;
            bool statusGiven = false;
            bool rowValid = true;
            QString fullName;
            for (qsizetype i = 0; i < mapping.size() && rowValid; ++i) {
                const QString value = i < fields.size() ? fields.at(i).trimmed() : QString();
                switch (mapping.at(i).field) {
                case ContactField::Ignore:
                case ContactField::Email:
                    break;
                case ContactField::FullName:
                    fullName = value;
                    break;
                case ContactField::FamilyName:
                    contact.familyName = value;
                    break;
                case ContactField::GivenName:
                    contact.givenName = value;
                    break;
                case ContactField::Furigana:
                    contact.furigana = value;
                    break;
                case ContactField::Company:
                    contact.company = value;
                    break;
                case ContactField::Phone:
                    contact.phone = value;
                    break;
                case ContactField::Tags:
                    contact.tags = splitTags(value);
                    break;
                case ContactField::Lists:
                    contact.lists = splitTags(value);
                    break;
                case ContactField::Status:
                    if (!value.isEmpty()) {
                        const std::optional<ContactStatus> status = ContactStatusText::parse(value);
                        if (!status) {
                            addIssue({row,
                                      static_cast<int>(i) + 1,
                                      headers.at(i),
                                      tr("unknown status '%1': use one of %2")
                                          .arg(value, ContactStatusText::keys().join(QStringLiteral(", "))),
                                      ImportIssue::Severity::Error},
                                     true);
                            rowValid = false;
                            break;
                        }
                        contact.status = *status;
                        statusGiven = true;
                    }
                    break;
                case ContactField::Custom:
                    if (!value.isEmpty()) {
                        contact.customValues.insert(mapping.at(i).customKey, value);
                    }
                    break;
                }
            }
            if (!rowValid) {
                continue;
            }
            if (!fullName.isEmpty() && !hasFamily && !hasGiven) {
                const PersonName::SplitName split = PersonName::split(fullName);
                contact.familyName = split.family;
                contact.givenName = split.given;
            }

            const QString emailCell = emailColumn < fields.size() ? fields.at(emailColumn).trimmed() : QString();
            if (emailCell.isEmpty()) {
                addIssue({row,
                          emailColumn + 1,
                          headers.at(emailColumn),
                          tr("no email address: fill it in or delete the row"),
                          ImportIssue::Severity::Error},
                         true);
                continue;
            }
            const EmailCheck check = EmailAddress::check(emailCell);
            if (!check.valid) {
                addIssue({row,
                          emailColumn + 1,
                          headers.at(emailColumn),
                          tr("'%1' is not a valid address: %2").arg(emailCell, check.error),
                          ImportIssue::Severity::Error},
                         true);
                continue;
            }
            if (!check.warning.isEmpty()) {
                addIssue({row,
                          emailColumn + 1,
                          headers.at(emailColumn),
                          tr("'%1' accepted: %2").arg(emailCell, check.warning),
                          ImportIssue::Severity::Warning},
                         false);
            }
            contact.email = check.address;

            ParsedItem item;
            item.row = row;
            item.write = true;
            item.contact = std::move(contact);
            item.emailKey = check.normalizedKey;
            item.statusGiven = statusGiven;
            batch.items.push_back(std::move(item));
        }
        if (reader.hasError()) {
            return finish(tr("%1, row %2 (line %3): %4 Nothing was imported.")
                              .arg(fileName)
                              .arg(row + 1)
                              .arg(reader.recordStartLine())
                              .arg(reader.errorString()));
        }
        finish({});
    };
    std::thread readingThread(readRecords);
    // Every way out of this function stops the reading thread and waits for it: it uses this frame's variables.
    struct StopReading
    {
        BatchQueue& queue;
        std::thread& thread;
        ~StopReading()
        {
            queue.stop();
            thread.join();
        }
    } stopReading {queue, readingThread};

    for (bool last = false; !last;) {
        ParsedBatch batch = queue.pop();
        last = batch.last;
        for (ParsedItem& item : batch.items) {
            if (m_cancelled) {
                return fail(tr("The import was cancelled; nothing was imported."));
            }
            if (item.issue) {
                report.invalid += item.invalid ? 1 : 0;
                addIssue(std::move(*item.issue));
            }
            if (item.write) {
                record(writer.write(std::move(item.contact), item.emailKey, item.statusGiven, item.row));
                if (failed) {
                    return refused();
                }
            }
        }
        report.rows += batch.records;
        if (!batch.fatal.isEmpty()) {
            return fail(batch.fatal);
        }
        if (m_cancelled) {
            return fail(tr("The import was cancelled; nothing was imported."));
        }
        if (m_progress && sinceProgress.elapsed() >= 100) {
            progress.bytesRead = batch.bytesRead;
            progress.rows = report.rows;
            m_progress(progress);
            sinceProgress.restart();
        }
    }
    record(writer.flush());
    if (failed) {
        return refused();
    }
    if (report.rows == 0) {
        return fail(tr("%1 has a header but no rows: add contacts below the header row.").arg(fileName));
    }
    if (options.dryRun) {
        writer.rollback();
    } else {
        const Status committed = writer.commit();
        if (!committed) {
            return R::failure(committed.error());
        }
    }
    if (m_progress) {
        m_progress({preview->fileSize, preview->fileSize, report.rows});
    }
    return report;
}

// Exports contacts as CSV for Excel: UTF-8 (with or without BOM) or Shift_JIS, formula-injection guarded.
#include "ContactExporter.h"

#include <QSaveFile>

#include "contacts/ContactRepository.h"
#include "import/CsvWriter.h"
#include "storage/Timestamp.h"

ContactExporter::ContactExporter(Database database)
    : m_database(std::move(database))
{
}

QStringList ContactExporter::standardHeaders()
{
    return {QStringLiteral("email"),
            QStringLiteral("family_name"),
            QStringLiteral("given_name"),
            QStringLiteral("furigana"),
            QStringLiteral("company"),
            QStringLiteral("phone"),
            QStringLiteral("status"),
            QStringLiteral("tags"),
            QStringLiteral("lists"),
            QStringLiteral("created_at"),
            QStringLiteral("consent_source"),
            QStringLiteral("consent_at")};
}

Result<ContactExporter::Summary>
ContactExporter::run(const QString& path, const ContactFilter& filter, Encoding encoding)
{
    using R = Result<Summary>;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return R::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    ContactRepository repository(m_database);
    const QList<CustomField> customFields = repository.customFields();
    CsvWriter writer(&file,
                     encoding == Encoding::ShiftJis ? QByteArrayLiteral("Shift_JIS") : QByteArrayLiteral("UTF-8"),
                     encoding == Encoding::Utf8WithBom);
    writer.setFormulaGuard(m_formulaGuard);
    QStringList header = standardHeaders();
    for (const CustomField& field : customFields) {
        header << field.key;
    }
    writer.writeRecord(header);

    Summary summary;
    QStringList record;
    const Status read = repository.forEach(filter, [&](const Contact& contact) {
        record = {contact.email,
                  contact.familyName,
                  contact.givenName,
                  contact.furigana,
                  contact.company,
                  contact.phone,
                  ContactStatusText::key(contact.status),
                  contact.tags.join(QStringLiteral("; ")),
                  contact.lists.join(QStringLiteral("; ")),
                  Timestamp::toText(contact.createdAt),
                  contact.consentSource,
                  Timestamp::toText(contact.consentAt)};
        for (const CustomField& field : customFields) {
            record << contact.customValues.value(field.key);
        }
        writer.writeRecord(record);
        ++summary.rows;
        return writer.ok() && !m_cancelled;
    });
    if (!read) {
        file.cancelWriting();
        return R::failure(read.error());
    }
    if (m_cancelled) {
        file.cancelWriting();
        return R::failure(tr("The export was cancelled; no file was written."));
    }
    if (!writer.ok() || !file.commit()) {
        return R::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    summary.unencodable = writer.unencodableCount();
    return summary;
}

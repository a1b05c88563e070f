// What an import is asked to do: the file, how to read it, where each column goes, what to do with duplicates.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "contacts/ContactField.h"

struct ColumnMapping
{
    ContactField field = ContactField::Ignore;
    QString customKey; // for ContactField::Custom: the custom field's key
};

// What happens to a row whose address is already in the database.
enum class DuplicatePolicy {
    Update, // fill in the row's non-empty values, add its tags and lists
    Skip,   // leave the stored contact as it is
};

struct ImportOptions
{
    QString filePath;
    QByteArray charset; // empty = detect
    QChar delimiter;    // null = sniff
    // One entry per column of the header; empty = map the headers automatically.
    QList<ColumnMapping> mapping;
    DuplicatePolicy duplicates = DuplicatePolicy::Update;
    QString list;        // every imported contact joins this list (created if needed); empty = none
    QStringList tags;    // added to every imported contact
    bool dryRun = false; // check and count everything, write nothing
};

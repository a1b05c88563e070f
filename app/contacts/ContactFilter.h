// Which contacts a view, a count or an export is about.
#pragma once

#include <QString>

struct ContactFilter
{
    QString search;  // substring of email, names, furigana, company or phone
    QString list;    // list name; empty = every list
    QString tag;     // tag name; empty = any
    QString segment; // segment text form (tag:vip AND plan = gold); empty = everyone
};

// Columns the contacts table can sort by.
enum class ContactSort { Email, Name, Company, Phone, Status, Created, Updated };

// The standard contact fields a CSV column or a form input can map to.
#pragma once

#include <QString>

enum class ContactField {
    Ignore, // the column is not imported
    Email,
    FullName,   // split into family and given name on import
    FamilyName, // 姓 / last name
    GivenName,  // 名 / first name
    Furigana,   // kana reading of the name, used for sorting Japanese names
    Company,
    Phone,
    Tags,   // several per cell, separated by ';' or '|'
    Lists,  // list names, several per cell like tags
    Status, // subscribed, unsubscribed, bounced, complained, pending
    Custom, // a user-declared custom field, keyed by the column's header
};

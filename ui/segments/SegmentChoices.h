// What the segment builder's combos offer: the fields, tags, lists and statuses that exist in the database.
#pragma once

#include <QList>
#include <QStringList>

#include "contacts/ContactRepository.h"

struct SegmentChoices
{
    QStringList tags;
    QStringList lists;
    QStringList statuses; // stored keys: subscribed, unsubscribed, …
    QList<CustomField> customFields;
};

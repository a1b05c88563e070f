// DeliveryJob: one recipient of a campaign on its way through a worker — its queue row and its contact.
#pragma once

#include <QString>

#include "contacts/Contact.h"

struct DeliveryJob
{
    qint64 deliveryId = 0;
    int attempts = 0;      // attempts made before this one
    bool deferred = false; // its row is in state 'deferred' (not 'queued')
    QString domain;        // destination domain, lower case, for throttling
    Contact contact;
};

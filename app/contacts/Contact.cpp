// One contact as the rest of the code sees it: plain data, no database handle.
#include "Contact.h"

#include "contacts/PersonName.h"

QString Contact::fullName() const
{
    return PersonName::fullName(familyName, givenName);
}

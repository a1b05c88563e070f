// EmailAddress: validates and normalises an email address as typed into a CSV cell or a form,
// including IDN domains, UTF-8 local parts and the legacy Japanese mobile carrier addresses.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// The outcome of EmailAddress::check(). When valid is false only error is meaningful.
struct EmailCheck
{
    bool valid = false;
    QString address;       // normalised for storage: local part as typed, domain in lowercase punycode
    QString normalizedKey; // for uniqueness: the whole address lowercased
    QString warning;       // non-empty when accepted but the user should look at it (translated)
    QString error;         // why the address was rejected (translated)
};

class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)

public:
    static EmailCheck check(QStringView input);
    // check() without its shortcut for plain ASCII addresses: the same answer, slower. Tests compare the two.
    static EmailCheck checkFully(QStringView input);

    // The domain after the last '@', lowercased; empty when there is no '@'.
    static QString domainOf(QStringView address);

    // Domains of the Japanese mobile carriers (and their subdomains). Their legacy addresses break
    // RFC 5322 but are deliverable, and their servers throttle bulk senders hard. Case-insensitive;
    // expects the ASCII (punycode) form.
    static bool isJapaneseCarrierDomain(QStringView domain);

    // RFC 5321 limits, in UTF-8 octets.
    static constexpr int MaxLocalPartLength = 64;
    static constexpr int MaxAddressLength = 254;
    static constexpr int MaxLabelLength = 63;
};

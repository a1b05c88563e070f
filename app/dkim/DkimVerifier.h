// DkimVerifier: checks DKIM signatures with libopendkim — the reference our signer is held to. Used by the DKIM
// self-test (against the key published in DNS, or a given public key when offline) and by the tests.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "common/Result.h"

struct DkimVerification
{
    bool passed = false; // at least one signature verified and none failed
    QString domain;      // d= of the first signature
    QString selector;    // s= of the first signature
    QString detail;      // libopendkim's status, for the user when it failed
    int signatures = 0;  // how many DKIM-Signature fields were found
    int verified = 0;    // how many of them verified
};

class DkimVerifier
{
    Q_DECLARE_TR_FUNCTIONS(DkimVerifier)

public:
    // Verifies against `txtRecord` ("v=DKIM1; k=…; p=…") for every signature instead of asking DNS.
    static Result<DkimVerification> verifyWithKey(const QByteArray& message, const QByteArray& txtRecord);
    // Verifies each signature against the record of its selector (s=) in `txtBySelector`, without DNS: for
    // messages signed with two keys, which have two selectors.
    static Result<DkimVerification> verifyWithKeys(const QByteArray& message,
                                                   const QHash<QByteArray, QByteArray>& txtBySelector);
    // Verifies against the keys published in DNS (libopendkim's resolver).
    static Result<DkimVerification> verifyWithDns(const QByteArray& message);
};

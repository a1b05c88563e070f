// CampaignPreflight: the review step's checks before a campaign is sent or scheduled. Each check says what it found
// and what to do; an Error stops sending, a Warning asks the user to confirm.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "campaigns/Campaign.h"
#include "storage/Database.h"

struct PreflightCheck
{
    enum class Level { Passed, Warning, Error };
    // Stable codes (tests and the UI key on them): "audience", "dkim-key", "dkim-aligned", "unsubscribe", "size",
    // "unknown-fields", "test-mail", "schedule", "template".
    QString code;
    Level level = Level::Passed;
    QString message; // translated; says what to do when not Passed
};

class CampaignPreflight
{
    Q_DECLARE_TR_FUNCTIONS(CampaignPreflight)

public:
    // `campaign` as the wizard has it (html/text already rendered, audience text set); `audienceCount` the live
    // count of who would receive it. Reads the DKIM key files, the custom fields and the test-mail record.
    static QList<PreflightCheck> run(const Database& database, const Campaign& campaign, qint64 audienceCount);
    static bool hasErrors(const QList<PreflightCheck>& checks);
};

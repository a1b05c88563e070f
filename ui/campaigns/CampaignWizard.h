// CampaignWizard: a new campaign (or a draft / scheduled one edited) in five steps — audience with a live count,
// content (template, subject, preheader, charset), sender, schedule (now or a local date and time, optional send
// window), and review with the pre-flight checks and "Send test…". Every step is saved as a draft, so closing the
// wizard keeps the work; Finish sends now through the Scheduler or schedules it. The checks are core's.
#pragma once

#include <QWizard>

#include "campaigns/Campaign.h"
#include "campaigns/CampaignPreflight.h"
#include "storage/Database.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTimeEdit;
class QToolButton;
class Scheduler;
class SegmentBuilder;
class SendTestDialog;

class CampaignWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { AudiencePage, ContentPage, SenderPage, SchedulePage, ReviewPage };

    // campaignId 0: a new campaign; else the draft or scheduled campaign to edit.
    CampaignWizard(Database database, Scheduler* scheduler, qint64 campaignId = 0, QWidget* parent = nullptr);

    // The draft's id once the first step is saved (0 before).
    qint64 campaignId() const { return m_campaignId; }
    QList<PreflightCheck> checks() const { return m_checks; }

    // For tests and the steps' own code.
    QLineEdit* nameEdit() const { return m_name; }
    SegmentBuilder* segmentBuilder() const { return m_segment; }
    QLabel* countLabel() const { return m_countLabel; }
    QComboBox* templateBox() const { return m_template; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QLineEdit* preheaderEdit() const { return m_preheader; }
    QComboBox* charsetBox() const { return m_charset; }
    QComboBox* identityBox() const { return m_identity; }
    QLabel* relayLabel() const { return m_relay; }
    QLineEdit* baseUrlEdit() const { return m_baseUrl; }
    QRadioButton* sendNowButton() const { return m_sendNow; }
    QRadioButton* scheduleButton() const { return m_scheduleAt; }
    QDateTimeEdit* scheduleEdit() const { return m_when; }
    QGroupBox* windowBox() const { return m_window; }
    QCheckBox* dayBox(int day) const { return m_days.value(day); } // 0 = Monday
    QTimeEdit* windowStartEdit() const { return m_windowStart; }
    QTimeEdit* windowEndEdit() const { return m_windowEnd; }
    QListWidget* checkList() const { return m_checkList; }
    QPushButton* sendTestButton() const { return m_sendTest; }
    SendTestDialog* sendTestDialog() const { return m_testDialog; }

    bool validateCurrentPage() override;
    void initializePage(int id) override;

public slots:
    void reject() override;
    // Runs the pre-flight checks on what the wizard holds and lists them.
    void runChecks();
    void sendTest();

signals:
    // Saved (as a draft, scheduled, or started): the campaign list reloads.
    void campaignSaved(qint64 campaignId);
    // Finish with "Send now": the sending has started.
    void sendingStarted(qint64 campaignId);

private:
    QWizardPage* makeAudiencePage();
    QWizardPage* makeContentPage();
    QWizardPage* makeSenderPage();
    QWizardPage* makeSchedulePage();
    QWizardPage* makeReviewPage();
    void load(const Campaign& campaign);
    void showTemplateThumbnail();
    void showRelay();
    QToolButton* mergeFieldButton(QLineEdit* target);
    SendWindow sendWindow() const;
    // The campaign as the wizard has it; false + message when the template or sender cannot be applied.
    bool buildCampaign(Campaign& campaign, QString* error) const;
    bool saveDraft();
    bool finish();
    void warn(const QString& text);

    Database m_database;
    Scheduler* m_scheduler;
    qint64 m_campaignId = 0;
    Campaign m_loaded; // what was stored when editing: fields the wizard does not show are kept
    QList<PreflightCheck> m_checks;
    qint64 m_count = -1;

    QLineEdit* m_name = nullptr;
    SegmentBuilder* m_segment = nullptr;
    QLabel* m_countLabel = nullptr;
    QComboBox* m_template = nullptr;
    QLabel* m_thumbnail = nullptr;
    QLineEdit* m_subject = nullptr;
    QLineEdit* m_preheader = nullptr;
    QComboBox* m_charset = nullptr;
    QComboBox* m_identity = nullptr;
    QLabel* m_relay = nullptr;
    QLineEdit* m_baseUrl = nullptr;
    QRadioButton* m_sendNow = nullptr;
    QRadioButton* m_scheduleAt = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QGroupBox* m_window = nullptr;
    QList<QCheckBox*> m_days;
    QTimeEdit* m_windowStart = nullptr;
    QTimeEdit* m_windowEnd = nullptr;
    QListWidget* m_checkList = nullptr;
    QLabel* m_reviewSummary = nullptr;
    QPushButton* m_sendTest = nullptr;
    SendTestDialog* m_testDialog = nullptr;
};

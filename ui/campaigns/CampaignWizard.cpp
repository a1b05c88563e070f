// CampaignWizard: the five steps as pages of one wizard; each Next saves the draft through CampaignStore.
#include "campaigns/CampaignWizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTimeEdit>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "MessageBox.h"
#include "automation/Scheduler.h"
#include "campaigns/CampaignFactory.h"
#include "campaigns/CampaignStore.h"
#include "campaigns/ScheduleTime.h"
#include "contacts/ContactRepository.h"
#include "preview/SendTestDialog.h"
#include "segments/SegmentBuilder.h"
#include "senders/RelayStore.h"
#include "senders/SenderIdentityStore.h"
#include "templates/MergeValues.h"
#include "templates/TemplateStore.h"
#include "web/PublicAddress.h"

namespace {
// The wall-clock form ScheduleTime reads: no offset, so the system's zone rules (and DST) apply.
QString localScheduleText(const QDateTime& local)
{
    return local.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}
} // namespace

CampaignWizard::CampaignWizard(Database database, Scheduler* scheduler, qint64 campaignId, QWidget* parent)
    : QWizard(parent)
    , m_database(std::move(database))
    , m_scheduler(scheduler)
{
    setWindowTitle(campaignId ? tr("Edit campaign") : tr("New campaign"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(AudiencePage, makeAudiencePage());
    setPage(ContentPage, makeContentPage());
    setPage(SenderPage, makeSenderPage());
    setPage(SchedulePage, makeSchedulePage());
    setPage(ReviewPage, makeReviewPage());
    // QWizard's classic header cuts a subtitle that wraps to a second line (Japanese wraps sooner): each page's
    // explanation goes at the top of the page instead, where it wraps freely.
    for (int id : pageIds()) {
        QWizardPage* wizardPage = page(id);
        auto* explanation = new QLabel(wizardPage->subTitle(), wizardPage);
        explanation->setWordWrap(true);
        wizardPage->setSubTitle(QString());
        if (auto* box = qobject_cast<QBoxLayout*>(wizardPage->layout())) {
            box->insertWidget(0, explanation);
        } else if (auto* form = qobject_cast<QFormLayout*>(wizardPage->layout())) {
            form->insertRow(0, explanation);
        }
    }
    // Wide enough that a two-line subtitle (Japanese wraps sooner) is not cut off by the classic header.
    resize(900, 660);
    if (campaignId) {
        if (const std::optional<Campaign> campaign = CampaignStore(m_database).find(campaignId)) {
            m_campaignId = campaignId;
            m_loaded = *campaign;
            load(*campaign);
        }
    }
}

QWizardPage* CampaignWizard::makeAudiencePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Who receives it"));
    page->setSubTitle(tr("Pick lists, tags or build a segment. Unsubscribed, bounced and suppressed contacts are "
                         "always left out."));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(page);
    m_name->setPlaceholderText(tr("e.g. April newsletter"));
    form->addRow(tr("Campaign &name:"), m_name);
    layout->addLayout(form);
    m_segment = new SegmentBuilder(m_database, page);
    layout->addWidget(m_segment, 1);
    m_countLabel = new QLabel(tr("Counting…"), page);
    m_countLabel->setObjectName(QStringLiteral("audienceCount"));
    layout->addWidget(m_countLabel);
    connect(m_segment, &SegmentBuilder::countChanged, this, [this](qint64 count) {
        m_count = count;
        if (count < 0) {
            const QString error = m_segment->errorText();
            m_countLabel->setText(error.isEmpty() ? tr("Counting…") : error);
        } else if (count == 0) {
            m_countLabel->setText(tr("Nobody matches these conditions."));
        } else {
            m_countLabel->setText(tr("%n contact(s) will receive it.", nullptr, int(count)));
        }
    });
    m_count = m_segment->count();
    return page;
}

QToolButton* CampaignWizard::mergeFieldButton(QLineEdit* target)
{
    auto* button = new QToolButton(target->parentWidget());
    button->setText(tr("Insert field"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    QStringList fields = MergeValues::standardFieldNames();
    for (const CustomField& field : ContactRepository(m_database).customFields()) {
        fields << field.key;
    }
    for (const QString& field : std::as_const(fields)) {
        menu->addAction(
            field, target, [target, field] { target->insert(QStringLiteral("{{") % field % QStringLiteral("}}")); });
    }
    button->setMenu(menu);
    return button;
}

QWizardPage* CampaignWizard::makeContentPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("What it says"));
    page->setSubTitle(tr("The template from the library, the subject and the inbox preview line. Merge fields such "
                         "as {{last_name}} are filled in for each recipient."));
    auto* outer = new QVBoxLayout(page); // the explanation goes on top (see the constructor)
    auto* layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    auto* form = new QFormLayout;
    m_template = new QComboBox(page);
    for (const TemplateSummary& summary : TemplateStore(m_database).list()) {
        m_template->addItem(summary.name, summary.id);
    }
    form->addRow(tr("&Template:"), m_template);
    m_subject = new QLineEdit(page);
    auto* subjectRow = new QHBoxLayout;
    subjectRow->addWidget(m_subject, 1);
    subjectRow->addWidget(mergeFieldButton(m_subject));
    // A row that is a layout gets no buddy from QFormLayout: without one the label's & shows instead of a shortcut.
    auto* subjectLabel = new QLabel(tr("&Subject:"), page);
    subjectLabel->setBuddy(m_subject);
    form->addRow(subjectLabel, subjectRow);
    m_preheader = new QLineEdit(page);
    m_preheader->setPlaceholderText(tr("Shown after the subject in most inboxes (optional)"));
    auto* preheaderRow = new QHBoxLayout;
    preheaderRow->addWidget(m_preheader, 1);
    preheaderRow->addWidget(mergeFieldButton(m_preheader));
    auto* preheaderLabel = new QLabel(tr("&Preheader:"), page);
    preheaderLabel->setBuddy(m_preheader);
    form->addRow(preheaderLabel, preheaderRow);
    m_charset = new QComboBox(page);
    m_charset->addItem(tr("UTF-8 (recommended)"), QByteArrayLiteral("UTF-8"));
    m_charset->addItem(tr("ISO-2022-JP (older Japanese mail software)"), QByteArrayLiteral("ISO-2022-JP"));
    form->addRow(tr("&Encoding:"), m_charset);
    layout->addLayout(form, 1);
    m_thumbnail = new QLabel(page);
    m_thumbnail->setFixedSize(180, 240);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_thumbnail->setWordWrap(true);
    layout->addWidget(m_thumbnail, 0, Qt::AlignTop);
    connect(m_template, &QComboBox::currentIndexChanged, this, &CampaignWizard::showTemplateThumbnail);
    showTemplateThumbnail();
    return page;
}

void CampaignWizard::showTemplateThumbnail()
{
    const qint64 id = m_template->currentData().toLongLong();
    for (const TemplateSummary& summary : TemplateStore(m_database).list()) {
        if (summary.id == id && !summary.thumbnailPng.isEmpty()) {
            QPixmap pixmap;
            if (pixmap.loadFromData(summary.thumbnailPng, "PNG")) {
                m_thumbnail->setPixmap(
                    pixmap.scaled(m_thumbnail->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
                return;
            }
        }
    }
    m_thumbnail->setPixmap({});
    m_thumbnail->setText(m_template->count() ? tr("No picture yet: open the template in the designer once.")
                                             : tr("The library has no template yet: make one in Templates."));
}

QWizardPage* CampaignWizard::makeSenderPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Who sends it"));
    page->setSubTitle(tr("The From address and the mail server it goes through. Both are set up in Settings."));
    auto* form = new QFormLayout(page);
    m_identity = new QComboBox(page);
    for (const SenderIdentity& identity : SenderIdentityStore(m_database).list()) {
        m_identity->addItem(identity.displayName.isEmpty()
                                ? identity.address
                                : QStringLiteral("%1 <%2>").arg(identity.displayName, identity.address),
                            identity.id);
        if (identity.isDefault) {
            m_identity->setCurrentIndex(m_identity->count() - 1);
        }
    }
    form->addRow(tr("&From:"), m_identity);
    m_relay = new QLabel(page);
    m_relay->setWordWrap(true);
    m_relay->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Mail server:"), m_relay);
    // Where recipients' unsubscribe and preference links point (the web endpoints of `tayori-cli serve`): the
    // address in Settings, which this campaign may override.
    m_baseUrl = new QLineEdit(PublicAddress::load(m_database), page);
    m_baseUrl->setPlaceholderText(tr("https://news.example.jp"));
    form->addRow(tr("&Web address for unsubscribe links:"), m_baseUrl);
    showRelay();
    return page;
}

void CampaignWizard::showRelay()
{
    if (const std::optional<Relay> relay = RelayStore(m_database).defaultRelay()) {
        m_relay->setText(tr("%1 (%2)").arg(relay->name, relay->url));
    } else {
        m_relay->setText(tr("No mail server is set up: messages are written to the outbox folder %1 and nothing "
                            "leaves this computer. Add your mail server in Settings → Relays.")
                             .arg(RelayStore::defaultOutboxPath()));
    }
}

QWizardPage* CampaignWizard::makeSchedulePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("When it goes out"));
    page->setSubTitle(tr("Now, or at a date and time of your choosing (your computer's time zone). Tayori sends it "
                         "while the app is open, or through tayori-cli run-due."));
    auto* layout = new QVBoxLayout(page);
    m_sendNow = new QRadioButton(tr("Send &now"), page);
    m_scheduleAt = new QRadioButton(tr("Send &at:"), page);
    m_sendNow->setChecked(true);
    auto* group = new QButtonGroup(page);
    group->addButton(m_sendNow);
    group->addButton(m_scheduleAt);
    layout->addWidget(m_sendNow);
    auto* atRow = new QHBoxLayout;
    atRow->addWidget(m_scheduleAt);
    m_when = new QDateTimeEdit(page);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    // The widest date in the format, with room for the popup arrow: the style sizes it a little short.
    m_when->setMinimumWidth(m_when->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 48);
    QDateTime next = QDateTime::currentDateTime().addSecs(3600);
    next.setTime(QTime(next.time().hour(), 0));
    m_when->setDateTime(next);
    m_when->setEnabled(false);
    atRow->addWidget(m_when);
    atRow->addStretch(1);
    layout->addLayout(atRow);
    connect(m_scheduleAt, &QRadioButton::toggled, m_when, &QWidget::setEnabled);

    m_window = new QGroupBox(tr("Only send &within these hours"), page);
    m_window->setCheckable(true);
    m_window->setChecked(false);
    auto* windowLayout = new QVBoxLayout(m_window);
    auto* daysRow = new QHBoxLayout;
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto* box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), m_window);
        box->setChecked(day <= Qt::Friday);
        m_days << box;
        daysRow->addWidget(box);
    }
    daysRow->addStretch(1);
    windowLayout->addLayout(daysRow);
    auto* hoursRow = new QHBoxLayout;
    m_windowStart = new QTimeEdit(QTime(9, 0), m_window);
    m_windowEnd = new QTimeEdit(QTime(18, 0), m_window);
    m_windowStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_windowEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    hoursRow->addWidget(new QLabel(tr("From"), m_window));
    hoursRow->addWidget(m_windowStart);
    hoursRow->addWidget(new QLabel(tr("to"), m_window));
    hoursRow->addWidget(m_windowEnd);
    hoursRow->addStretch(1);
    windowLayout->addLayout(hoursRow);
    auto* note = new QLabel(tr("Outside these hours the campaign waits and carries on at the next opening."), m_window);
    note->setWordWrap(true);
    windowLayout->addWidget(note);
    layout->addWidget(m_window);
    layout->addStretch(1);
    return page;
}

QWizardPage* CampaignWizard::makeReviewPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Check and send"));
    page->setSubTitle(tr("Problems marked with a red sign must be fixed first; warnings ask before sending."));
    page->setFinalPage(true);
    auto* layout = new QVBoxLayout(page);
    m_reviewSummary = new QLabel(page);
    m_reviewSummary->setWordWrap(true);
    layout->addWidget(m_reviewSummary);
    m_checkList = new QListWidget(page);
    m_checkList->setWordWrap(true);
    layout->addWidget(m_checkList, 1);
    auto* buttons = new QHBoxLayout;
    m_sendTest = new QPushButton(tr("Send &test…"), page);
    auto* recheck = new QPushButton(tr("Check &again"), page);
    buttons->addWidget(m_sendTest);
    buttons->addWidget(recheck);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_sendTest, &QPushButton::clicked, this, &CampaignWizard::sendTest);
    connect(recheck, &QPushButton::clicked, this, &CampaignWizard::runChecks);
    return page;
}

void CampaignWizard::load(const Campaign& campaign)
{
    m_name->setText(campaign.name);
    m_segment->setText(campaign.audience);
    const int templateIndex = m_template->findData(campaign.templateId);
    if (templateIndex >= 0) {
        m_template->setCurrentIndex(templateIndex);
    }
    m_subject->setText(campaign.subject);
    m_preheader->setText(campaign.preheader);
    if (!campaign.baseUrl.isEmpty()) {
        m_baseUrl->setText(campaign.baseUrl);
    }
    const int charsetIndex = m_charset->findData(campaign.charset);
    m_charset->setCurrentIndex(charsetIndex >= 0 ? charsetIndex : 0);
    for (const SenderIdentity& identity : SenderIdentityStore(m_database).list()) {
        if (identity.address.compare(campaign.fromAddress, Qt::CaseInsensitive) == 0) {
            m_identity->setCurrentIndex(m_identity->findData(identity.id));
        }
    }
    if (campaign.state == CampaignState::Scheduled && campaign.scheduledAt.isValid()) {
        m_scheduleAt->setChecked(true);
        m_when->setDateTime(campaign.scheduledAt.toLocalTime());
    }
    m_window->setChecked(campaign.sendWindow.isSet());
    if (campaign.sendWindow.isSet()) {
        for (int day = 0; day < m_days.size(); ++day) {
            m_days[day]->setChecked(campaign.sendWindow.days & (1u << day));
        }
        m_windowStart->setTime(QTime(0, 0).addSecs(campaign.sendWindow.startMinute * 60));
        m_windowEnd->setTime(QTime(0, 0).addSecs(campaign.sendWindow.endMinute * 60));
    }
}

SendWindow CampaignWizard::sendWindow() const
{
    SendWindow window;
    if (!m_window->isChecked()) {
        return window;
    }
    for (int day = 0; day < m_days.size(); ++day) {
        if (m_days[day]->isChecked()) {
            window.days |= quint8(1u << day);
        }
    }
    window.startMinute = m_windowStart->time().msecsSinceStartOfDay() / 60000;
    window.endMinute = m_windowEnd->time().msecsSinceStartOfDay() / 60000;
    return window;
}

bool CampaignWizard::buildCampaign(Campaign& campaign, QString* error) const
{
    campaign = m_loaded;
    campaign.id = m_campaignId;
    campaign.name = m_name->text().trimmed();
    campaign.audience = m_segment->text();
    campaign.subject = m_subject->text().trimmed();
    campaign.preheader = m_preheader->text().trimmed();
    campaign.charset = m_charset->currentData().toByteArray();
    campaign.sendWindow = sendWindow();
    campaign.baseUrl = m_baseUrl->text().trimmed();
    campaign.scheduledAt = {};
    if (m_scheduleAt->isChecked()) {
        if (const Result<QDateTime> at = ScheduleTime::parse(localScheduleText(m_when->dateTime()))) {
            campaign.scheduledAt = *at;
        }
    }
    const qint64 templateId = m_template->currentData().toLongLong();
    if (templateId > 0) {
        const Status applied = CampaignFactory::applyTemplate(m_database, templateId, campaign);
        if (!applied) {
            *error = applied.error();
            return false;
        }
    }
    const Status sender = CampaignFactory::applySender(m_database, m_identity->currentData().toLongLong(), campaign);
    if (!sender) {
        *error = sender.error();
        return false;
    }
    return true;
}

bool CampaignWizard::saveDraft()
{
    Campaign campaign;
    QString error;
    if (!buildCampaign(campaign, &error)) {
        warn(error);
        return false;
    }
    CampaignStore store(m_database);
    if (m_campaignId == 0) {
        const Result<qint64> id = store.createDraft(campaign);
        if (!id) {
            warn(tr("The campaign could not be saved: %1").arg(id.error()));
            return false;
        }
        m_campaignId = *id;
        m_loaded = campaign;
        m_loaded.id = m_campaignId;
        if (const std::optional<Campaign> stored = store.find(m_campaignId)) {
            m_loaded = *stored; // the token and creation time the store gave it
        }
    } else {
        const Status updated = store.update(campaign);
        if (!updated) {
            warn(tr("The campaign could not be saved: %1").arg(updated.error()));
            return false;
        }
    }
    emit campaignSaved(m_campaignId);
    return true;
}

void CampaignWizard::warn(const QString& text)
{
    MessageBox::warning(this, windowTitle(), text);
}

void CampaignWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == ReviewPage) {
        setButtonText(QWizard::FinishButton, m_sendNow->isChecked() ? tr("Send now") : tr("Schedule"));
        const QLocale locale;
        m_reviewSummary->setText(
            m_sendNow->isChecked()
                ? tr("“%1” goes to %n contact(s) as soon as you click Send now.",
                     nullptr,
                     int(std::max<qint64>(m_count, 0)))
                      .arg(m_name->text().trimmed())
                : tr("“%1” goes to %n contact(s) on %2.", nullptr, int(std::max<qint64>(m_count, 0)))
                      .arg(m_name->text().trimmed(), locale.toString(m_when->dateTime(), QLocale::LongFormat)));
        runChecks();
    }
}

bool CampaignWizard::validateCurrentPage()
{
    switch (currentId()) {
    case AudiencePage:
        if (m_name->text().trimmed().isEmpty()) {
            warn(tr("Give the campaign a name, so you can find it in the list later."));
            return false;
        }
        if (!m_segment->errorText().isEmpty()) {
            warn(tr("The audience is not valid: %1").arg(m_segment->errorText()));
            return false;
        }
        m_count = m_segment->count();
        if (m_count < 0) {
            warn(tr("The audience is still being counted. Wait a moment, then click Next again."));
            return false;
        }
        if (m_count == 0) {
            warn(tr("This audience matches nobody who may be mailed (unsubscribed, bounced and suppressed contacts "
                    "are left out). Change the conditions or choose another list or tag."));
            return false;
        }
        return saveDraft();
    case ContentPage:
        if (m_template->currentIndex() < 0) {
            warn(tr("There is no template to send. Make one in Templates first, then come back: this campaign is "
                    "kept as a draft."));
            return false;
        }
        if (m_subject->text().trimmed().isEmpty()) {
            warn(tr("Write a subject: most mail programs hide or distrust mail without one."));
            return false;
        }
        return saveDraft();
    case SenderPage: {
        if (m_identity->currentIndex() < 0) {
            warn(tr("There is no sender address. Add one in Settings → Sender identities, then come back: this "
                    "campaign is kept as a draft."));
            return false;
        }
        if (!m_baseUrl->text().trimmed().isEmpty()) {
            const Result<QString> baseUrl = PublicAddress::check(m_baseUrl->text());
            if (!baseUrl) {
                warn(baseUrl.error());
                return false;
            }
            // The first address given becomes the setting, so the next campaign and step mail have it too.
            if (PublicAddress::load(m_database).isEmpty()) {
                (void)PublicAddress::save(m_database, *baseUrl);
            }
        }
        return saveDraft();
    }
    case SchedulePage: {
        if (m_scheduleAt->isChecked()) {
            const Result<QDateTime> at = ScheduleTime::parse(localScheduleText(m_when->dateTime()));
            if (!at) {
                warn(at.error());
                return false;
            }
        }
        const SendWindow window = sendWindow();
        if (m_window->isChecked()) {
            if (!window.isSet()) {
                warn(tr("Tick at least one day for the sending hours, or switch them off."));
                return false;
            }
            const Result<SendWindow> parsed = SendWindow::parse(window.toText());
            if (!parsed) {
                warn(parsed.error());
                return false;
            }
        }
        return saveDraft();
    }
    case ReviewPage:
        return finish();
    default:
        return true;
    }
}

void CampaignWizard::runChecks()
{
    m_checkList->clear();
    Campaign campaign;
    QString error;
    if (!buildCampaign(campaign, &error)) {
        m_checks = {PreflightCheck {QStringLiteral("template"), PreflightCheck::Level::Error, error}};
    } else {
        if (const std::optional<Campaign> stored = CampaignStore(m_database).find(m_campaignId)) {
            campaign.testSentAt = stored->testSentAt; // "Send test…" may have just recorded one
        }
        if (m_sendNow->isChecked()) {
            campaign.state = CampaignState::Draft; // an edited scheduled campaign sent now has no schedule to check
        }
        m_checks = CampaignPreflight::run(m_database, campaign, m_count);
    }
    for (const PreflightCheck& check : std::as_const(m_checks)) {
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        if (check.level == PreflightCheck::Level::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
        } else if (check.level == PreflightCheck::Level::Error) {
            icon = QStyle::SP_MessageBoxCritical;
        }
        auto* item = new QListWidgetItem(style()->standardIcon(icon), check.message, m_checkList);
        item->setData(Qt::UserRole, check.code);
        item->setData(Qt::UserRole + 1, int(check.level));
    }
}

void CampaignWizard::sendTest()
{
    if (m_campaignId == 0 && !saveDraft()) {
        return;
    }
    Campaign campaign;
    QString error;
    if (!buildCampaign(campaign, &error)) {
        warn(error);
        return;
    }
    TestMail mail;
    mail.subject = campaign.subject;
    mail.html = campaign.html;
    mail.text = campaign.text;
    mail.inlineImages = campaign.inlineImages;
    mail.identityId = m_identity->currentData().toLongLong();
    mail.baseUrl = campaign.baseUrl;
    mail.charset = campaign.charset;
    if (const Result<TemplateDocument> document = TemplateStore(m_database).load(campaign.templateId)) {
        mail.language = document->language;
    }
    if (m_testDialog) {
        m_testDialog->close();
    }
    m_testDialog = new SendTestDialog(m_database, mail, QString(), this);
    m_testDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_testDialog->sender(), &TestMailSender::finished, this, [this](const TransportResult& result) {
        if (result.outcome == TransportResult::Outcome::Accepted) {
            const Status marked = CampaignStore(m_database).markTestSent(m_campaignId, QDateTime::currentDateTimeUtc());
            if (!marked) {
                warn(marked.error());
            }
            runChecks();
        }
    });
    connect(m_testDialog, &QObject::destroyed, this, [this] { m_testDialog = nullptr; });
    m_testDialog->open();
}

bool CampaignWizard::finish()
{
    if (!saveDraft()) {
        return false;
    }
    runChecks();
    QStringList errors;
    QStringList warnings;
    for (const PreflightCheck& check : std::as_const(m_checks)) {
        if (check.level == PreflightCheck::Level::Error) {
            errors << check.message;
        } else if (check.level == PreflightCheck::Level::Warning) {
            warnings << check.message;
        }
    }
    if (!errors.isEmpty()) {
        warn(tr("This campaign cannot be sent yet:\n\n%1").arg(errors.join(QLatin1Char('\n'))));
        return false;
    }
    if (!warnings.isEmpty()
        && MessageBox::question(this,
                                windowTitle(),
                                tr("%1\n\nSend it anyway?").arg(warnings.join(QLatin1Char('\n'))),
                                QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No)
               != QMessageBox::Yes) {
        return false;
    }
    CampaignStore store(m_database);
    if (m_sendNow->isChecked()) {
        if (!m_scheduler) {
            warn(tr("Sending is not available in this window. Schedule the campaign instead."));
            return false;
        }
        const Status sent = m_scheduler->sendNow(m_campaignId);
        if (!sent) {
            warn(tr("The campaign could not start: %1").arg(sent.error()));
            return false;
        }
        emit campaignSaved(m_campaignId);
        emit sendingStarted(m_campaignId);
        return true;
    }
    const Result<QDateTime> at = ScheduleTime::parse(localScheduleText(m_when->dateTime()));
    if (!at) {
        warn(at.error());
        return false;
    }
    const Status scheduled = store.schedule(m_campaignId, *at);
    if (!scheduled) {
        warn(tr("The campaign could not be scheduled: %1").arg(scheduled.error()));
        return false;
    }
    emit campaignSaved(m_campaignId);
    return true;
}

void CampaignWizard::reject()
{
    // Closing keeps what was written: the campaign stays in the list as a draft.
    if (!m_name->text().trimmed().isEmpty() && currentId() != AudiencePage) {
        Campaign campaign;
        QString error;
        if (buildCampaign(campaign, &error)) {
            CampaignStore store(m_database);
            if (m_campaignId == 0) {
                if (const Result<qint64> id = store.createDraft(campaign)) {
                    m_campaignId = *id;
                }
            } else if (m_loaded.state == CampaignState::Draft || m_loaded.state == CampaignState::Scheduled) {
                static_cast<void>(store.update(campaign));
            }
            emit campaignSaved(m_campaignId);
        }
    }
    QWizard::reject();
}

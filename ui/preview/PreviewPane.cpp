// PreviewPane: the widgets; what is shown comes from MailPreview (core), the page from PreviewSchemeHandler.
#include "preview/PreviewPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>
#include <QtConcurrent/QtConcurrentRun>

#include "contacts/ContactRepository.h"
#include "preview/PreviewRequestInterceptor.h"
#include "preview/PreviewSchemeHandler.h"
#include "preview/PreviewWebPage.h"
#include "preview/SendTestDialog.h"

namespace {
constexpr int searchLimit = 20;

QString contactLabel(const Contact& contact)
{
    const QString name = contact.fullName().trimmed();
    return name.isEmpty() ? contact.email : QStringLiteral("%1 <%2>").arg(name, contact.email);
}
} // namespace

PreviewPane::PreviewPane(Database database, QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
{
    // A profile of its own (in memory): the interceptor and the scheme handler touch no other web view.
    m_profile = new QWebEngineProfile(this);
    m_interceptor = new PreviewRequestInterceptor(this);
    m_handler = new PreviewSchemeHandler(this);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->installUrlSchemeHandler(PreviewSchemeHandler::schemeName(), m_handler);
    m_page = new PreviewWebPage(m_profile, this);
    QWebEngineSettings* settings = m_page->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false); // mail never runs scripts
    settings->setAttribute(QWebEngineSettings::AutoLoadImages, true);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    m_view = new QWebEngineView;
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    connect(m_page, &QWebEnginePage::loadFinished, this, &PreviewPane::pageLoaded);

    auto* holder = new QWidget;
    auto* holderLayout = new QHBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addStretch();
    holderLayout->addWidget(m_view);
    holderLayout->addStretch();
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(holder);

    m_text = new QPlainTextEdit;
    m_text->setReadOnly(true);
    m_source = new QPlainTextEdit;
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_scroll, tr("&Preview"));
    m_tabs->addTab(m_text, tr("Plain &text"));
    m_tabs->addTab(m_source, tr("HTML &source"));

    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->hide();
    m_issues = new QListWidget;
    m_issues->setMaximumHeight(120);
    connect(m_issues, &QListWidget::itemActivated, this, &PreviewPane::onIssueClicked);
    connect(m_issues, &QListWidget::itemClicked, this, &PreviewPane::onIssueClicked);

    auto* layout = new QVBoxLayout(this);
    buildToolbar();
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_deviceBox);
    toolbar->addWidget(m_landscape);
    toolbar->addWidget(m_darkButton);
    toolbar->addWidget(m_imagesButton);
    toolbar->addWidget(m_remoteImages);
    toolbar->addStretch();
    toolbar->addWidget(new QLabel(tr("Personalise as:")));
    toolbar->addWidget(m_contactBox, 1);
    toolbar->addWidget(m_sendTest);
    layout->addLayout(toolbar);
    layout->addWidget(m_note);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(new QLabel(tr("Pre-flight checks:")));
    layout->addWidget(m_issues);

    for (const CustomField& field : ContactRepository(m_database).customFields()) {
        m_customFields << field.key;
    }
    m_contact = MailPreview::sampleContact(m_language);
    applyWidth();
}

PreviewPane::~PreviewPane()
{
    // The page must go before its profile (QtWebEngine warns and may crash otherwise).
    delete m_view;
    delete m_page;
}

void PreviewPane::buildToolbar()
{
    m_deviceBox = new QComboBox;
    for (auto device : {MailPreview::Device::Phone320,
                        MailPreview::Device::Phone375,
                        MailPreview::Device::Tablet768,
                        MailPreview::Device::Desktop}) {
        m_deviceBox->addItem(MailPreview::deviceName(device), int(device));
    }
    m_deviceBox->setCurrentIndex(m_deviceBox->findData(int(m_device)));
    connect(m_deviceBox, &QComboBox::activated, this, [this](int index) {
        setDevice(MailPreview::Device(m_deviceBox->itemData(index).toInt()));
    });
    const auto toggle = [this](const QString& text, bool checked, void (PreviewPane::*slot)(bool)) {
        auto* button = new QToolButton;
        button->setText(text);
        button->setCheckable(true);
        button->setChecked(checked);
        if (slot != nullptr) {
            connect(button, &QToolButton::toggled, this, slot);
        }
        return button;
    };
    m_landscape = toggle(tr("&Landscape"), false, nullptr);
    connect(m_landscape, &QToolButton::toggled, this, [this](bool on) {
        setOrientation(on ? MailPreview::Orientation::Landscape : MailPreview::Orientation::Portrait);
    });
    m_darkButton = toggle(tr("&Dark mode"), false, &PreviewPane::setDarkMode);
    m_imagesButton = toggle(tr("&Images"), true, &PreviewPane::setImagesShown);
    m_remoteImages = new QCheckBox(tr("Load &remote images"));
    m_remoteImages->setToolTip(tr("Images from the internet are blocked in the preview until you allow them: "
                                  "loading them tells their server that the mail was looked at."));
    connect(m_remoteImages, &QCheckBox::toggled, this, &PreviewPane::setRemoteImagesAllowed);

    m_contactBox = new QComboBox;
    m_contactBox->setEditable(true);
    m_contactBox->setInsertPolicy(QComboBox::NoInsert);
    m_contactBox->setMinimumContentsLength(24);
    m_contactBox->addItem(tr("Sample data"), qint64(0));
    m_contactBox->lineEdit()->setPlaceholderText(tr("Search contacts by name or address"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_contactBox->lineEdit(), &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { searchContacts(m_contactBox->currentText()); });
    connect(m_contactBox, &QComboBox::activated, this, [this](int index) {
        setContactId(m_contactBox->itemData(index).toLongLong());
    });

    m_sendTest = new QPushButton(tr("Send &test…"));
    connect(m_sendTest, &QPushButton::clicked, this, &PreviewPane::sendTest);
}

void PreviewPane::setDocument(const TemplateDocument& document, qint64 templateId)
{
    RenderOptions options;
    options.images = RenderOptions::Images::Inline; // as the mail carries them; the preview serves cid: itself
    options.knownCustomFields = m_customFields;
    const RenderedTemplate rendered = TemplateRenderer::render(document, options);
    setRendered(rendered,
                templateId > 0 ? TemplateStore(m_database).assets(templateId) : QList<TemplateAsset>(),
                document.language,
                document.name);
}

void PreviewPane::setRendered(const RenderedTemplate& rendered,
                              const QList<TemplateAsset>& assets,
                              const QString& language,
                              const QString& name)
{
    const bool languageChanged = language != m_language;
    m_rendered = rendered;
    m_assets = assets;
    m_language = language;
    m_name = name;
    m_handler->setAssets(assets);
    if (languageChanged && m_contactId == 0) {
        m_contact = MailPreview::sampleContact(m_language);
    }
    showIssues();
    refresh();
}

void PreviewPane::setDevice(MailPreview::Device device)
{
    m_device = device;
    m_deviceBox->setCurrentIndex(m_deviceBox->findData(int(device)));
    m_landscape->setEnabled(device != MailPreview::Device::Desktop);
    applyWidth();
}

void PreviewPane::setOrientation(MailPreview::Orientation orientation)
{
    m_orientation = orientation;
    const QSignalBlocker blocker(m_landscape);
    m_landscape->setChecked(orientation == MailPreview::Orientation::Landscape);
    applyWidth();
}

void PreviewPane::setDarkMode(bool dark)
{
    if (dark == m_dark) {
        return;
    }
    m_dark = dark;
    const QSignalBlocker blocker(m_darkButton);
    m_darkButton->setChecked(dark);
    refresh();
}

void PreviewPane::setImagesShown(bool shown)
{
    if (shown == m_images) {
        return;
    }
    m_images = shown;
    const QSignalBlocker blocker(m_imagesButton);
    m_imagesButton->setChecked(shown);
    refresh();
}

void PreviewPane::setRemoteImagesAllowed(bool allowed)
{
    if (allowed == m_interceptor->remoteImagesAllowed()) {
        return;
    }
    m_interceptor->setRemoteImagesAllowed(allowed);
    const QSignalBlocker blocker(m_remoteImages);
    m_remoteImages->setChecked(allowed);
    refresh();
}

void PreviewPane::setContactId(qint64 contactId)
{
    std::optional<Contact> contact;
    if (contactId != 0) {
        contact = ContactRepository(m_database).find(contactId);
    }
    m_contactId = contact ? contactId : 0;
    m_contact = contact ? *contact : MailPreview::sampleContact(m_language);
    int index = m_contactBox->findData(m_contactId);
    if (index < 0) {
        m_contactBox->addItem(contactLabel(m_contact), m_contactId);
        index = m_contactBox->count() - 1;
    }
    m_contactBox->setCurrentIndex(index);
    refresh();
    if (contactId != 0 && !contact) {
        m_note->setText(tr("That contact no longer exists; the preview shows the sample data."));
        m_note->show();
    }
}

void PreviewPane::setView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

int PreviewPane::viewportWidth() const
{
    return MailPreview::viewportWidth(m_device, m_orientation);
}

int PreviewPane::blockedRequests() const
{
    return m_interceptor->blockedCount();
}

QString PreviewPane::shownText() const
{
    return m_text->toPlainText();
}

QString PreviewPane::shownSource() const
{
    return m_source->toPlainText();
}

void PreviewPane::applyWidth()
{
    m_view->setFixedWidth(viewportWidth());
    m_scroll->widget()->setMinimumWidth(viewportWidth());
}

void PreviewPane::refresh()
{
    m_personalised = MailPreview::personalise(m_rendered.html, m_rendered.text, m_contact, m_customFields);
    m_note->setVisible(!m_personalised.error.isEmpty());
    m_note->setText(
        tr("The merge fields could not be filled, so they are shown as written: %1").arg(m_personalised.error));
    m_text->setPlainText(m_personalised.text);
    m_source->setPlainText(m_personalised.html);

    QString page = MailPreview::resolveContentIds(m_personalised.html, PreviewSchemeHandler::assetBaseUrl());
    page = MailPreview::applyColorScheme(page, m_dark);
    if (!m_images) {
        page = MailPreview::withoutImages(page);
    }
    m_handler->setPage(page);
    m_page->load(PreviewSchemeHandler::pageUrl(++m_generation));
}

void PreviewPane::searchContacts(const QString& text)
{
    if (text.trimmed().isEmpty() || text == m_contactBox->itemText(m_contactBox->currentIndex())) {
        return;
    }
    auto* watcher = new QFutureWatcher<QList<Contact>>(this);
    connect(watcher, &QFutureWatcher<QList<Contact>>::finished, this, [this, watcher, text] {
        watcher->deleteLater();
        if (m_contactBox->currentText() != text) {
            return; // the user typed on: a newer search follows
        }
        const QSignalBlocker blocker(m_contactBox);
        while (m_contactBox->count() > 1) {
            m_contactBox->removeItem(1);
        }
        for (const Contact& contact : watcher->result()) {
            m_contactBox->addItem(contactLabel(contact), contact.id);
        }
        m_contactBox->setEditText(text);
        m_contactBox->showPopup();
    });
    // Off the GUI thread: a substring search over many contacts takes a moment.
    watcher->setFuture(QtConcurrent::run([database = m_database, text] {
        ContactFilter filter;
        filter.search = text.trimmed();
        ContactRepository contacts(database);
        return contacts.load(contacts.ids(filter, ContactSort::Name, Qt::AscendingOrder).mid(0, searchLimit));
    }));
}

void PreviewPane::showIssues()
{
    m_issues->clear();
    for (const PreflightIssue& issue : std::as_const(m_rendered.issues)) {
        auto* item = new QListWidgetItem(m_issues);
        const bool error = issue.severity == PreflightIssue::Severity::Error;
        item->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setText(issue.message);
        item->setData(Qt::UserRole, issue.blockId);
        item->setToolTip(issue.blockId.isEmpty() ? issue.code : tr("Click to select the block concerned."));
    }
    if (m_rendered.issues.isEmpty()) {
        m_issues->addItem(tr("No problems found."));
    }
}

void PreviewPane::onIssueClicked(QListWidgetItem* item)
{
    const QString blockId = item->data(Qt::UserRole).toString();
    if (!blockId.isEmpty()) {
        emit blockActivated(blockId);
    }
}

void PreviewPane::sendTest()
{
    auto images = TestMailSender::inlineImagesFor(m_rendered.assets, m_assets);
    TestMail mail;
    mail.subject = m_name;
    mail.html = m_rendered.html;
    mail.text = m_rendered.text;
    mail.language = m_language;
    mail.contactId = m_contactId;
    if (images) {
        mail.inlineImages = *images;
    }
    auto* dialog = new SendTestDialog(m_database, mail, images ? QString() : images.error(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// PreviewPane: a template as its recipients will see it — phone, tablet or desktop width, portrait or landscape,
// light or dark, images on or off, HTML, plain text or HTML source, personalised as any contact — with the
// pre-flight findings under it and "Send test…". Scripts never run; remote images load only when allowed.
#pragma once

#include <QWidget>

#include "storage/Database.h"
#include "templates/MailPreview.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateStore.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTimer;
class QToolButton;
class QWebEngineProfile;
class QWebEngineView;
class PreviewRequestInterceptor;
class PreviewSchemeHandler;
class PreviewWebPage;

class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    enum class View { Html, Text, Source };

    explicit PreviewPane(Database database, QWidget* parent = nullptr);
    ~PreviewPane() override;

    // Renders the document as the mail will be (inline images), with its images from the templates library.
    void setDocument(const TemplateDocument& document, qint64 templateId);
    // An already rendered template and the images it names (what setDocument does after rendering).
    void setRendered(const RenderedTemplate& rendered,
                     const QList<TemplateAsset>& assets,
                     const QString& language,
                     const QString& name);

    void setDevice(MailPreview::Device device);
    void setOrientation(MailPreview::Orientation orientation);
    void setDarkMode(bool dark);
    void setImagesShown(bool shown);
    void setRemoteImagesAllowed(bool allowed);
    // 0: the sample contact. A contact that does not exist falls back to the sample (and says so).
    void setContactId(qint64 contactId);
    void setView(View view);

    MailPreview::Device device() const { return m_device; }
    int viewportWidth() const;
    qint64 contactId() const { return m_contactId; }
    QWebEngineView* webView() const { return m_view; }
    int blockedRequests() const;
    // What is shown, personalised: the plain-text part and the mail's HTML (not the preview's rewritten page).
    QString shownText() const;
    QString shownSource() const;

public slots:
    void sendTest();

signals:
    // The user clicked a pre-flight finding about this block: the designer selects it.
    void blockActivated(const QString& blockId);
    // The preview page finished loading (after any change).
    void pageLoaded(bool ok);

private:
    void buildToolbar();
    void refresh();
    void applyWidth();
    void searchContacts(const QString& text);
    void showIssues();
    void onIssueClicked(QListWidgetItem* item);

    Database m_database;
    RenderedTemplate m_rendered;
    QList<TemplateAsset> m_assets;
    QString m_language = QStringLiteral("ja");
    QString m_name;
    MailPreview::Device m_device = MailPreview::Device::Desktop;
    MailPreview::Orientation m_orientation = MailPreview::Orientation::Portrait;
    bool m_dark = false;
    bool m_images = true;
    qint64 m_contactId = 0;
    Contact m_contact;
    QStringList m_customFields;
    MailPreview::Personalised m_personalised;
    int m_generation = 0;

    QComboBox* m_deviceBox = nullptr;
    QToolButton* m_landscape = nullptr;
    QToolButton* m_darkButton = nullptr;
    QToolButton* m_imagesButton = nullptr;
    QCheckBox* m_remoteImages = nullptr;
    QComboBox* m_contactBox = nullptr;
    QTimer* m_searchTimer = nullptr;
    QPushButton* m_sendTest = nullptr;
    QTabWidget* m_tabs = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWebEngineProfile* m_profile = nullptr;
    PreviewWebPage* m_page = nullptr;
    QWebEngineView* m_view = nullptr;
    PreviewSchemeHandler* m_handler = nullptr;
    PreviewRequestInterceptor* m_interceptor = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPlainTextEdit* m_source = nullptr;
    QLabel* m_note = nullptr;
    QListWidget* m_issues = nullptr;
};

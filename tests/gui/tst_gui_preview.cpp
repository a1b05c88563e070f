// The preview pane in real QtWebEngine (offscreen): the page's viewport is the chosen device's width, dark mode
// changes the body's computed colour, images off loads no image, remote images are blocked by the interceptor,
// a contact from a real SQLite database personalises the page, the plain-text view shows the text part, a
// pre-flight finding selects its block, and "Send test…" reports where the outbox file went.
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

#include "contacts/ContactRepository.h"
#include "preview/PreviewPane.h"
#include "preview/PreviewSchemeHandler.h"
#include "preview/SendTestDialog.h"
#include "senders/RelayStore.h"
#include "senders/SenderIdentityStore.h"
#include "templates/TemplateStore.h"

using namespace Qt::StringLiterals;

class TestGuiPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deviceWidths_data();
    void deviceWidths();
    void darkModeChangesTheBackground();
    void imagesOffAndRemoteImagesBlocked();
    void personalisedAsAContact();
    void plainTextAndSource();
    void issueSelectsItsBlock();
    void sendTestToTheOutbox();
    void cleanupTestCase();

private:
    QVariant js(const QString& script);
    void reload(const std::function<void()>& change);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_database;
    std::unique_ptr<PreviewPane> m_pane;
    qint64 m_contactId = 0;
};

QVariant TestGuiPreview::js(const QString& script)
{
    // The page's own scripts are off; the application world still runs ours.
    QVariant result;
    bool done = false;
    m_pane->webView()->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant& value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000)) {
        qWarning() << "script timed out:" << script;
    }
    return result;
}

void TestGuiPreview::reload(const std::function<void()>& change)
{
    QSignalSpy loaded(m_pane.get(), &PreviewPane::pageLoaded);
    change();
    QVERIFY(loaded.wait(15000));
    QVERIFY(loaded.last().first().toBool());
}

void TestGuiPreview::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto database = Database::open(m_dir->filePath(u"preview.sqlite"_s));
    QVERIFY2(database, qPrintable(database.error()));
    m_database = *database;
    Contact contact;
    contact.email = u"hanako@example.jp"_s;
    contact.familyName = u"佐藤"_s;
    contact.givenName = u"花子"_s;
    auto id = ContactRepository(*m_database).add(contact);
    QVERIFY(id);
    m_contactId = *id;

    const QByteArray json = R"({"format": "tayori-template", "version": 1, "kind": "blocks", "name": "Preview test",
        "language": "ja", "settings": {"darkMode": true},
        "blocks": [
          {"id": "h1", "type": "heading", "text": "{{last_name}} {{first_name}} 様"},
          {"id": "logo", "type": "image", "src": "asset:logo.png", "alt": "ロゴ", "width": 200},
          {"id": "remote", "type": "image", "src": "https://images.example.invalid/banner.png", "alt": "", "width": 200},
          {"id": "t1", "type": "text", "html": "<p>本文です。</p>"},
          {"id": "f1", "type": "footer", "senderName": "便り通信", "address": "東京都千代田区1-1"}
        ]})";
    auto document = TemplateDocument::fromJson(json);
    QVERIFY2(document, qPrintable(document.error()));
    TemplateStore store(*m_database);
    auto templateId = store.create(*document);
    QVERIFY2(templateId, qPrintable(templateId.error()));
    QImage image(400, 100, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    auto asset = store.addAsset(*templateId, u"logo.png"_s, png, 600);
    QVERIFY2(asset, qPrintable(asset.error()));
    QCOMPARE(asset->name, u"logo.png"_s);

    m_pane = std::make_unique<PreviewPane>(*m_database);
    m_pane->resize(1300, 900);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    reload([&] { m_pane->setDocument(*document, *templateId); });
}

void TestGuiPreview::cleanupTestCase()
{
    m_pane.reset();
}

void TestGuiPreview::deviceWidths_data()
{
    QTest::addColumn<MailPreview::Device>("device");
    QTest::addColumn<MailPreview::Orientation>("orientation");
    QTest::addColumn<int>("width");
    QTest::newRow("phone 320") << MailPreview::Device::Phone320 << MailPreview::Orientation::Portrait << 320;
    QTest::newRow("phone 375") << MailPreview::Device::Phone375 << MailPreview::Orientation::Portrait << 375;
    QTest::newRow("phone 375 landscape") << MailPreview::Device::Phone375 << MailPreview::Orientation::Landscape << 667;
    QTest::newRow("tablet") << MailPreview::Device::Tablet768 << MailPreview::Orientation::Portrait << 768;
    QTest::newRow("desktop") << MailPreview::Device::Desktop << MailPreview::Orientation::Portrait << 1024;
}

void TestGuiPreview::deviceWidths()
{
    QFETCH(MailPreview::Device, device);
    QFETCH(MailPreview::Orientation, orientation);
    QFETCH(int, width);
    m_pane->setOrientation(orientation);
    m_pane->setDevice(device);
    QCOMPARE(m_pane->viewportWidth(), width);
    QTRY_COMPARE_WITH_TIMEOUT(js(u"window.innerWidth"_s).toInt(), width, 10000);
    // The mail itself fits: the hybrid layout never scrolls sideways.
    QVERIFY(js(u"document.documentElement.scrollWidth"_s).toInt() <= width);
    m_pane->setOrientation(MailPreview::Orientation::Portrait);
}

void TestGuiPreview::darkModeChangesTheBackground()
{
    const QString background = u"getComputedStyle(document.body).backgroundColor"_s;
    const QString light = js(background).toString();
    QCOMPARE(light, u"rgb(243, 244, 246)"_s); // settings.backgroundColor #f3f4f6
    reload([&] { m_pane->setDarkMode(true); });
    QCOMPARE(js(background).toString(), u"rgb(17, 24, 39)"_s); // the renderer's dark rule, applied
    reload([&] { m_pane->setDarkMode(false); });
    QCOMPARE(js(background).toString(), light);
}

void TestGuiPreview::imagesOffAndRemoteImagesBlocked()
{
    const QString logoWidth = u"document.querySelector('img[alt=\"ロゴ\"]').naturalWidth"_s;
    // Images on: the template's own image comes through the preview scheme; the remote one is blocked.
    QTRY_VERIFY_WITH_TIMEOUT(js(logoWidth).toInt() > 0, 5000);
    QVERIFY(m_pane->blockedRequests() >= 1);
    QCOMPARE(js(u"document.querySelector('img[src^=\"https:\"]').naturalWidth"_s).toInt(), 0);

    reload([&] { m_pane->setImagesShown(false); });
    QCOMPARE(js(u"document.images.length"_s).toInt(), 2);
    QCOMPARE(
        js(u"Array.from(document.images).filter(i => i.getAttribute('src') || i.naturalWidth > 0).length"_s).toInt(),
        0);
    reload([&] { m_pane->setImagesShown(true); });
    QTRY_VERIFY_WITH_TIMEOUT(js(logoWidth).toInt() > 0, 5000);
}

void TestGuiPreview::personalisedAsAContact()
{
    QVERIFY2(js(u"document.body.innerText"_s).toString().contains(u"山田 太郎 様"_s),
             qPrintable(js(u"document.body.innerText"_s).toString()));
    reload([&] { m_pane->setContactId(m_contactId); });
    const QString text = js(u"document.body.innerText"_s).toString();
    QVERIFY2(text.contains(u"佐藤 花子 様"_s), qPrintable(text));
    QVERIFY(!text.contains(u"{{"_s));
}

void TestGuiPreview::plainTextAndSource()
{
    m_pane->setView(PreviewPane::View::Text);
    QVERIFY(m_pane->shownText().contains(u"佐藤 花子 様"_s));
    QVERIFY(m_pane->shownText().contains(u"本文です。"_s));
    QVERIFY(!m_pane->shownText().contains(u"<p>"_s));
    // The source is the mail's HTML, with cid: images, not the preview's rewritten page.
    QVERIFY(m_pane->shownSource().contains(u"cid:logo.png"_s));
    QVERIFY(!m_pane->shownSource().contains(u"tayori-preview:"_s));
    m_pane->setView(PreviewPane::View::Html);
}

void TestGuiPreview::issueSelectsItsBlock()
{
    auto* issues = m_pane->findChild<QListWidget*>();
    QVERIFY(issues);
    QListWidgetItem* withBlock = nullptr;
    for (int i = 0; i < issues->count(); ++i) {
        if (issues->item(i)->data(Qt::UserRole).toString() == u"remote"_s) {
            withBlock = issues->item(i); // the image without alt text
        }
    }
    QVERIFY(withBlock);
    QSignalSpy activated(m_pane.get(), &PreviewPane::blockActivated);
    QTest::mouseClick(issues->viewport(), Qt::LeftButton, {}, issues->visualItemRect(withBlock).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), u"remote"_s);
}

void TestGuiPreview::sendTestToTheOutbox()
{
    SenderIdentity identity;
    identity.displayName = u"便り通信"_s;
    identity.address = u"info@news.example.co.jp"_s;
    QVERIFY(SenderIdentityStore(*m_database).add(identity));
    Relay relay;
    relay.name = u"outbox"_s;
    relay.url = QUrl::fromLocalFile(m_dir->filePath(u"outbox"_s)).toString();
    QVERIFY(RelayStore(*m_database).add(relay));

    m_pane->sendTest();
    auto* dialog = m_pane->findChild<SendTestDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->addressEdit()->text(), u"info@news.example.co.jp"_s);
    QCOMPARE(dialog->subjectEdit()->text(), u"Preview test"_s);
    dialog->addressEdit()->setText(u"tester@example.org"_s);
    dialog->send();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->resultLabel()->text().contains(u"nothing left this computer"_s), 20000);
    const QStringList files = QDir(m_dir->filePath(u"outbox"_s)).entryList({u"*.eml"_s}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY(dialog->resultLabel()->text().contains(files.first()));
    QFile eml(QDir(m_dir->filePath(u"outbox"_s)).filePath(files.first()));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    const QByteArray message = eml.readAll();
    // Personalised as the contact chosen in the pane, the image attached under the cid the HTML names.
    QVERIFY(message.contains("Content-ID: <logo.png>"));
    QVERIFY(message.contains("multipart/related"));
    QVERIFY(message.contains("<tester@example.org>\r\n"));
    dialog->close();
}

int main(int argc, char* argv[])
{
    PreviewSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestGuiPreview test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_preview.moc"

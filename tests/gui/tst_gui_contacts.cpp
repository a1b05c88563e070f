// The GUI on the offscreen platform: drop a Shift_JIS CSV on the window, walk the wizard, find the rows in the table;
// search in SQL; cancel; delete and undo.
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCodec>
#include <QUndoStack>

#include "MainWindow.h"
#include "campaigns/CampaignsPage.h"
#include "contacts/ContactDialog.h"
#include "contacts/ContactRepository.h"
#include "contacts/ContactTableModel.h"
#include "contacts/ContactsPage.h"
#include "import/ImportFilePage.h"
#include "import/ImportMappingPage.h"
#include "import/ImportRunPage.h"
#include "import/ImportWizard.h"

class TestGuiContacts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyStateAndSections();
    void dropShiftJisCsvAndImport();
    void cancelledImportChangesNothing();
    void searchFiltersInSql();
    void deleteAndUndo();
    void contactDialogValidates();

private:
    QString writeCsv(const QByteArray& bytes);
    void dropFile(const QString& path);
    void waitForTable();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiContacts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<Database> db = Database::open(m_dir->filePath(QStringLiteral("gui.sqlite")));
    QVERIFY(db.ok());
    m_db = *db;
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    waitForTable();
}

void TestGuiContacts::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestGuiContacts::writeCsv(const QByteArray& bytes)
{
    const QString path = m_dir->filePath(QStringLiteral("顧客リスト.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write fixture");
    }
    file.write(bytes);
    return path;
}

void TestGuiContacts::dropFile(const QString& path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
}

void TestGuiContacts::waitForTable()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->contactsPage()->model()->isLoading(), 10000);
}

void TestGuiContacts::emptyStateAndSections()
{
    QCOMPARE(m_window->contactsPage()->model()->rowCount(), 0);
    QCOMPARE(m_window->sidebar()->count(), 5);
    QVERIFY(!QIcon(QStringLiteral(":/icons/tayori-256.png")).pixmap(64, 64).isNull()); // the window icon resource
    m_window->showSection(MainWindow::CampaignsSection);
    QCOMPARE(m_window->sidebar()->currentRow(), int(MainWindow::CampaignsSection));
    // The Campaigns section is the campaign list (empty here), not a placeholder.
    QVERIFY(m_window->campaignsPage()->isVisible());
    QVERIFY(m_window->campaignsPage()->newButton()->isVisible());
    QCOMPARE(m_window->campaignsPage()->table()->rowCount(), 0);
}

void TestGuiContacts::dropShiftJisCsvAndImport()
{
    const QString csv = QStringLiteral("メールアドレス,氏名,会社名,電話番号\r\n"
                                       "taro@example.jp,髙橋 太郎,㈱サンプル①,03-1234-5678\r\n"
                                       "hanako@example.jp,佐藤 花子,株式会社テスト,06-1111-2222\r\n"
                                       "broken-address,壊れた 行,,\r\n");
    const QString path = writeCsv(QTextCodec::codecForName("windows-31j")->fromUnicode(csv));
    dropFile(path);
    ImportWizard* wizard = m_window->importWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());

    // Page 1: detected charset and the first rows decoded correctly.
    ImportFilePage* filePage = wizard->filePage();
    QCOMPARE(wizard->preview().charset, QByteArray("Shift_JIS"));
    QVERIFY(filePage->messageLabel()->text().contains(QStringLiteral("Shift_JIS")));
    QTableWidget* preview = filePage->previewTable();
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("メールアドレス"));
    QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("髙橋 太郎"));
    QCOMPARE(preview->item(0, 2)->text(), QStringLiteral("㈱サンプル①"));
    QVERIFY(filePage->isComplete());

    // Page 2: the Japanese headers are mapped automatically.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
    const QList<ColumnMapping> mapping = wizard->mappingPage()->mapping();
    QCOMPARE(mapping.at(0).field, ContactField::Email);
    QCOMPARE(mapping.at(1).field, ContactField::FullName);
    QCOMPARE(mapping.at(2).field, ContactField::Company);
    QCOMPARE(mapping.at(3).field, ContactField::Phone);
    // Without an email column the wizard does not go on.
    wizard->mappingPage()->setField(0, ContactField::Ignore);
    QVERIFY(!wizard->mappingPage()->isComplete());
    wizard->mappingPage()->setField(0, ContactField::Email);
    QVERIFY(wizard->mappingPage()->isComplete());

    wizard->next(); // options
    wizard->next(); // run
    QCOMPARE(wizard->currentId(), int(ImportWizard::RunPage));
    ImportRunPage* run = wizard->runPage();
    QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 30000);
    QVERIFY2(run->summaryLabel()->text().contains(QStringLiteral("2 new")), qPrintable(run->summaryLabel()->text()));
    QCOMPARE(run->progressBar()->value(), run->progressBar()->maximum());
    QCOMPARE(run->issuesTable()->rowCount(), 1);
    QCOMPARE(run->issuesTable()->item(0, 0)->text(), QStringLiteral("4"));
    wizard->accept();

    // The table shows the imported contacts.
    waitForTable();
    ContactTableModel* model = m_window->contactsPage()->model();
    QTRY_COMPARE(model->rowCount(), 2);
    QStringList emails;
    for (int row = 0; row < model->rowCount(); ++row) {
        emails << model->index(row, ContactTableModel::EmailColumn).data().toString();
    }
    QVERIFY(emails.contains(QStringLiteral("taro@example.jp")));
    const int taro = static_cast<int>(emails.indexOf(QStringLiteral("taro@example.jp")));
    QCOMPARE(model->index(taro, ContactTableModel::NameColumn).data().toString(), QStringLiteral("髙橋 太郎"));
    QCOMPARE(model->index(taro, ContactTableModel::CompanyColumn).data().toString(), QStringLiteral("㈱サンプル①"));
}

void TestGuiContacts::cancelledImportChangesNothing()
{
    QByteArray big = "email,company\n";
    for (int i = 0; i < 300000; ++i) {
        big += "c" + QByteArray::number(i) + "@example.com,Company " + QByteArray::number(i) + "\n";
    }
    m_window->startImport(writeCsv(big));
    ImportWizard* wizard = m_window->importWizard();
    QVERIFY(wizard->filePage()->isComplete());
    wizard->next();
    wizard->next();
    wizard->next();
    ImportRunPage* run = wizard->runPage();
    QVERIFY(run->isRunning());
    QTest::mouseClick(run->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 30000);
    QVERIFY2(run->summaryLabel()->text().contains(QStringLiteral("cancelled")),
             qPrintable(run->summaryLabel()->text()));
    QCOMPARE(ContactRepository(*m_db).count(), 0);
}

void TestGuiContacts::searchFiltersInSql()
{
    ContactRepository repository(*m_db);
    for (int i = 0; i < 500; ++i) {
        Contact contact;
        contact.email = QStringLiteral("person%1@example.com").arg(i);
        contact.company = i % 50 == 0 ? QStringLiteral("Needle K.K.") : QStringLiteral("Haystack Ltd");
        QVERIFY(repository.add(contact).ok());
    }
    m_window->contactsPage()->reload();
    waitForTable();
    QCOMPARE(m_window->contactsPage()->model()->rowCount(), 500);
    QTest::keyClicks(m_window->contactsPage()->searchBox(), QStringLiteral("needle"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->contactsPage()->model()->rowCount(), 10, 10000);
    // Scrolling to the end fetches the last page on demand.
    m_window->contactsPage()->searchBox()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->contactsPage()->model()->rowCount(), 500, 10000);
    QTableView* table = m_window->contactsPage()->table();
    table->scrollToBottom();
    const QModelIndex last = table->model()->index(499, ContactTableModel::EmailColumn);
    QVERIFY(last.data().toString().startsWith(QStringLiteral("person")));
}

void TestGuiContacts::deleteAndUndo()
{
    ContactRepository repository(*m_db);
    Contact contact;
    contact.email = QStringLiteral("undo@example.com");
    contact.tags = {QStringLiteral("keep-me")};
    QVERIFY(repository.add(contact).ok());
    ContactsPage* page = m_window->contactsPage();
    page->reload();
    waitForTable();
    QCOMPARE(page->model()->rowCount(), 1);
    page->table()->selectRow(0);
    page->deleteSelected();
    waitForTable();
    QTRY_COMPARE(page->model()->rowCount(), 0);
    QCOMPARE(repository.count(), 0);
    page->undoStack()->undo();
    waitForTable();
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(repository.findByEmail(QStringLiteral("undo@example.com"))->tags, QStringList {QStringLiteral("keep-me")});
}

void TestGuiContacts::contactDialogValidates()
{
    ContactDialog dialog(*m_db, 0);
    QPushButton* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    QLabel* message = dialog.findChild<QLabel*>(QStringLiteral("message"));
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(dialog.emailEdit(), QStringLiteral("taro..@example.com"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!message->text().isEmpty());
    dialog.emailEdit()->setText(QStringLiteral("taro..yamada.@docomo.ne.jp"));
    QVERIFY(save->isEnabled()); // a legacy carrier address: accepted, with a warning shown
    QVERIFY(!message->text().isEmpty());
    dialog.emailEdit()->setText(QStringLiteral("new@example.jp"));
    QVERIFY(save->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.savedId() != 0);
    const std::optional<Contact> stored = ContactRepository(*m_db).findByEmail(QStringLiteral("new@example.jp"));
    QVERIFY(stored);
    QCOMPARE(stored->consentSource, QStringLiteral("manual"));

    // The same address again: refused with a message, the dialog stays open.
    ContactDialog second(*m_db, 0);
    second.emailEdit()->setText(QStringLiteral("NEW@example.jp"));
    second.accept();
    QVERIFY(second.result() != int(QDialog::Accepted));
    QVERIFY(second.findChild<QLabel*>(QStringLiteral("message"))->text().contains(QStringLiteral("already")));
    QCOMPARE(ContactRepository(*m_db).count(), 1);
}

QTEST_MAIN(TestGuiContacts)
#include "tst_gui_contacts.moc"

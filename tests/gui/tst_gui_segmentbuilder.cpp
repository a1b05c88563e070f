// The segment builder on the offscreen platform: a segment built with clicks gives the text form and the live
// count against a real database; the text form loads back into rows; a bad expression shows an error in place;
// saved segments are saved, loaded back, listed by a second builder and deleted.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "MessageBox.h"
#include "contacts/ContactRepository.h"
#include "segments/SegmentBuilder.h"
#include "segments/SegmentParser.h"
#include "segments/SegmentStore.h"

class TestGuiSegmentBuilder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void buildWithClicks();
    void textRoundTrip_data();
    void textRoundTrip();
    void badTextKeepsTheTree();
    void nobodyMatches();
    void unknownFieldShowsWhy();
    void groupsWithClicks();
    void saveAndLoadBack();
    void saveButtonAsksTheName();
    void saveRefusals_data();
    void saveRefusals();
    void deleteAsksFirst();
    void damagedSavedSegment();

private:
    QComboBox* saved(SegmentBuilder* builder) const
    {
        return builder->findChild<QComboBox*>(QStringLiteral("savedSegments"));
    }
    void clickPlanGoldNotTest();
    // Answers the next QInputDialog with `name` (or cancels it) once it is shown.
    static void answerInputDialog(const QString& name, bool accept = true);
    QWidget* root() const { return m_builder->findChild<QWidget*>(QStringLiteral("segmentRoot")); }
    QList<QWidget*> rows(QWidget* group) const
    {
        return group->findChildren<QWidget*>(QStringLiteral("segmentCondition"), Qt::FindDirectChildrenOnly);
    }
    QWidget* addCondition(QWidget* group);
    static void choose(QComboBox* combo, const QVariant& data);
    QString countText() const { return m_builder->findChild<QLabel*>(QStringLiteral("segmentCount"))->text(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<SegmentBuilder> m_builder;
};

void TestGuiSegmentBuilder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Result<Database> db = Database::open(m_dir->filePath(QStringLiteral("builder.sqlite")));
    QVERIFY(db.ok());
    m_db = *db;
    ContactRepository repository(*m_db);
    struct Row
    {
        const char* email;
        const char* plan;
        const char* created; // UTC noon, far from any time zone's day boundary
        QStringList tags;
        ContactStatus status;
    };
    // Gold, registered from April, not tagged test: a@ (mailable), e@ (unsubscribed), f@ (suppressed).
    const QList<Row> contacts = {
        {"a@example.jp", "gold", "2026-05-10T12:00:00Z", {QStringLiteral("vip")}, ContactStatus::Subscribed},
        {"b@example.jp", "gold", "2026-05-10T12:00:00Z", {QStringLiteral("test")}, ContactStatus::Subscribed},
        {"c@example.jp", "gold", "2026-03-01T12:00:00Z", {}, ContactStatus::Subscribed},
        {"d@example.jp", "silver", "2026-06-01T12:00:00Z", {}, ContactStatus::Subscribed},
        {"e@example.jp", "gold", "2026-06-01T12:00:00Z", {}, ContactStatus::Unsubscribed},
        {"f@example.jp", "Gold", "2026-07-01T12:00:00Z", {}, ContactStatus::Subscribed},
    };
    for (const Row& row : contacts) {
        Contact contact;
        contact.email = QString::fromLatin1(row.email);
        contact.customValues.insert(QStringLiteral("plan"), QString::fromLatin1(row.plan));
        contact.tags = row.tags;
        contact.lists = {QStringLiteral("newsletter")};
        contact.status = row.status;
        const Result<qint64> id = repository.add(contact);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QSqlQuery update(m_db->connection());
        update.prepare(QStringLiteral("UPDATE contacts SET created_at = ? WHERE id = ?"));
        update.addBindValue(QDateTime::fromString(QString::fromLatin1(row.created), Qt::ISODate).toSecsSinceEpoch());
        update.addBindValue(*id);
        QVERIFY(update.exec());
    }
    QVERIFY(QSqlQuery(m_db->connection())
                .exec(QStringLiteral("INSERT INTO suppressions (email_key, reason, created_at) VALUES "
                                     "('f@example.jp', 'complaint', '2026-12-01T00:00:00Z')")));
    m_builder = std::make_unique<SegmentBuilder>(*m_db);
    m_builder->show();
    // Empty: every contact.
    QTRY_COMPARE(m_builder->count(), 6);
    QVERIFY(m_builder->text().isEmpty());
}

void TestGuiSegmentBuilder::cleanup()
{
    m_builder.reset();
    m_db.reset();
    m_dir.reset();
}

QWidget* TestGuiSegmentBuilder::addCondition(QWidget* group)
{
    auto* button = group->findChild<QPushButton*>(QStringLiteral("addCondition"), Qt::FindDirectChildrenOnly);
    QTest::mouseClick(button, Qt::LeftButton);
    return rows(group).last();
}

void TestGuiSegmentBuilder::choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

// "plan is gold and registered from April, not tagged test", with clicks.
void TestGuiSegmentBuilder::buildWithClicks()
{
    QSignalSpy changed(m_builder.get(), &SegmentBuilder::changed);
    QWidget* plan = addCondition(root());
    choose(plan->findChild<QComboBox*>(QStringLiteral("conditionField")), QStringLiteral("field:plan"));
    choose(plan->findChild<QComboBox*>(QStringLiteral("conditionOp")), static_cast<int>(SegmentNode::Op::Equal));
    auto* planValue = plan->findChild<QLineEdit*>(QStringLiteral("conditionValueText"));
    QVERIFY(planValue->isVisibleTo(plan));
    QTest::keyClicks(planValue, QStringLiteral("gold"));

    QWidget* created = addCondition(root());
    choose(created->findChild<QComboBox*>(QStringLiteral("conditionField")), QStringLiteral("field:created"));
    choose(created->findChild<QComboBox*>(QStringLiteral("conditionOp")),
           static_cast<int>(SegmentNode::Op::GreaterOrEqual));
    auto* date = created->findChild<QDateEdit*>(QStringLiteral("conditionValueDate"));
    QVERIFY(date->isVisibleTo(created)); // a date field gets a date editor, not a line edit
    QVERIFY(!created->findChild<QLineEdit*>(QStringLiteral("conditionValueText"))->isVisibleTo(created));
    date->setDate(QDate(2026, 4, 1));

    QWidget* tag = addCondition(root());
    choose(tag->findChild<QComboBox*>(QStringLiteral("conditionField")), QStringLiteral("tag"));
    choose(tag->findChild<QComboBox*>(QStringLiteral("conditionOp")), 1); // "is not"
    auto* tagValue = tag->findChild<QComboBox*>(QStringLiteral("conditionValueChoice"));
    QVERIFY(tagValue->isVisibleTo(tag));
    QCOMPARE(tagValue->count(), 2); // the tags that exist: test, vip
    tagValue->setCurrentIndex(tagValue->findText(QStringLiteral("test")));

    const QString expected = QStringLiteral("plan = gold AND created >= 2026-04-01 AND NOT tag:test");
    QCOMPARE(m_builder->text(), expected);
    QCOMPARE(m_builder->findChild<QLineEdit*>(QStringLiteral("segmentText"))->text(), expected);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toString(), expected);
    // a@, e@ (unsubscribed) and f@ (suppressed; "Gold" matches ignoring case) match; only a@ may be mailed.
    QTRY_COMPARE(m_builder->count(), 3);
    QVERIFY2(countText().contains(QStringLiteral("3 contacts match; 1 can be mailed")), qPrintable(countText()));
    QVERIFY(m_builder->errorText().isEmpty());

    // Removing a condition updates the text and the count.
    QTest::mouseClick(tag->findChild<QToolButton*>(QStringLiteral("removeCondition")), Qt::LeftButton);
    QCOMPARE(m_builder->text(), QStringLiteral("plan = gold AND created >= 2026-04-01"));
    QTRY_COMPARE(m_builder->count(), 4);
}

void TestGuiSegmentBuilder::textRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("groups"); // nested groups the rows show
    QTest::newRow("issue example") << QStringLiteral(
        "list:newsletter AND (plan = gold OR tag:vip) AND NOT tag:test AND created >= 2026-04-01")
                                   << 1;
    QTest::newRow("nested nots") << QStringLiteral(
        "NOT (tag:vip OR NOT (plan = gold AND company ~ \"x y\")) OR status:unsubscribed AND NOT plan = silver")
                                 << 4;
    QTest::newRow("a date not as a date") << QStringLiteral("created >= April") << 0;
    QTest::newRow("unknown names kept") << QStringLiteral("tag:nope AND list:\"2026 秋\" AND colour = red") << 0;
    QTest::newRow("not of a compare") << QStringLiteral("NOT plan = gold") << 0;
    QTest::newRow("double not") << QStringLiteral("NOT NOT tag:vip") << 0;
}

// setText of the text form fills the rows; the rows give the same text back.
void TestGuiSegmentBuilder::textRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, groups);
    QVERIFY2(m_builder->setText(text), qPrintable(m_builder->errorText()));
    QCOMPARE(m_builder->text(), (*SegmentParser::parse(text))->toText());
    QCOMPARE(m_builder->text(), text);
    QCOMPARE(root()->findChildren<QWidget*>(QStringLiteral("segmentGroup")).size(), groups);
    QVERIFY(!rows(root()).isEmpty() || groups > 0);
}

// A bad expression shows where it is wrong and leaves the rows (and text()) as they were.
void TestGuiSegmentBuilder::badTextKeepsTheTree()
{
    const QString good = QStringLiteral("plan = gold AND NOT tag:test");
    QVERIFY(m_builder->setText(good));
    QTRY_COMPARE(m_builder->count(), 4);
    const int rowCount = rows(root()).size();
    QVERIFY(!m_builder->setText(QStringLiteral("plan = gold AND (tag:vip OR")));
    QVERIFY2(m_builder->errorText().contains(QStringLiteral("character 28")), qPrintable(m_builder->errorText()));
    auto* error = m_builder->findChild<QLabel*>(QStringLiteral("segmentError"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), m_builder->errorText());
    QCOMPARE(m_builder->text(), good);
    QCOMPARE(rows(root()).size(), rowCount);
    QCOMPARE(m_builder->count(), 4);
    // Typing on until it parses updates the rows and clears the error.
    auto* edit = m_builder->findChild<QLineEdit*>(QStringLiteral("segmentText"));
    edit->setFocus();
    edit->end(false);
    QTest::keyClicks(edit, QStringLiteral(" tag:test)"));
    QCOMPARE(m_builder->text(), QStringLiteral("plan = gold AND (tag:vip OR tag:test)"));
    QVERIFY(m_builder->errorText().isEmpty());
    QVERIFY(!error->isVisible());
    QTRY_COMPARE(m_builder->count(), 2);
}

void TestGuiSegmentBuilder::nobodyMatches()
{
    QVERIFY(m_builder->setText(QStringLiteral("tag:vipp AND plan = gold")));
    QTRY_COMPARE(m_builder->count(), 0);
    QVERIFY2(countText().contains(QStringLiteral("there is no tag 'vipp'")), qPrintable(countText()));
    QVERIFY(m_builder->setText(QStringLiteral("tag:vip AND tag:test")));
    QTRY_VERIFY(countText().contains(QStringLiteral("No contact matches this segment")));
    QCOMPARE(m_builder->count(), 0);
}

void TestGuiSegmentBuilder::unknownFieldShowsWhy()
{
    QVERIFY(m_builder->setText(QStringLiteral("colour = red")));
    QTRY_VERIFY(countText().contains(QStringLiteral("Unknown field 'colour'")));
    QCOMPARE(m_builder->count(), -1);
    QVERIFY(m_builder->errorText().contains(QStringLiteral("Unknown field 'colour'")));
}

// A nested OR group negated with NOT, built with clicks.
void TestGuiSegmentBuilder::groupsWithClicks()
{
    QWidget* list = addCondition(root());
    choose(list->findChild<QComboBox*>(QStringLiteral("conditionField")), QStringLiteral("list"));
    QCOMPARE(list->findChild<QComboBox*>(QStringLiteral("conditionValueChoice"))->currentText(),
             QStringLiteral("newsletter"));
    QTest::mouseClick(root()->findChild<QPushButton*>(QStringLiteral("addGroup"), Qt::FindDirectChildrenOnly),
                      Qt::LeftButton);
    QWidget* group = root()->findChildren<QWidget*>(QStringLiteral("segmentGroup")).last();
    choose(group->findChild<QComboBox*>(QStringLiteral("groupKind")), static_cast<int>(SegmentNode::Kind::Or));
    group->findChild<QCheckBox*>(QStringLiteral("groupNot"))->setChecked(true);
    QWidget* first = rows(group).first(); // a new group starts with one condition
    choose(first->findChild<QComboBox*>(QStringLiteral("conditionField")), QStringLiteral("tag"));
    first->findChild<QComboBox*>(QStringLiteral("conditionValueChoice"))->setEditText(QStringLiteral("test"));
    QWidget* second = addCondition(group);
    choose(second->findChild<QComboBox*>(QStringLiteral("conditionField")), QStringLiteral("status"));
    second->findChild<QComboBox*>(QStringLiteral("conditionValueChoice"))->setEditText(QStringLiteral("unsubscribed"));
    QCOMPARE(m_builder->text(), QStringLiteral("list:newsletter AND NOT (tag:test OR status:unsubscribed)"));
    QTRY_COMPARE(m_builder->count(), 4);
    QTest::mouseClick(group->findChild<QPushButton*>(QStringLiteral("removeGroup")), Qt::LeftButton);
    QCOMPARE(m_builder->text(), QStringLiteral("list:newsletter"));
    QTRY_COMPARE(m_builder->count(), 6);
}

// "plan = gold AND NOT tag:test", with clicks.
void TestGuiSegmentBuilder::clickPlanGoldNotTest()
{
    QWidget* plan = addCondition(root());
    choose(plan->findChild<QComboBox*>(QStringLiteral("conditionField")), QStringLiteral("field:plan"));
    QTest::keyClicks(plan->findChild<QLineEdit*>(QStringLiteral("conditionValueText")), QStringLiteral("gold"));
    QWidget* tag = addCondition(root());
    choose(tag->findChild<QComboBox*>(QStringLiteral("conditionField")), QStringLiteral("tag"));
    choose(tag->findChild<QComboBox*>(QStringLiteral("conditionOp")), 1); // "is not"
    auto* tagValue = tag->findChild<QComboBox*>(QStringLiteral("conditionValueChoice"));
    tagValue->setCurrentIndex(tagValue->findText(QStringLiteral("test")));
    QCOMPARE(m_builder->text(), QStringLiteral("plan = gold AND NOT tag:test"));
}

void TestGuiSegmentBuilder::answerInputDialog(const QString& name, bool accept)
{
    QTimer::singleShot(0, [name, accept] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(name);
        accept ? dialog->accept() : dialog->reject();
    });
}

// Saved with clicks, cleared, loaded back from "Saved segments": the same text and count. A second builder (as the
// next campaign wizard opens one) lists it and loads the same segment.
void TestGuiSegmentBuilder::saveAndLoadBack()
{
    QCOMPARE(saved(m_builder.get())->count(), 1); // "(none)" only
    QVERIFY(!m_builder->findChild<QPushButton*>(QStringLiteral("deleteSegment"))->isEnabled());
    clickPlanGoldNotTest();
    QTRY_COMPARE(m_builder->count(), 4);
    const QString text = m_builder->text();
    QVERIFY(m_builder->saveAs(QStringLiteral("Gold, not test")));
    QCOMPARE(saved(m_builder.get())->count(), 2);
    QCOMPARE(saved(m_builder.get())->currentText(), QStringLiteral("Gold, not test"));
    QVERIFY(m_builder->findChild<QPushButton*>(QStringLiteral("deleteSegment"))->isEnabled());
    QCOMPARE(SegmentStore(*m_db).findByName(QStringLiteral("gold, NOT test"))->text(), text);

    QVERIFY(m_builder->setText(QString()));
    QTRY_VERIFY(rows(root()).isEmpty()); // removed rows go with deleteLater
    QTRY_COMPARE(m_builder->count(), 6);
    QSignalSpy changed(m_builder.get(), &SegmentBuilder::changed);
    saved(m_builder.get())->setCurrentIndex(0);
    QVERIFY(m_builder->text().isEmpty()); // "(none)" loads nothing
    saved(m_builder.get())->setCurrentIndex(1);
    QCOMPARE(m_builder->text(), text);
    QCOMPARE(m_builder->findChild<QLineEdit*>(QStringLiteral("segmentText"))->text(), text);
    QCOMPARE(rows(root()).size(), 2);
    QCOMPARE(changed.last().at(0).toString(), text);
    QTRY_COMPARE(m_builder->count(), 4);

    SegmentBuilder second(*m_db);
    QComboBox* combo = saved(&second);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(1), QStringLiteral("Gold, not test"));
    QCOMPARE(combo->itemData(1, Qt::ToolTipRole).toString(), text);
    combo->setCurrentIndex(1);
    QCOMPARE(second.text(), text);
    QTRY_COMPARE(second.count(), 4);
}

// "Save as…" asks the name; a cancelled dialog saves nothing; another saved segment's name is replaced only if the
// user says so; the loaded segment is saved over without asking.
void TestGuiSegmentBuilder::saveButtonAsksTheName()
{
    auto* save = m_builder->findChild<QPushButton*>(QStringLiteral("saveSegment"));
    QVERIFY(m_builder->setText(QStringLiteral("tag:vip")));
    answerInputDialog(QStringLiteral("VIP"), false);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(SegmentStore(*m_db).list().size(), 0);
    answerInputDialog(QStringLiteral(" VIP "));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(SegmentStore(*m_db).findByName(QStringLiteral("VIP"))->text(), QStringLiteral("tag:vip"));
    QVERIFY(m_builder->setText(QStringLiteral("tag:test")));
    answerInputDialog(QStringLiteral("Testers"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved(m_builder.get())->currentText(), QStringLiteral("Testers"));

    // Over "vip", another one: asked, and "No" keeps it.
    QVERIFY(m_builder->setText(QStringLiteral("tag:vip OR tag:test")));
    MessageBox::setNextAnswer(QMessageBox::No);
    answerInputDialog(QStringLiteral("vip"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("already called \"VIP\"")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(SegmentStore(*m_db).findByName(QStringLiteral("VIP"))->text(), QStringLiteral("tag:vip"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    answerInputDialog(QStringLiteral("vip"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(SegmentStore(*m_db).findByName(QStringLiteral("VIP"))->text(), QStringLiteral("tag:vip OR tag:test"));
    QCOMPARE(saved(m_builder.get())->currentText(), QStringLiteral("VIP"));

    // The loaded one: the dialog offers its name, and saving over it asks nothing.
    QVERIFY(m_builder->setText(QStringLiteral("tag:vip AND NOT tag:test")));
    MessageBox::setNextAnswer(QMessageBox::No); // were it asked, "No" would keep the old definition
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->textValue(), QStringLiteral("VIP"));
        dialog->accept();
    });
    QTest::mouseClick(save, Qt::LeftButton);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    QCOMPARE(SegmentStore(*m_db).findByName(QStringLiteral("VIP"))->text(), QStringLiteral("tag:vip AND NOT tag:test"));
    QCOMPARE(SegmentStore(*m_db).list().size(), 2);
}

void TestGuiSegmentBuilder::saveRefusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing to save") << QString() << QStringLiteral("All") << QStringLiteral("nothing to save");
    QTest::newRow("unknown field") << QStringLiteral("colour = red") << QStringLiteral("Red")
                                   << QStringLiteral("Unknown field 'colour'");
    QTest::newRow("no name") << QStringLiteral("tag:vip") << QStringLiteral("  ") << QStringLiteral("has no name");
}

// Refused saves say why in a message box and store nothing.
void TestGuiSegmentBuilder::saveRefusals()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QVERIFY(m_builder->setText(text));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_builder->saveAs(name));
    QVERIFY2(MessageBox::lastText().contains(expected), qPrintable(MessageBox::lastText()));
    QCOMPARE(SegmentStore(*m_db).list().size(), 0);
    QCOMPARE(saved(m_builder.get())->count(), 1);
}

// Delete asks first; "No" keeps the saved segment, "Yes" deletes it and the builder keeps its conditions.
void TestGuiSegmentBuilder::deleteAsksFirst()
{
    QVERIFY(m_builder->setText(QStringLiteral("tag:vip")));
    QVERIFY(m_builder->saveAs(QStringLiteral("VIP")));
    auto* remove = m_builder->findChild<QPushButton*>(QStringLiteral("deleteSegment"));
    QVERIFY(remove->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Delete the saved segment \"VIP\"")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(SegmentStore(*m_db).list().size(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(SegmentStore(*m_db).list().size(), 0);
    QCOMPARE(saved(m_builder.get())->count(), 1);
    QCOMPARE(saved(m_builder.get())->currentIndex(), 0);
    QVERIFY(!remove->isEnabled());
    QCOMPARE(m_builder->text(), QStringLiteral("tag:vip"));
}

// A saved segment whose stored document no longer reads is listed as such, says why when chosen (the builder keeps
// its conditions) and can be deleted.
void TestGuiSegmentBuilder::damagedSavedSegment()
{
    QVERIFY(QSqlQuery(m_db->connection())
                .exec(QStringLiteral("INSERT INTO segments (name, definition, created_at, updated_at) "
                                     "VALUES ('Old', '{\"version\": 9}', 0, 0)")));
    m_builder->reloadSaved();
    QComboBox* combo = saved(m_builder.get());
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(1), QStringLiteral("Old (cannot be read)"));
    QVERIFY(m_builder->setText(QStringLiteral("tag:vip")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    combo->setCurrentIndex(1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("\"Old\" cannot be read")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(m_builder->text(), QStringLiteral("tag:vip"));
    QCOMPARE(combo->currentIndex(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_builder->findChild<QPushButton*>(QStringLiteral("deleteSegment")), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("\"Old\"?")), qPrintable(MessageBox::lastText()));
    QCOMPARE(combo->count(), 1);
}

QTEST_MAIN(TestGuiSegmentBuilder)
#include "tst_gui_segmentbuilder.moc"

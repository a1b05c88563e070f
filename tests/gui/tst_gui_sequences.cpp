// The step-mail editor on the offscreen platform: a 3-step welcome sequence made through SequencesPage and
// SequenceDialog (a step without a template refused with the store's message, nothing saved), stored as entered;
// then edited (a step moved and one removed, ids kept) and deleted.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "MessageBox.h"
#include "automation/SequenceDialog.h"
#include "automation/SequencesPage.h"
#include "contacts/ContactRepository.h"
#include "senders/SenderIdentityStore.h"
#include "templates/TemplateStore.h"

namespace {
template <typename T>
T* cell(SequenceDialog* dialog, int row, int column)
{
    return qobject_cast<T*>(dialog->stepsTable()->cellWidget(row, column));
}

void choose(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

void save(SequenceDialog* dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
}
} // namespace

class TestGuiSequences : public QObject
{
    Q_OBJECT

private slots:
    void makeEditAndDeleteASequence();
};

void TestGuiSequences::makeEditAndDeleteASequence()
{
    QTemporaryDir dir;
    const Result<Database> db = Database::open(dir.filePath(QStringLiteral("gui.sqlite")));
    QVERIFY(db.ok());
    QList<qint64> templates;
    for (const QString& name : {QStringLiteral("Welcome"), QStringLiteral("Tips"), QStringLiteral("Offer")}) {
        auto document = TemplateDocument::fromJson(
            QStringLiteral(R"({"format": "tayori-template", "version": 1, "kind": "blocks", "name": "%1",
                "settings": {}, "blocks": [{"id": "h", "type": "heading", "text": "%1", "level": 1}]})")
                .arg(name)
                .toUtf8());
        QVERIFY2(document.ok(), qPrintable(document.error()));
        templates.append(*TemplateStore(*db).create(*document));
    }
    SenderIdentity identity;
    identity.displayName = QStringLiteral("Shop");
    identity.address = QStringLiteral("news@example.com");
    const qint64 identityId = *SenderIdentityStore(*db).add(identity);
    const qint64 listId = *ContactRepository(*db).ensureList(QStringLiteral("welcome"));

    SequencesPage page(*db);
    page.show();
    QCOMPARE(page.table()->rowCount(), 0);
    QTest::mouseClick(page.newButton(), Qt::LeftButton);
    SequenceDialog* dialog = page.dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->activeCheck()->isChecked()); // a new sequence is on unless unticked

    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Welcome series"));
    choose(dialog->listCombo(), QStringLiteral("welcome"));
    choose(dialog->senderCombo(), QStringLiteral("Shop <news@example.com>"));
    choose(dialog->timeZoneCombo(), QStringLiteral("Asia/Tokyo"));
    dialog->baseUrlEdit()->setText(QStringLiteral("https://news.example.com"));
    for (int i = 0; i < 3; ++i) {
        QTest::mouseClick(dialog->addStepButton(), Qt::LeftButton);
    }
    QCOMPARE(dialog->stepsTable()->rowCount(), 3);
    // Step 1 on joining (the default for a first step); step 2 three days after it (the default after that).
    QCOMPARE(cell<QComboBox>(dialog, 0, SequenceDialog::AnchorColumn)->currentData().toString(),
             QStringLiteral("trigger"));
    QCOMPARE(cell<QSpinBox>(dialog, 1, SequenceDialog::DelayColumn)->value(), 3);
    const QStringList subjects
        = {QStringLiteral("Welcome!"), QStringLiteral("Three tips"), QStringLiteral("A week with us")};
    for (int row = 0; row < 3; ++row) {
        QTest::keyClicks(cell<QLineEdit>(dialog, row, SequenceDialog::SubjectColumn), subjects.at(row));
    }
    choose(cell<QComboBox>(dialog, 0, SequenceDialog::TemplateColumn), QStringLiteral("Welcome"));
    choose(cell<QComboBox>(dialog, 1, SequenceDialog::TemplateColumn), QStringLiteral("Tips"));
    // Step 3: a week after joining at 09:00 — but no template yet.
    cell<QSpinBox>(dialog, 2, SequenceDialog::DelayColumn)->setValue(7);
    choose(cell<QComboBox>(dialog, 2, SequenceDialog::AnchorColumn), QStringLiteral("after joining the list"));
    choose(cell<QComboBox>(dialog, 2, SequenceDialog::TimeColumn), QStringLiteral("09:00"));

    save(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->messageLabel()->text(), QStringLiteral("Step 3 has no template. Choose the template it sends."));
    QVERIFY(SequenceStore(*db).list().isEmpty());

    choose(cell<QComboBox>(dialog, 2, SequenceDialog::TemplateColumn), QStringLiteral("Offer"));
    save(dialog);
    QTRY_VERIFY(!page.dialog());
    const QList<Sequence> stored = SequenceStore(*db).list();
    QCOMPARE(stored.size(), 1);
    const Sequence sequence = stored.first();
    QCOMPARE(sequence.name, QStringLiteral("Welcome series"));
    QCOMPARE(sequence.listId, listId);
    QCOMPARE(sequence.identityId, identityId);
    QCOMPARE(sequence.timeZone, QStringLiteral("Asia/Tokyo"));
    QCOMPARE(sequence.baseUrl, QStringLiteral("https://news.example.com"));
    QVERIFY(sequence.active);
    QVERIFY(sequence.activeSince.isValid());
    QCOMPARE(sequence.steps.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(sequence.steps.at(i).subject, subjects.at(i));
        QCOMPARE(sequence.steps.at(i).templateId, templates.at(i));
    }
    QCOMPARE(sequence.steps.at(0).anchor, StepAnchor::Trigger);
    QCOMPARE(sequence.steps.at(0).delayAmount, 0);
    QCOMPARE(sequence.steps.at(1).anchor, StepAnchor::PreviousStep);
    QCOMPARE(sequence.steps.at(1).delayAmount, 3);
    QCOMPARE(sequence.steps.at(1).delayUnit, DelayUnit::Days);
    QVERIFY(!sequence.steps.at(1).sendTime);
    QCOMPARE(sequence.steps.at(2).anchor, StepAnchor::Trigger);
    QCOMPARE(sequence.steps.at(2).delayAmount, 7);
    QCOMPARE(sequence.steps.at(2).sendTime, std::optional<QTime>(QTime(9, 0)));

    // The page lists it with its counts.
    QCOMPARE(page.table()->rowCount(), 1);
    QCOMPARE(page.table()->item(0, SequencesPage::NameColumn)->text(), QStringLiteral("Welcome series"));
    QCOMPARE(page.table()->item(0, SequencesPage::ListColumn)->text(), QStringLiteral("welcome"));
    QCOMPARE(page.table()->item(0, SequencesPage::StepsColumn)->text(), QStringLiteral("3"));
    QCOMPARE(page.table()->item(0, SequencesPage::EnrolledColumn)->text(), QStringLiteral("0"));

    // Edit: step 3 moved up one, step 1 removed; the remaining steps keep their ids.
    page.table()->setCurrentCell(0, SequencesPage::NameColumn);
    QTest::mouseClick(page.editButton(), Qt::LeftButton);
    dialog = page.dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Welcome series"));
    QCOMPARE(dialog->stepsTable()->rowCount(), 3);
    dialog->stepsTable()->setCurrentCell(2, SequenceDialog::SubjectColumn);
    QTest::mouseClick(dialog->moveUpButton(), Qt::LeftButton);
    QCOMPARE(cell<QLineEdit>(dialog, 1, SequenceDialog::SubjectColumn)->text(), subjects.at(2));
    dialog->stepsTable()->setCurrentCell(0, SequenceDialog::SubjectColumn);
    QTest::mouseClick(dialog->removeStepButton(), Qt::LeftButton);
    QCOMPARE(dialog->stepsTable()->rowCount(), 2);
    save(dialog);
    QTRY_VERIFY(!page.dialog());
    const Sequence edited = *SequenceStore(*db).find(sequence.id);
    QCOMPARE(edited.steps.size(), 2);
    QCOMPARE(edited.steps.at(0).id, sequence.steps.at(2).id);
    QCOMPARE(edited.steps.at(1).id, sequence.steps.at(1).id);
    QCOMPARE(edited.steps.at(0).sendTime, std::optional<QTime>(QTime(9, 0)));

    // Delete, after saying yes.
    page.table()->setCurrentCell(0, SequencesPage::NameColumn);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(page.deleteButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Welcome series")));
    QVERIFY(SequenceStore(*db).list().isEmpty());
    QCOMPARE(page.table()->rowCount(), 0);
}

QTEST_MAIN(TestGuiSequences)
#include "tst_gui_sequences.moc"

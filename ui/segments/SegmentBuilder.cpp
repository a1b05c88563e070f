// SegmentBuilder: the condition rows and groups, the text form beside them (either edits the other) and the live
// count, computed on a worker thread with its own connection, debounced, never on the GUI thread.
#include "SegmentBuilder.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "MessageBox.h"
#include "contacts/ContactRepository.h"
#include "contacts/ContactStatus.h"
#include "segments/SegmentAudience.h"
#include "segments/SegmentGroupEditor.h"
#include "segments/SegmentParser.h"
#include "segments/SegmentStore.h"

namespace {
constexpr int debounceMs = 250;
constexpr int nameRole = Qt::UserRole + 1; // the saved segment's own name; the item's text may say more
} // namespace

SegmentBuilder::SegmentBuilder(Database database, QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_textEdit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_saved(new QComboBox(this))
    , m_saveButton(new QPushButton(tr("Save as…"), this))
    , m_deleteButton(new QPushButton(tr("Delete"), this))
{
    // The names to offer: a few small queries, once.
    const ContactRepository repository(m_database);
    SegmentChoices choices;
    choices.tags = repository.tagNames();
    choices.lists = repository.listNames();
    choices.statuses = ContactStatusText::keys();
    choices.customFields = repository.customFields();
    m_root = new SegmentGroupEditor(choices, false, this);

    m_textEdit->setObjectName(QStringLiteral("segmentText"));
    m_textEdit->setPlaceholderText(tr("Every contact — or write e.g. list:newsletter AND NOT tag:test"));
    m_textEdit->setToolTip(tr("The segment as text, as tayori-cli --segment takes it; edit either side."));
    m_error->setObjectName(QStringLiteral("segmentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_countLabel->setObjectName(QStringLiteral("segmentCount"));
    m_countLabel->setWordWrap(true);

    m_saved->setObjectName(QStringLiteral("savedSegments"));
    m_saved->setToolTip(tr("Load a saved segment into the builder. tayori-cli takes it as --segment @NAME."));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_saveButton->setObjectName(QStringLiteral("saveSegment"));
    m_saveButton->setToolTip(tr("Save this segment under a name, to use it again in other campaigns."));
    m_deleteButton->setObjectName(QStringLiteral("deleteSegment"));
    m_deleteButton->setToolTip(tr("Delete the selected saved segment. Campaigns keep their own copy of it."));
    auto* savedRow = new QHBoxLayout;
    savedRow->addWidget(new QLabel(tr("Saved segments:"), this));
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(m_saveButton);
    savedRow->addWidget(m_deleteButton);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_root);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(savedRow);
    layout->addWidget(scroll, 1);
    layout->addWidget(new QLabel(tr("As text:"), this));
    layout->addWidget(m_textEdit);
    layout->addWidget(m_error);
    layout->addWidget(m_countLabel);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SegmentBuilder::startCount);
    connect(&m_watcher, &QFutureWatcher<CountOutcome>::finished, this, &SegmentBuilder::countFinished);
    connect(m_root, &SegmentGroupEditor::changed, this, &SegmentBuilder::rowsChanged);
    connect(m_textEdit, &QLineEdit::textEdited, this, &SegmentBuilder::textEdited);
    connect(m_saved, &QComboBox::currentIndexChanged, this, &SegmentBuilder::loadSaved);
    connect(m_saveButton, &QPushButton::clicked, this, &SegmentBuilder::askSaveName);
    connect(m_deleteButton, &QPushButton::clicked, this, &SegmentBuilder::deleteSaved);
    reloadSaved();
    scheduleCount();
}

QString SegmentBuilder::text() const
{
    return m_text;
}

bool SegmentBuilder::setText(const QString& text)
{
    m_textEdit->setText(text);
    textEdited(text);
    return m_textError.isEmpty();
}

QString SegmentBuilder::errorText() const
{
    return m_textError.isEmpty() ? m_countError : m_textError;
}

qint64 SegmentBuilder::count() const
{
    return m_count;
}

void SegmentBuilder::rowsChanged()
{
    const std::unique_ptr<SegmentNode> node = m_root->toNode();
    m_text = node ? node->toText() : QString();
    m_textError.clear();
    showText();
    emit changed(m_text);
    scheduleCount();
}

void SegmentBuilder::textEdited(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_root->setNode(nullptr);
        m_text.clear();
        m_textError.clear();
        m_error->hide();
        emit changed(m_text);
        scheduleCount();
        return;
    }
    const auto parsed = SegmentParser::parse(text);
    if (!parsed) {
        // The rows keep the last segment that parsed; the box keeps what the user is typing.
        m_textError = parsed.error();
        m_error->setText(m_textError);
        m_error->show();
        return;
    }
    m_textError.clear();
    m_error->hide();
    {
        const QSignalBlocker block(m_root);
        m_root->setNode(parsed->get());
    }
    const std::unique_ptr<SegmentNode> node = m_root->toNode();
    m_text = node ? node->toText() : QString();
    emit changed(m_text);
    scheduleCount();
}

void SegmentBuilder::showText()
{
    if (m_textEdit->text() != m_text) {
        m_textEdit->setText(m_text);
    }
    m_error->hide();
}

void SegmentBuilder::scheduleCount()
{
    ++m_generation; // a count already running is now stale
    setCount(-1);
    m_countLabel->setText(tr("Counting…"));
    m_debounce.start();
}

void SegmentBuilder::startCount()
{
    const Database database = m_database;
    const QString text = m_text;
    const int generation = m_generation;
    m_watcher.setProperty("generation", generation);
    // The worker uses its own SQLite connection (Database::connection is per thread).
    m_watcher.setFuture(QtConcurrent::run([database, text] {
        const SegmentAudience audience(database);
        CountOutcome outcome;
        const Result<SegmentCount> count = audience.count(text);
        if (!count) {
            outcome.error = count.error();
            return outcome;
        }
        outcome.matching = count->matching;
        outcome.mailable = count->mailable;
        outcome.message = audience.describe(text, *count);
        return outcome;
    }));
}

void SegmentBuilder::countFinished()
{
    if (m_watcher.property("generation").toInt() != m_generation) {
        return; // the segment changed while it counted; the newer count is scheduled
    }
    const CountOutcome outcome = m_watcher.result();
    m_countError = outcome.error;
    m_countLabel->setText(outcome.error.isEmpty() ? outcome.message : outcome.error);
    setCount(outcome.error.isEmpty() ? outcome.matching : -1);
}

void SegmentBuilder::setCount(qint64 count)
{
    if (count != m_count) {
        m_count = count;
        emit countChanged(count);
    }
}

qint64 SegmentBuilder::selectedSavedId() const
{
    return m_saved->currentData().toLongLong();
}

void SegmentBuilder::selectSaved(qint64 id)
{
    const QSignalBlocker block(m_saved); // selecting what the builder already shows loads nothing
    m_saved->setCurrentIndex(std::max(0, m_saved->findData(id)));
    m_deleteButton->setEnabled(selectedSavedId() != 0);
}

void SegmentBuilder::reloadSaved()
{
    const qint64 selected = selectedSavedId();
    {
        const QSignalBlocker block(m_saved);
        m_saved->clear();
        m_saved->addItem(tr("(none)"), qint64(0));
        // A few short rows, read once per reload: fine on the GUI thread.
        for (const SavedSegment& segment : SegmentStore(m_database).list()) {
            if (segment.error.isEmpty()) {
                m_saved->addItem(segment.name, segment.id);
                m_saved->setItemData(m_saved->count() - 1, segment.text(), Qt::ToolTipRole);
                m_saved->setItemData(m_saved->count() - 1, segment.name, nameRole);
            } else {
                // Listed all the same, so it can be deleted.
                m_saved->addItem(tr("%1 (cannot be read)").arg(segment.name), segment.id);
                m_saved->setItemData(m_saved->count() - 1, segment.error, Qt::ToolTipRole);
                m_saved->setItemData(m_saved->count() - 1, segment.name, nameRole);
            }
        }
    }
    selectSaved(selected);
}

void SegmentBuilder::loadSaved(int index)
{
    m_deleteButton->setEnabled(selectedSavedId() != 0);
    const qint64 id = m_saved->itemData(index).toLongLong();
    if (id == 0) {
        return; // "(none)": the builder keeps what it has
    }
    const Result<SavedSegment> saved = SegmentStore(m_database).find(id);
    if (!saved) {
        MessageBox::warning(this, tr("Saved segment"), saved.error());
        reloadSaved(); // it may have been deleted by another window
        return;
    }
    setText(saved->text());
}

bool SegmentBuilder::saveAs(const QString& name)
{
    const auto parsed = m_text.isEmpty() ? Result<std::shared_ptr<const SegmentNode>>::failure(
                            tr("There is nothing to save: the segment has no conditions. Add at least one."))
                                         : SegmentParser::parse(m_text);
    if (!parsed) {
        MessageBox::warning(this, tr("Save segment"), parsed.error());
        return false;
    }
    const Result<qint64> id = SegmentStore(m_database).save(name, **parsed);
    if (!id) {
        MessageBox::warning(this, tr("Save segment"), id.error());
        return false;
    }
    reloadSaved();
    selectSaved(*id);
    return true;
}

void SegmentBuilder::askSaveName()
{
    const qint64 selected = selectedSavedId();
    bool ok = false;
    const QString name = QInputDialog::getText(this,
                                               tr("Save segment"),
                                               tr("Name of the segment:"),
                                               QLineEdit::Normal,
                                               m_saved->currentData(nameRole).toString(),
                                               &ok)
                             .trimmed();
    if (!ok) {
        return;
    }
    // Saving over the segment that was loaded is the usual edit; over another one, ask first.
    const Result<SavedSegment> existing = SegmentStore(m_database).findByName(name);
    if (existing && existing->id != selected
        && MessageBox::question(
               this,
               tr("Save segment"),
               tr("A saved segment is already called \"%1\". Replace it with this one?").arg(existing->name),
               QMessageBox::Yes | QMessageBox::No,
               QMessageBox::No)
               != QMessageBox::Yes) {
        return;
    }
    saveAs(name);
}

void SegmentBuilder::deleteSaved()
{
    const qint64 id = selectedSavedId();
    if (id == 0) {
        return;
    }
    const QString name = m_saved->currentData(nameRole).toString();
    if (MessageBox::question(this,
                             tr("Delete saved segment"),
                             tr("Delete the saved segment \"%1\"? The builder keeps the conditions it shows, and "
                                "campaigns keep their own copy.")
                                 .arg(name),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    if (const Status removed = SegmentStore(m_database).remove(id); !removed) {
        MessageBox::warning(this, tr("Delete saved segment"), removed.error());
    }
    reloadSaved();
}

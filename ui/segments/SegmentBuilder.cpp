// SegmentBuilder: the condition rows and groups, the text form beside them (either edits the other) and the live
// count, computed on a worker thread with its own connection, debounced, never on the GUI thread.
#include "SegmentBuilder.h"

#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "contacts/ContactRepository.h"
#include "contacts/ContactStatus.h"
#include "segments/SegmentAudience.h"
#include "segments/SegmentGroupEditor.h"
#include "segments/SegmentParser.h"

namespace {
constexpr int debounceMs = 250;
}

SegmentBuilder::SegmentBuilder(Database database, QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_textEdit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_countLabel(new QLabel(this))
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

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_root);
    auto* layout = new QVBoxLayout(this);
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

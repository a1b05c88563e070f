// Make or edit one step-mail sequence.
#include "SequenceDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include "senders/SenderIdentityStore.h"
#include "templates/TemplateStore.h"

namespace {
// Send times offered: any time, or on the half hour (a stored time off that grid is added when shown).
constexpr int AnyTime = -1;

template <typename T>
T* cell(const QTableWidget* table, int row, int column)
{
    return qobject_cast<T*>(table->cellWidget(row, column));
}

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}
} // namespace

SequenceDialog::SequenceDialog(Database database, qint64 sequenceId, QWidget* parent)
    : QDialog(parent)
    , m_store(database)
    , m_name(new QLineEdit(this))
    , m_list(new QComboBox(this))
    , m_sender(new QComboBox(this))
    , m_timeZone(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_active(new QCheckBox(tr("&On: new members of the list get the steps"), this))
    , m_steps(new QTableWidget(0, 7, this))
    , m_addStep(new QPushButton(tr("&Add step"), this))
    , m_removeStep(new QPushButton(tr("&Remove step"), this))
    , m_moveUp(new QPushButton(tr("Move &up"), this))
    , m_moveDown(new QPushButton(tr("Move &down"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(sequenceId == 0 ? tr("New sequence") : tr("Edit sequence"));
    if (const std::optional<Sequence> stored = sequenceId == 0 ? std::nullopt : m_store.find(sequenceId)) {
        m_sequence = *stored;
        for (const SequenceStepCounts& counts : m_store.stepCounts(sequenceId)) {
            m_counts.insert(counts.stepId, counts);
        }
    } else {
        m_sequence.active = true;
    }
    for (const TemplateSummary& summary : TemplateStore(database).list()) {
        m_templates.append({summary.id, summary.name});
    }

    m_name->setText(m_sequence.name);
    m_name->setPlaceholderText(tr("e.g. Welcome"));
    m_list->addItem(tr("Choose a list…"), qint64(0));
    for (const SequenceStore::ListChoice& list : m_store.lists()) {
        m_list->addItem(list.name, list.id);
    }
    selectData(m_list, m_sequence.listId);
    m_sender->addItem(tr("The default sender"), qint64(0));
    for (const SenderIdentity& identity : SenderIdentityStore(database).list()) {
        m_sender->addItem(identity.displayName.isEmpty()
                              ? identity.address
                              : identity.displayName + QStringLiteral(" <") + identity.address + QLatin1Char('>'),
                          identity.id);
    }
    selectData(m_sender, m_sequence.identityId);
    m_timeZone->addItem(tr("This computer's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        m_timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    }
    selectData(m_timeZone, m_sequence.timeZone);
    m_baseUrl->setText(m_sequence.baseUrl);
    m_baseUrl->setPlaceholderText(tr("empty: the web address in Settings"));
    m_active->setChecked(m_sequence.active);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    m_steps->setHorizontalHeaderLabels(
        {tr("Delay"), tr("Unit"), tr("Counted from"), tr("Send at"), tr("Template"), tr("Subject"), tr("Progress")});
    m_steps->horizontalHeader()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    showSteps(m_sequence.steps, 0);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Starts when a contact joins:"), m_list);
    form->addRow(tr("S&ender:"), m_sender);
    form->addRow(tr("&Time zone for send times:"), m_timeZone);
    form->addRow(tr("&Web address:"), m_baseUrl);
    form->addRow(QString(), m_active);
    auto* stepButtons = new QHBoxLayout;
    stepButtons->addWidget(m_addStep);
    stepButtons->addWidget(m_removeStep);
    stepButtons->addWidget(m_moveUp);
    stepButtons->addWidget(m_moveDown);
    stepButtons->addStretch();
    auto* note = new QLabel(tr("Each step is sent once per contact. Editing never resends a step someone already had; "
                               "a step inserted before where a contact stands is not sent to them."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Steps:"), this));
    layout->addWidget(m_steps, 1);
    layout->addLayout(stepButtons);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 500);

    connect(buttons, &QDialogButtonBox::accepted, this, &SequenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SequenceDialog::reject);
    connect(m_addStep, &QPushButton::clicked, this, &SequenceDialog::addStep);
    connect(m_removeStep, &QPushButton::clicked, this, &SequenceDialog::removeStep);
    connect(m_moveUp, &QPushButton::clicked, this, &SequenceDialog::moveStepUp);
    connect(m_moveDown, &QPushButton::clicked, this, &SequenceDialog::moveStepDown);
    connect(m_steps, &QTableWidget::currentCellChanged, this, &SequenceDialog::updateButtons);
}

void SequenceDialog::showSteps(const QList<SequenceStep>& steps, int currentRow)
{
    m_steps->setRowCount(0);
    m_steps->setRowCount(int(steps.size()));
    QStringList rowLabels;
    for (int row = 0; row < steps.size(); ++row) {
        const SequenceStep& step = steps.at(row);
        rowLabels << QString::number(row + 1);
        auto* delay = new QSpinBox(m_steps);
        delay->setRange(0, 9999);
        delay->setValue(step.delayAmount);
        // The step's id rides on the first cell, so a moved row keeps what was sent of it.
        delay->setProperty("stepId", step.id);
        m_steps->setCellWidget(row, DelayColumn, delay);
        auto* unit = new QComboBox(m_steps);
        unit->addItem(tr("days"), SequenceStep::unitKey(DelayUnit::Days));
        unit->addItem(tr("hours"), SequenceStep::unitKey(DelayUnit::Hours));
        selectData(unit, SequenceStep::unitKey(step.delayUnit));
        m_steps->setCellWidget(row, UnitColumn, unit);
        auto* anchor = new QComboBox(m_steps);
        anchor->addItem(tr("after the previous step"), SequenceStep::anchorKey(StepAnchor::PreviousStep));
        anchor->addItem(tr("after joining the list"), SequenceStep::anchorKey(StepAnchor::Trigger));
        selectData(anchor, SequenceStep::anchorKey(step.anchor));
        m_steps->setCellWidget(row, AnchorColumn, anchor);
        auto* time = new QComboBox(m_steps);
        time->addItem(tr("any time"), AnyTime);
        for (int minutes = 0; minutes < 24 * 60; minutes += 30) {
            time->addItem(QTime::fromMSecsSinceStartOfDay(minutes * 60000).toString(QStringLiteral("HH:mm")), minutes);
        }
        const int stored = step.sendTime ? step.sendTime->msecsSinceStartOfDay() / 60000 : AnyTime;
        if (time->findData(stored) < 0) {
            time->addItem(step.sendTime->toString(QStringLiteral("HH:mm")), stored);
        }
        selectData(time, stored);
        m_steps->setCellWidget(row, TimeColumn, time);
        auto* templateCombo = new QComboBox(m_steps);
        templateCombo->addItem(tr("Choose a template…"), qint64(0));
        for (const auto& [id, name] : std::as_const(m_templates)) {
            templateCombo->addItem(name, id);
        }
        selectData(templateCombo, step.templateId);
        m_steps->setCellWidget(row, TemplateColumn, templateCombo);
        auto* subject = new QLineEdit(step.subject, m_steps);
        subject->setPlaceholderText(tr("Subject, merge fields allowed"));
        m_steps->setCellWidget(row, SubjectColumn, subject);
        const SequenceStepCounts counts = m_counts.value(step.id);
        auto* progress = new QTableWidgetItem(
            step.id == 0 ? tr("new") : tr("%1 sent, %2 waiting").arg(counts.queued).arg(counts.waiting));
        progress->setFlags(Qt::ItemIsEnabled);
        m_steps->setItem(row, ProgressColumn, progress);
    }
    m_steps->setVerticalHeaderLabels(rowLabels);
    m_steps->resizeColumnsToContents();
    if (!steps.isEmpty()) {
        m_steps->setCurrentCell(qBound(0, currentRow, int(steps.size()) - 1), SubjectColumn);
    }
    updateButtons();
}

QList<SequenceStep> SequenceDialog::stepsFromTable() const
{
    QList<SequenceStep> steps;
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        SequenceStep step;
        const QSpinBox* delay = cell<QSpinBox>(m_steps, row, DelayColumn);
        step.id = delay->property("stepId").toLongLong();
        step.delayAmount = delay->value();
        step.delayUnit = SequenceStep::parseUnit(cell<QComboBox>(m_steps, row, UnitColumn)->currentData().toString())
                             .value_or(DelayUnit::Days);
        step.anchor = SequenceStep::parseAnchor(cell<QComboBox>(m_steps, row, AnchorColumn)->currentData().toString())
                          .value_or(StepAnchor::PreviousStep);
        const int minutes = cell<QComboBox>(m_steps, row, TimeColumn)->currentData().toInt();
        if (minutes != AnyTime) {
            step.sendTime = QTime::fromMSecsSinceStartOfDay(minutes * 60000);
        }
        step.templateId = cell<QComboBox>(m_steps, row, TemplateColumn)->currentData().toLongLong();
        step.subject = cell<QLineEdit>(m_steps, row, SubjectColumn)->text();
        // What the editor does not show is kept as stored.
        for (const SequenceStep& stored : m_sequence.steps) {
            if (stored.id == step.id && step.id != 0) {
                step.preheader = stored.preheader;
            }
        }
        steps.append(step);
    }
    return steps;
}

void SequenceDialog::addStep()
{
    QList<SequenceStep> steps = stepsFromTable();
    SequenceStep step;
    // The first mail goes out on joining; later ones default to a few days after the one before.
    if (steps.isEmpty()) {
        step.anchor = StepAnchor::Trigger;
    } else {
        step.delayAmount = 3;
    }
    const int at = m_steps->currentRow() >= 0 ? m_steps->currentRow() + 1 : int(steps.size());
    steps.insert(at, step);
    showSteps(steps, at);
}

void SequenceDialog::removeStep()
{
    QList<SequenceStep> steps = stepsFromTable();
    const int row = m_steps->currentRow();
    if (row < 0 || row >= steps.size()) {
        return;
    }
    steps.removeAt(row);
    showSteps(steps, row);
}

void SequenceDialog::moveStepUp()
{
    moveStep(-1);
}

void SequenceDialog::moveStepDown()
{
    moveStep(1);
}

void SequenceDialog::moveStep(int by)
{
    QList<SequenceStep> steps = stepsFromTable();
    const int row = m_steps->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= steps.size()) {
        return;
    }
    steps.move(row, to);
    showSteps(steps, to);
}

void SequenceDialog::updateButtons()
{
    const int row = m_steps->currentRow();
    m_removeStep->setEnabled(row >= 0);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row + 1 < m_steps->rowCount());
}

void SequenceDialog::accept()
{
    Sequence sequence = m_sequence;
    sequence.name = m_name->text();
    sequence.listId = m_list->currentData().toLongLong();
    sequence.identityId = m_sender->currentData().toLongLong();
    sequence.timeZone = m_timeZone->currentData().toString();
    sequence.baseUrl = m_baseUrl->text();
    sequence.active = m_active->isChecked();
    sequence.steps = stepsFromTable();
    if (sequence.id == 0) {
        const Result<qint64> id = m_store.create(sequence);
        if (!id) {
            m_message->setText(id.error());
            return;
        }
        sequence.id = *id;
    } else {
        const Status updated = m_store.update(sequence);
        if (!updated) {
            m_message->setText(updated.error());
            return;
        }
    }
    m_sequence = *m_store.find(sequence.id);
    QDialog::accept();
}

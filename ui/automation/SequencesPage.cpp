// Step mail: the list of sequences.
#include "SequencesPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "MessageBox.h"

SequencesPage::SequencesPage(Database database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_store(std::move(database))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_new(new QPushButton(tr("&New sequence…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    m_table->setObjectName(QStringLiteral("sequences"));
    m_table->setHorizontalHeaderLabels({tr("Name"),
                                        tr("Starts on joining"),
                                        tr("State"),
                                        tr("Steps"),
                                        tr("Enrolled"),
                                        tr("Finished"),
                                        tr("Left"),
                                        tr("Problem")});
    m_table->horizontalHeader()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto* note
        = new QLabel(tr("A sequence sends its steps to everyone who joins its list — by import, by hand or "
                        "by signing up — while it is on. Whoever unsubscribes or leaves the list leaves the "
                        "sequence. Step mail goes out while Tayori is open or whenever tayori-cli run-due runs."),
                     this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);

    connect(m_new, &QPushButton::clicked, this, &SequencesPage::newSequence);
    connect(m_edit, &QPushButton::clicked, this, &SequencesPage::editSequence);
    connect(m_delete, &QPushButton::clicked, this, &SequencesPage::deleteSequence);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &SequencesPage::editSequence);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_edit->setEnabled(row >= 0);
        m_delete->setEnabled(row >= 0);
    });
    reload();
}

void SequencesPage::reload()
{
    const qint64 selected = currentId();
    QHash<qint64, QString> lists;
    for (const SequenceStore::ListChoice& list : m_store.lists()) {
        lists.insert(list.id, list.name);
    }
    const QList<Sequence> sequences = m_store.list();
    m_table->setRowCount(0);
    m_table->setRowCount(int(sequences.size()));
    for (int row = 0; row < sequences.size(); ++row) {
        const Sequence& sequence = sequences.at(row);
        const SequenceCounts counts = m_store.counts(sequence.id);
        const QStringList cells = {sequence.name,
                                   lists.value(sequence.listId, tr("(no list)")),
                                   sequence.active ? tr("On") : tr("Off"),
                                   QString::number(sequence.steps.size()),
                                   QString::number(counts.enrolled),
                                   QString::number(counts.finished),
                                   QString::number(counts.left),
                                   m_store.problem(sequence.id)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column >= StepsColumn && column != ProblemColumn) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (column == ProblemColumn) {
                item->setForeground(Qt::darkRed);
                item->setToolTip(cells.at(column));
            }
            item->setData(Qt::UserRole, sequence.id);
            m_table->setItem(row, column, item);
        }
        if (sequence.id == selected) {
            m_table->setCurrentCell(row, NameColumn);
        }
    }
    m_edit->setEnabled(m_table->currentRow() >= 0);
    m_delete->setEnabled(m_table->currentRow() >= 0);
}

qint64 SequencesPage::currentId() const
{
    const QTableWidgetItem* item = m_table->item(m_table->currentRow(), NameColumn);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void SequencesPage::openDialog(qint64 sequenceId)
{
    auto* dialog = new SequenceDialog(m_database, sequenceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &SequencesPage::reload);
    m_dialog = dialog;
    dialog->open();
}

void SequencesPage::newSequence()
{
    openDialog(0);
}

void SequencesPage::editSequence()
{
    if (currentId() != 0) {
        openDialog(currentId());
    }
}

void SequencesPage::deleteSequence()
{
    const std::optional<Sequence> sequence = m_store.find(currentId());
    if (!sequence) {
        return;
    }
    const SequenceCounts counts = m_store.counts(sequence->id);
    if (MessageBox::question(this,
                             tr("Delete sequence"),
                             tr("Delete the sequence %1? %n contact(s) still waiting for a step will not get it; "
                                "what was sent stays in the reports.",
                                nullptr,
                                int(counts.active))
                                 .arg(sequence->name),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    const Status removed = m_store.remove(sequence->id);
    if (!removed) {
        MessageBox::warning(this, tr("Delete sequence"), removed.error());
    }
    reload();
}

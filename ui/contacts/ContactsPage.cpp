// The Contacts section: a searchable, sortable table over the whole database.
#include "ContactsPage.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "MessageBox.h"
#include "contacts/ContactDialog.h"
#include "contacts/ContactRepository.h"
#include "contacts/ContactTableModel.h"
#include "contacts/DeleteContactsCommand.h"
#include "import/ContactExporter.h"

ContactsPage::ContactsPage(Database database, QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_model(new ContactTableModel(m_database, this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_listFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_undo(new QUndoStack(this))
{
    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction* add = toolbar->addAction(QIcon::fromTheme(QStringLiteral("contact-new")), tr("&New contact"));
    add->setShortcut(QKeySequence::New);
    connect(add, &QAction::triggered, this, &ContactsPage::addContact);
    QAction* edit = toolbar->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit"));
    connect(edit, &QAction::triggered, this, &ContactsPage::editSelected);
    QAction* remove = toolbar->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"));
    remove->setShortcut(QKeySequence::Delete);
    connect(remove, &QAction::triggered, this, &ContactsPage::deleteSelected);
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    toolbar->addAction(undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    addAction(redo);
    toolbar->addSeparator();
    QAction* import = toolbar->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import…"));
    connect(import, &QAction::triggered, this, &ContactsPage::importRequested);
    QAction* exportAction = toolbar->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("E&xport…"));
    connect(exportAction, &QAction::triggered, this, &ContactsPage::exportContacts);

    m_search->setPlaceholderText(tr("Search address, name, company, phone…"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("search"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ContactsPage::applyFilter);
    connect(m_listFilter, &QComboBox::activated, this, &ContactsPage::applyFilter);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_listFilter, 1);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContactTableModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    // Uniform rows: the view never asks a million rows for their size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ContactTableModel::EmailColumn, 240);
    m_table->setColumnWidth(ContactTableModel::NameColumn, 150);
    m_table->setColumnWidth(ContactTableModel::CompanyColumn, 160);
    connect(m_table, &QTableView::doubleClicked, this, &ContactsPage::editSelected);
    connect(m_model, &ContactTableModel::loaded, this, &ContactsPage::updateCount);
    // Sorting or searching a million contacts takes a moment on the worker thread: say so meanwhile.
    connect(m_model, &ContactTableModel::loading, this, [this] { m_count->setText(tr("Loading…")); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    refreshLists();
    m_count->setText(tr("Loading…"));
}

void ContactsPage::refreshLists()
{
    const QString current = m_listFilter->currentData().toString();
    m_listFilter->clear();
    m_listFilter->addItem(tr("All contacts"), QString());
    for (const QString& name : ContactRepository(m_database).listNames()) {
        m_listFilter->addItem(tr("List: %1").arg(name), name);
    }
    m_listFilter->setCurrentIndex(qMax(0, m_listFilter->findData(current)));
}

void ContactsPage::applyFilter()
{
    ContactFilter filter;
    filter.search = m_search->text();
    filter.list = m_listFilter->currentData().toString();
    m_model->setFilter(filter);
}

void ContactsPage::updateCount()
{
    const int rows = m_model->rowCount();
    if (rows == 0 && m_model->filter().search.isEmpty() && m_model->filter().list.isEmpty()) {
        m_count->setText(tr("No contacts yet. Drop a CSV file here or use Import… to add your list."));
    } else {
        m_count->setText(tr("%Ln contact(s)", nullptr, rows));
    }
}

void ContactsPage::reload()
{
    refreshLists();
    m_model->reload();
}

void ContactsPage::addContact()
{
    ContactDialog dialog(m_database, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
    }
}

void ContactsPage::editSelected()
{
    const QModelIndex index = m_table->currentIndex();
    const qint64 id = index.isValid() ? m_model->contactId(index.row()) : 0;
    if (id == 0) {
        return;
    }
    ContactDialog dialog(m_database, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
    }
}

void ContactsPage::deleteSelected()
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        ids << m_model->contactId(index.row());
    }
    if (ids.isEmpty()) {
        return;
    }
    // Deletion can be undone, so a confirmation is only asked for many contacts at once.
    if (ids.size() > 10
        && MessageBox::question(
               this,
               tr("Delete contacts"),
               tr("Delete %n contact(s)? You can undo this with Ctrl+Z.", nullptr, static_cast<int>(ids.size())),
               QMessageBox::Yes | QMessageBox::Cancel,
               QMessageBox::Cancel)
               != QMessageBox::Yes) {
        return;
    }
    m_undo->push(new DeleteContactsCommand(
        m_database,
        ids,
        [this] { reload(); },
        [this](const QString& message) { MessageBox::warning(this, tr("Delete contacts"), message); }));
}

void ContactsPage::exportContacts()
{
    // The filters are translated, so the chosen one is recognised by its position, not by its words.
    const QStringList filters
        = tr("CSV, UTF-8 for Excel (*.csv);;CSV, Shift_JIS for older Excel (*.csv);;CSV, UTF-8 without BOM (*.csv)")
              .split(QStringLiteral(";;"));
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export contacts"), tr("contacts.csv"), filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty()) {
        return;
    }
    const qsizetype chosen = filters.indexOf(filter);
    const ContactExporter::Encoding encoding = chosen == 1   ? ContactExporter::Encoding::ShiftJis
                                               : chosen == 2 ? ContactExporter::Encoding::Utf8
                                                             : ContactExporter::Encoding::Utf8WithBom;
    const Database database = m_database;
    const ContactFilter contactFilter = m_model->filter();
    auto* watcher = new QFutureWatcher<Result<ContactExporter::Summary>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const Result<ContactExporter::Summary> summary = watcher->result();
        watcher->deleteLater();
        if (!summary) {
            MessageBox::warning(this, tr("Export contacts"), summary.error());
            return;
        }
        QString text = tr("%n contact(s) written to %1.", nullptr, static_cast<int>(summary->rows)).arg(path);
        if (summary->unencodable > 0) {
            text
                += QLatin1Char('\n')
                   + tr("%1 character(s) have no Shift_JIS form and were written as '?'. Export as UTF-8 to keep them.")
                         .arg(summary->unencodable);
        }
        MessageBox::information(this, tr("Export contacts"), text);
    });
    watcher->setFuture(QtConcurrent::run([database, contactFilter, path, encoding] {
        return ContactExporter(database).run(path, contactFilter, encoding);
    }));
}

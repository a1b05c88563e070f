// Import wizard, page 2: which field each column fills, with sample values.
#include "ImportMappingPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "import/HeaderMapper.h"
#include "import/ImportWizard.h"

namespace {
enum MappingColumn { HeaderColumn, SampleColumn, FieldColumn, CustomNameColumn };

const QList<ContactField>& choosableFields()
{
    static const QList<ContactField> fields = {
        ContactField::Ignore,
        ContactField::Email,
        ContactField::FullName,
        ContactField::FamilyName,
        ContactField::GivenName,
        ContactField::Furigana,
        ContactField::Company,
        ContactField::Phone,
        ContactField::Tags,
        ContactField::Lists,
        ContactField::Status,
        ContactField::Custom,
    };
    return fields;
}
} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose what each column holds. Columns that match no field can be kept as custom fields."));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("First values"), tr("Import as"), tr("Custom field name")});
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_message->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
}

void ImportMappingPage::initializePage()
{
    const ImportPreview& preview = m_wizard->preview();
    const QList<ColumnMapping>& mapping = m_wizard->options().mapping;
    m_table->setRowCount(static_cast<int>(preview.headers.size()));
    for (int column = 0; column < preview.headers.size(); ++column) {
        auto* header = new QTableWidgetItem(preview.headers.at(column));
        header->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(column, HeaderColumn, header);
        QStringList samples;
        for (const QStringList& row : preview.rows) {
            if (column < row.size() && !row.at(column).isEmpty() && samples.size() < 3) {
                samples << row.at(column);
            }
        }
        auto* sample = new QTableWidgetItem(samples.join(QStringLiteral(" / ")));
        sample->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(column, SampleColumn, sample);

        auto* box = new QComboBox(m_table);
        for (ContactField field : choosableFields()) {
            box->addItem(field == ContactField::Ignore ? tr("Do not import") : HeaderMapper::fieldDisplayName(field),
                         static_cast<int>(field));
        }
        const ColumnMapping current = mapping.value(column);
        box->setCurrentIndex(box->findData(static_cast<int>(current.field)));
        m_table->setCellWidget(column, FieldColumn, box);
        const QString key
            = current.customKey.isEmpty() ? HeaderMapper::customKeyFor(preview.headers.at(column)) : current.customKey;
        m_table->setItem(column, CustomNameColumn, new QTableWidgetItem(key));
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateMessage();
            emit completeChanged();
        });
    }
    m_table->resizeColumnToContents(HeaderColumn);
    m_table->resizeColumnToContents(FieldColumn);
    connect(m_table, &QTableWidget::itemChanged, this, &ImportMappingPage::completeChanged, Qt::UniqueConnection);
    updateMessage();
}

QList<ColumnMapping> ImportMappingPage::mapping() const
{
    QList<ColumnMapping> mapping;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(row, FieldColumn));
        ColumnMapping column;
        column.field = static_cast<ContactField>(box->currentData().toInt());
        if (column.field == ContactField::Custom) {
            column.customKey = m_table->item(row, CustomNameColumn)->text().trimmed();
        }
        mapping.append(column);
    }
    return mapping;
}

void ImportMappingPage::setField(int column, ContactField field)
{
    if (auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(column, FieldColumn))) {
        box->setCurrentIndex(box->findData(static_cast<int>(field)));
    }
}

void ImportMappingPage::updateMessage()
{
    const QList<ColumnMapping> columns = mapping();
    QMap<ContactField, int> uses;
    for (const ColumnMapping& column : columns) {
        if (column.field != ContactField::Ignore && column.field != ContactField::Custom) {
            ++uses[column.field];
        }
    }
    QStringList problems;
    if (uses.value(ContactField::Email) == 0) {
        problems << tr("Choose the column that holds the email addresses.");
    }
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (it.value() > 1) {
            problems << tr("%1 is chosen for %2 columns: choose it for one only.")
                            .arg(HeaderMapper::fieldDisplayName(it.key()))
                            .arg(it.value());
        }
    }
    for (const ColumnMapping& column : columns) {
        if (column.field == ContactField::Custom && column.customKey.isEmpty()) {
            problems << tr("Give every custom field a name.");
            break;
        }
    }
    m_message->setText(problems.join(QLatin1Char(' ')));
    m_message->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
}

bool ImportMappingPage::isComplete() const
{
    const QList<ColumnMapping> columns = mapping();
    QMap<ContactField, int> uses;
    for (const ColumnMapping& column : columns) {
        if (column.field == ContactField::Custom && column.customKey.isEmpty()) {
            return false;
        }
        if (column.field != ContactField::Ignore && column.field != ContactField::Custom && ++uses[column.field] > 1) {
            return false;
        }
    }
    return uses.value(ContactField::Email) == 1;
}

bool ImportMappingPage::validatePage()
{
    m_wizard->options().mapping = mapping();
    return true;
}

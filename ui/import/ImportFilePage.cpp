// Import wizard, page 1: the file, its encoding and delimiter (detected, changeable) and the decoded first rows.
#include "ImportFilePage.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

#include "import/CharsetDetector.h"
#include "import/ImportWizard.h"

ImportFilePage::ImportFilePage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("Check that the first rows read correctly. If the Japanese looks garbled, pick another encoding."));

    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_encoding->addItem(tr("Detect automatically"), QByteArray());
    for (const QString& name : CharsetDetector::supportedCharsets()) {
        m_encoding->addItem(CharsetDetector::displayName(name.toLatin1()), name.toLatin1());
    }
    m_delimiter->addItem(tr("Detect automatically"), QString());
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar (|)"), QStringLiteral("|"));

    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);

    m_message->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_path, &QLineEdit::editingFinished, this, &ImportFilePage::refresh);
    connect(m_encoding, &QComboBox::activated, this, &ImportFilePage::refresh);
    connect(m_delimiter, &QComboBox::activated, this, &ImportFilePage::refresh);
}

void ImportFilePage::setFilePath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_encoding->setCurrentIndex(0);
    m_delimiter->setCurrentIndex(0);
    refresh();
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import contacts"), QString(), tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty()) {
        setFilePath(path);
    }
}

void ImportFilePage::refresh()
{
    m_ok = false;
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        m_message->setText(tr("Drop a CSV file on the window or choose one with Browse…"));
        emit completeChanged();
        return;
    }
    const QString delimiter = m_delimiter->currentData().toString();
    const Result<ImportPreview> preview = ImportPreview::inspect(
        path, m_encoding->currentData().toByteArray(), delimiter.isEmpty() ? QChar() : delimiter.front());
    if (!preview) {
        m_message->setText(preview.error());
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        emit completeChanged();
        return;
    }
    m_wizard->setPreview(*preview);
    QString text = preview->charsetDetected
                       ? tr("Detected encoding: %1.").arg(CharsetDetector::displayName(preview->charset))
                       : tr("Encoding: %1.").arg(CharsetDetector::displayName(preview->charset));
    text += QLatin1Char(' ')
            + tr("%1 columns, file size %2.")
                  .arg(preview->headers.size())
                  .arg(QLocale().formattedDataSize(preview->fileSize));
    QString style;
    if (preview->hasUndecodableBytes) {
        text += QLatin1Char(' ')
                + tr("Some bytes are not valid in this encoding (shown as �): choose the right encoding above.");
        style = QStringLiteral("color: #b00020;");
    } else if (ImportPreview::emailColumn(preview->mapping) < 0) {
        text += QLatin1Char(' ') + tr("No email column was recognised: choose it on the next page.");
    }
    m_message->setText(text);
    m_message->setStyleSheet(style);
    m_table->setColumnCount(static_cast<int>(preview->headers.size()));
    m_table->setHorizontalHeaderLabels(preview->headers);
    m_table->setRowCount(static_cast<int>(preview->rows.size()));
    for (int row = 0; row < preview->rows.size(); ++row) {
        const QStringList& fields = preview->rows.at(row);
        for (int column = 0; column < fields.size() && column < preview->headers.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(fields.at(column)));
        }
    }
    m_table->resizeColumnsToContents();
    m_ok = !preview->hasUndecodableBytes;
    emit completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return m_ok;
}

// TemplatesPage: the templates library.
#include "TemplatesPage.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QVBoxLayout>

#include "DesignerWindow.h"
#include "MessageBox.h"
#include "NewTemplateDialog.h"
#include "templates/HtmlSanitizer.h"
#include "templates/StarterTemplates.h"

namespace {
// Import refuses larger files before reading them: a template with its images is far smaller.
constexpr qint64 MaxImportFileBytes = 64 * 1024 * 1024;
} // namespace

TemplatesPage::TemplatesPage(Database database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_store(database)
    , m_list(new QListWidget(this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_duplicate(new QPushButton(tr("Duplicate"), this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_export(new QPushButton(tr("Export…"), this))
{
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(160, 200));
    m_list->setGridSize(QSize(190, 240));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);

    auto* newButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("New…"), this);
    auto* importButton = new QPushButton(tr("Import…"), this);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {newButton, m_open, m_duplicate, m_rename, m_delete}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    buttons->addWidget(importButton);
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);

    connect(newButton, &QPushButton::clicked, this, &TemplatesPage::newTemplate);
    connect(m_open, &QPushButton::clicked, this, [this] { openTemplate(currentId()); });
    connect(m_duplicate, &QPushButton::clicked, this, &TemplatesPage::duplicateCurrent);
    connect(m_rename, &QPushButton::clicked, this, &TemplatesPage::renameCurrent);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesPage::deleteCurrent);
    connect(importButton, &QPushButton::clicked, this, [this] { importFile(); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportCurrent(); });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        openTemplate(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesPage::updateButtons);
    reload();
}

TemplatesPage::~TemplatesPage()
{
    for (const QPointer<DesignerWindow>& designer : std::as_const(m_designers)) {
        if (designer) {
            designer->disconnect(this);
            delete designer.data();
        }
    }
}

void TemplatesPage::closeDesigners()
{
    for (const QPointer<DesignerWindow>& designer : std::as_const(m_designers)) {
        if (designer) {
            designer->close();
        }
    }
}

qint64 TemplatesPage::currentId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void TemplatesPage::selectTemplate(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

namespace {
// Until the designer has drawn a thumbnail: a blank page sketch (icon themes are missing on Windows, macOS and CI).
QPixmap placeholderThumbnail()
{
    QPixmap page(160, 200);
    page.fill(Qt::transparent);
    QPainter painter(&page);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0xd1, 0xd5, 0xdb));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(QRectF(10.5, 4.5, 139, 191), 4, 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xe5, 0xe7, 0xeb));
    painter.drawRect(24, 20, 112, 36);
    for (int y = 70; y < 170; y += 14) {
        painter.drawRect(24, y, y % 28 == 0 ? 80 : 112, 6);
    }
    return page;
}
} // namespace

void TemplatesPage::reload()
{
    const qint64 current = currentId();
    m_list->clear();
    for (const TemplateSummary& summary : m_store.list()) {
        QPixmap thumbnail;
        if (summary.thumbnailPng.isEmpty() || !thumbnail.loadFromData(summary.thumbnailPng, "PNG")) {
            thumbnail = placeholderThumbnail();
        }
        auto* item = new QListWidgetItem(QIcon(thumbnail), summary.name, m_list);
        item->setData(Qt::UserRole, summary.id);
        item->setToolTip(
            tr("%1\nChanged %2")
                .arg(summary.name, QLocale().toString(summary.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    selectTemplate(current);
    updateButtons();
}

void TemplatesPage::updateButtons()
{
    const bool selected = currentId() != 0;
    for (QPushButton* button : {m_open, m_duplicate, m_rename, m_delete, m_export}) {
        button->setEnabled(selected);
    }
}

void TemplatesPage::newTemplate()
{
    NewTemplateDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const Result<qint64> id = createTemplate(dialog.chosen());
    if (!id) {
        MessageBox::warning(this, tr("Template not created"), id.error());
        return;
    }
    reload();
    selectTemplate(*id);
    openTemplate(*id);
}

Result<qint64> TemplatesPage::createTemplate(const Result<LoadedStarter>& starter)
{
    if (!starter) {
        return Result<qint64>::failure(starter.error());
    }
    if (starter->assets.isEmpty()) {
        const Result<qint64> id = m_store.create(starter->document);
        reload();
        return id;
    }
    // With images: the export file format carries both, and importing stores all of it or nothing.
    QJsonObject file = starter->document.toJsonObject();
    QJsonArray assets;
    for (const TemplateAsset& asset : starter->assets) {
        assets.append(QJsonObject {{QStringLiteral("name"), asset.name},
                                   {QStringLiteral("mimeType"), QString::fromLatin1(asset.mimeType)},
                                   {QStringLiteral("width"), asset.width},
                                   {QStringLiteral("height"), asset.height},
                                   {QStringLiteral("data"), QString::fromLatin1(asset.data.toBase64())}});
    }
    file.insert(QStringLiteral("assets"), assets);
    const Result<qint64> id = m_store.importJson(QJsonDocument(file).toJson(QJsonDocument::Compact));
    reload();
    return id;
}

DesignerWindow* TemplatesPage::openTemplate(qint64 id)
{
    if (id == 0) {
        return nullptr;
    }
    if (DesignerWindow* open = m_designers.value(id)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    Result<TemplateDocument> document = m_store.load(id);
    if (!document) {
        MessageBox::warning(this, tr("Template not opened"), document.error());
        return nullptr;
    }
    // A window of its own (no parent widget), so the library stays usable beside it; deleted when closed.
    auto* designer = new DesignerWindow(m_database, id, std::move(document).value());
    m_designers.insert(id, designer);
    connect(designer, &DesignerWindow::saved, this, &TemplatesPage::reload);
    connect(designer, &QObject::destroyed, this, [this, id] {
        m_designers.remove(id);
        reload();
    });
    designer->show();
    return designer;
}

void TemplatesPage::duplicateCurrent()
{
    const qint64 id = currentId();
    if (id == 0) {
        return;
    }
    if (DesignerWindow* open = m_designers.value(id)) {
        open->saveNow(); // the copy has the last edit
    }
    const QString name = tr("%1 (copy)").arg(m_list->currentItem()->text());
    const Result<qint64> copy = m_store.duplicate(id, name);
    if (!copy) {
        MessageBox::warning(this, tr("Template not duplicated"), copy.error());
        return;
    }
    reload();
    selectTemplate(*copy);
}

void TemplatesPage::renameCurrent()
{
    const qint64 id = currentId();
    if (id == 0) {
        return;
    }
    if (m_designers.value(id)) {
        MessageBox::information(this,
                                tr("Template is open"),
                                tr("Rename the template in its designer window (Template settings → Template "
                                   "name), or close the window first."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename template"), tr("New name:"), QLineEdit::Normal, m_list->currentItem()->text(), &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    const Status status = m_store.rename(id, name.trimmed());
    if (!status) {
        MessageBox::warning(this, tr("Template not renamed"), status.error());
        return;
    }
    reload();
}

void TemplatesPage::deleteCurrent()
{
    const qint64 id = currentId();
    if (id == 0) {
        return;
    }
    const QString name = m_list->currentItem()->text();
    // Before asking, and before closing its designer: a template a scheduled campaign is sent from stays.
    if (const Status removable = m_store.checkRemovable(id); !removable) {
        MessageBox::warning(this, tr("Template not deleted"), removable.error());
        return;
    }
    const QMessageBox::StandardButton answer
        = MessageBox::question(this,
                               tr("Delete template"),
                               tr("Delete the template “%1” and its images? This cannot be undone.").arg(name),
                               QMessageBox::Yes | QMessageBox::No,
                               QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (DesignerWindow* open = m_designers.value(id)) {
        m_designers.remove(id);
        open->setAttribute(Qt::WA_DeleteOnClose, false);
        delete open; // its last save would bring the template back otherwise — it goes first
    }
    const Status status = m_store.remove(id);
    if (!status) {
        MessageBox::warning(this, tr("Template not deleted"), status.error());
    }
    reload();
}

void TemplatesPage::importFile(const QString& givenPath)
{
    const QString path = givenPath.isEmpty() ? QFileDialog::getOpenFileName(
                             this, tr("Import template"), {}, tr("Tayori templates (*.json);;HTML mail (*.html *.htm)"))
                                             : givenPath;
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (file.size() > MaxImportFileBytes) {
        MessageBox::warning(this,
                            tr("Template not imported"),
                            tr("%1 is larger than %2 MB, too large for a template. Nothing was imported.")
                                .arg(path)
                                .arg(MaxImportFileBytes / (1024 * 1024)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(
            this, tr("Template not imported"), tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    const bool html = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
                      || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    const Result<qint64> id = html ? importHtml(QFileInfo(path).completeBaseName(), bytes) : m_store.importJson(bytes);
    if (!id) {
        MessageBox::warning(
            this,
            tr("Template not imported"),
            tr("%1 is not a template this version can read: %2 Nothing was imported.").arg(path, id.error()));
        return;
    }
    reload();
    selectTemplate(*id);
}

Result<qint64> TemplatesPage::importHtml(const QString& baseName, const QByteArray& bytes)
{
    // Mail HTML written elsewhere: a raw-HTML template with the same previews and checks. Unsafe parts are removed
    // now and the designer's checks list what the renderer still finds.
    const HtmlSanitizer::Cleaned cleaned = HtmlSanitizer::sanitizeDocument(QString::fromUtf8(bytes));
    TemplateDocument document;
    document.kind = TemplateDocument::Kind::Html;
    document.language = StarterTemplates::defaultLanguage();
    document.html = cleaned.html;
    document.name = baseName.isEmpty() ? tr("Imported HTML") : baseName;
    QSet<QString> taken;
    for (const TemplateSummary& summary : m_store.list()) {
        taken.insert(summary.name.toCaseFolded());
    }
    const QString base = document.name;
    for (int n = 2; taken.contains(document.name.toCaseFolded()); ++n) {
        document.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    }
    if (!cleaned.removed.isEmpty()) {
        MessageBox::information(this,
                                tr("Unsafe content removed"),
                                tr("This was removed from the imported HTML, because mail programs block it or it "
                                   "could harm readers:\n• %1")
                                    .arg(cleaned.removed.join(QStringLiteral("\n• "))));
    }
    return m_store.create(document);
}

void TemplatesPage::exportCurrent(const QString& givenPath)
{
    const qint64 id = currentId();
    if (id == 0) {
        return;
    }
    if (DesignerWindow* open = m_designers.value(id)) {
        open->saveNow();
    }
    const QString path = givenPath.isEmpty()
                             ? QFileDialog::getSaveFileName(this,
                                                            tr("Export template"),
                                                            m_list->currentItem()->text() + QStringLiteral(".json"),
                                                            tr("Tayori templates (*.json)"))
                             : givenPath;
    if (path.isEmpty()) {
        return;
    }
    const Result<QByteArray> json = m_store.exportJson(id);
    if (!json) {
        MessageBox::warning(this, tr("Template not exported"), json.error());
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        MessageBox::warning(
            this, tr("Template not exported"), tr("%1 could not be written: %2").arg(path, file.errorString()));
    }
}

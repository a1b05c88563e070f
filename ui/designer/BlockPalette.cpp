// BlockPalette: the kinds of block to add.
#include "BlockPalette.h"

#include <QMimeData>

const QString BlockPalette::ThreeColumns = QStringLiteral("columns3");

namespace {
struct Entry
{
    QString key;
    QString name;
    QString icon;
};

QList<Entry> entries()
{
    return {
        {QStringLiteral("heading"), BlockPalette::tr("Heading"), QStringLiteral("format-text-bold")},
        {QStringLiteral("text"), BlockPalette::tr("Text"), QStringLiteral("format-justify-left")},
        {QStringLiteral("image"), BlockPalette::tr("Image"), QStringLiteral("image-x-generic")},
        {QStringLiteral("button"), BlockPalette::tr("Button"), QStringLiteral("insert-link")},
        {QStringLiteral("columns"), BlockPalette::tr("Two columns"), QStringLiteral("view-split-left-right")},
        {BlockPalette::ThreeColumns, BlockPalette::tr("Three columns"), QStringLiteral("view-split-left-right")},
        {QStringLiteral("divider"), BlockPalette::tr("Divider"), QStringLiteral("format-line-spacing-normal")},
        {QStringLiteral("spacer"), BlockPalette::tr("Spacer"), QStringLiteral("format-line-spacing-double")},
        {QStringLiteral("social"), BlockPalette::tr("Social links"), QStringLiteral("emblem-shared")},
        {QStringLiteral("footer"), BlockPalette::tr("Footer (sender, unsubscribe)"), QStringLiteral("mail-signed")},
        {QStringLiteral("html"), BlockPalette::tr("HTML"), QStringLiteral("text-html")},
    };
}
} // namespace

BlockPalette::BlockPalette(QWidget* parent)
    : QListWidget(parent)
{
    for (const Entry& entry : entries()) {
        auto* item = new QListWidgetItem(QIcon::fromTheme(entry.icon), entry.name, this);
        item->setData(Qt::UserRole, entry.key);
        item->setToolTip(tr("Click to add after the selected block, or drag onto the page."));
    }
    setObjectName(QStringLiteral("blockPalette"));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFixedWidth(190);
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        emit blockRequested(item->data(Qt::UserRole).toString());
        clearSelection();
    });
}

QString BlockPalette::displayName(const QString& key)
{
    for (const Entry& entry : entries()) {
        if (entry.key == key) {
            return entry.name;
        }
    }
    return key;
}

QListWidgetItem* BlockPalette::entry(const QString& key) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(Qt::UserRole).toString() == key) {
            return item(row);
        }
    }
    return nullptr;
}

QStringList BlockPalette::mimeTypes() const
{
    return {QStringLiteral("text/plain")};
}

QMimeData* BlockPalette::mimeData(const QList<QListWidgetItem*>& items) const
{
    auto* mime = new QMimeData;
    if (!items.isEmpty()) {
        mime->setText(QStringLiteral("tayori-block:") + items.first()->data(Qt::UserRole).toString());
    }
    return mime;
}

// BlockPalette: the kinds of block to add.
#include "BlockPalette.h"

#include <QMimeData>

const QString BlockPalette::ThreeColumns = QStringLiteral("columns3");

BlockPalette::BlockPalette(QWidget* parent)
    : QListWidget(parent)
{
    struct Entry
    {
        QString key;
        QString name;
        QString icon;
    };
    const QList<Entry> entries = {
        {QStringLiteral("heading"), tr("Heading"), QStringLiteral("format-text-bold")},
        {QStringLiteral("text"), tr("Text"), QStringLiteral("format-justify-left")},
        {QStringLiteral("image"), tr("Image"), QStringLiteral("image-x-generic")},
        {QStringLiteral("button"), tr("Button"), QStringLiteral("insert-link")},
        {QStringLiteral("columns"), tr("Two columns"), QStringLiteral("view-split-left-right")},
        {ThreeColumns, tr("Three columns"), QStringLiteral("view-split-left-right")},
        {QStringLiteral("divider"), tr("Divider"), QStringLiteral("format-line-spacing-normal")},
        {QStringLiteral("spacer"), tr("Spacer"), QStringLiteral("format-line-spacing-double")},
        {QStringLiteral("social"), tr("Social links"), QStringLiteral("emblem-shared")},
        {QStringLiteral("footer"), tr("Footer (sender, unsubscribe)"), QStringLiteral("mail-signed")},
        {QStringLiteral("html"), tr("HTML"), QStringLiteral("text-html")},
    };
    for (const Entry& entry : entries) {
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

// BlockPalette: the designer's left side — the kinds of block, clicked to add after the selection or dragged onto
// the canvas (as "tayori-block:TYPE" text, which the canvas script understands).
#pragma once

#include <QListWidget>

class BlockPalette : public QListWidget
{
    Q_OBJECT

public:
    // Not a TemplateBlock type: two columns and three columns are both "columns".
    static const QString ThreeColumns; // "columns3"

    explicit BlockPalette(QWidget* parent = nullptr);
    // The translated name of a block type ("heading" → "Heading").
    static QString displayName(const QString& key);
    // The row of a palette entry ("heading", "columns", "columns3" …), for tests.
    QListWidgetItem* entry(const QString& key) const;

signals:
    void blockRequested(const QString& key);

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    QStringList mimeTypes() const override;
};

// SegmentBuilder: builds a segment with clicks — rows of conditions (field/tag/list/status, operator, value) in
// nested AND/OR groups with NOT — over the same tree as the text form, which it shows and accepts (a text edit
// that round-trips). Shows a live count of matching contacts, computed off the GUI thread.
#pragma once

#include <QWidget>

#include "storage/Database.h"

class SegmentBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentBuilder(Database database, QWidget* parent = nullptr);

    // The segment text form (CLI contract); "" = every contact who may be mailed.
    QString text() const;
    // Loads a text form into the builder; false (and the reason in errorText()) when it does not parse.
    bool setText(const QString& text);
    QString errorText() const;
    // The latest live count; -1 while counting or when the segment is invalid.
    qint64 count() const;

signals:
    void changed(const QString& text);
    void countChanged(qint64 count); // -1: counting / invalid
};

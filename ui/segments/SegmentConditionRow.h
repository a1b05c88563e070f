// One row of the segment builder: a field (standard, custom, tag, list, status), an operator fitting it and a value
// editor fitting it (existing names in a combo, a date edit for dates, a line edit otherwise).
#pragma once

#include <memory>

#include <QWidget>

#include "segments/Segment.h"
#include "segments/SegmentChoices.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

class SegmentConditionRow : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentConditionRow(const SegmentChoices& choices, QWidget* parent = nullptr);

    // Tag/List/Status/Compare, or Not over Tag/List/Status ("is not").
    std::unique_ptr<SegmentNode> toNode() const;
    // Whether the row can show `node` (a term, or NOT over a tag, list or status).
    static bool canShow(const SegmentNode& node);
    void setNode(const SegmentNode& node);

signals:
    void changed();
    void removeRequested();

private:
    void fieldChanged();
    void fillOperators();
    void showValueEditor();
    QString fieldKey() const; // "tag", "list", "status" or "field:NAME"
    bool isDateField() const;
    void selectField(const QString& key, const QString& label);

    SegmentChoices m_choices;
    QComboBox* m_field = nullptr;
    QComboBox* m_op = nullptr;
    QComboBox* m_choice = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_text = nullptr;
    QToolButton* m_remove = nullptr;
    bool m_dateAsText = false; // a date field whose value is not a date (shown as typed, so the error can be shown)
};

// A group of the segment builder: its conditions and nested groups, combined with AND ("all of") or OR ("any of"),
// optionally negated (NOT), with buttons to add a condition or a group and (when nested) to remove it.
#pragma once

#include <memory>

#include <QFrame>

#include "segments/Segment.h"
#include "segments/SegmentChoices.h"

class QCheckBox;
class QComboBox;
class QVBoxLayout;

class SegmentGroupEditor : public QFrame
{
    Q_OBJECT

public:
    SegmentGroupEditor(const SegmentChoices& choices, bool nested, QWidget* parent = nullptr);

    // nullptr for an empty group; a group of one is that condition (NOT applied).
    std::unique_ptr<SegmentNode> toNode() const;
    // Shows `node` as this group: an AND/OR as its parts, NOT over a group as the NOT box, anything else as one part.
    void setNode(const SegmentNode* node);

    void addCondition();
    SegmentGroupEditor* addGroup();

signals:
    void changed();
    void removeRequested();

private:
    void addPart(const SegmentNode& node);
    void removePart(QWidget* part);
    void clearParts();

    SegmentChoices m_choices;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_not = nullptr;
    QVBoxLayout* m_parts = nullptr;
    QList<QWidget*> m_partWidgets; // SegmentConditionRow or SegmentGroupEditor, in order
};

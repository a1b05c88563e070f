// A group of the segment builder: AND/OR over rows and nested groups, with NOT.
#include "SegmentGroupEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "segments/SegmentConditionRow.h"

SegmentGroupEditor::SegmentGroupEditor(const SegmentChoices& choices, bool nested, QWidget* parent)
    : QFrame(parent)
    , m_choices(choices)
    , m_kind(new QComboBox(this))
    , m_not(new QCheckBox(tr("Not"), this))
{
    setObjectName(nested ? QStringLiteral("segmentGroup") : QStringLiteral("segmentRoot"));
    m_kind->setObjectName(QStringLiteral("groupKind"));
    m_not->setObjectName(QStringLiteral("groupNot"));
    m_kind->addItem(tr("All of these (AND)"), static_cast<int>(SegmentNode::Kind::And));
    m_kind->addItem(tr("Any of these (OR)"), static_cast<int>(SegmentNode::Kind::Or));
    m_not->setToolTip(tr("Match the contacts this group does not match"));
    if (nested) {
        setFrameShape(QFrame::StyledPanel);
    }

    auto* header = new QHBoxLayout;
    header->addWidget(m_not);
    header->addWidget(new QLabel(tr("Contacts matching"), this));
    header->addWidget(m_kind);
    header->addStretch(1);
    if (nested) {
        auto* remove = new QPushButton(tr("Remove group"), this);
        remove->setObjectName(QStringLiteral("removeGroup"));
        connect(remove, &QPushButton::clicked, this, &SegmentGroupEditor::removeRequested);
        header->addWidget(remove);
    }
    m_parts = new QVBoxLayout;
    auto* buttons = new QHBoxLayout;
    auto* addConditionButton = new QPushButton(tr("Add condition"), this);
    addConditionButton->setObjectName(QStringLiteral("addCondition"));
    auto* addGroupButton = new QPushButton(tr("Add group"), this);
    addGroupButton->setObjectName(QStringLiteral("addGroup"));
    buttons->addWidget(addConditionButton);
    buttons->addWidget(addGroupButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(m_parts);
    layout->addLayout(buttons);
    layout->addStretch(1); // rows stay together at the top, however tall the builder is

    connect(m_kind, &QComboBox::currentIndexChanged, this, &SegmentGroupEditor::changed);
    connect(m_not, &QCheckBox::toggled, this, &SegmentGroupEditor::changed);
    connect(addConditionButton, &QPushButton::clicked, this, [this] {
        addCondition();
        emit changed();
    });
    connect(addGroupButton, &QPushButton::clicked, this, [this] {
        addGroup()->addCondition();
        emit changed();
    });
}

void SegmentGroupEditor::addCondition()
{
    auto* row = new SegmentConditionRow(m_choices, this);
    connect(row, &SegmentConditionRow::changed, this, &SegmentGroupEditor::changed);
    connect(row, &SegmentConditionRow::removeRequested, this, [this, row] { removePart(row); });
    m_parts->addWidget(row);
    m_partWidgets.append(row);
}

SegmentGroupEditor* SegmentGroupEditor::addGroup()
{
    auto* group = new SegmentGroupEditor(m_choices, true, this);
    connect(group, &SegmentGroupEditor::changed, this, &SegmentGroupEditor::changed);
    connect(group, &SegmentGroupEditor::removeRequested, this, [this, group] { removePart(group); });
    m_parts->addWidget(group);
    m_partWidgets.append(group);
    return group;
}

void SegmentGroupEditor::removePart(QWidget* part)
{
    m_partWidgets.removeOne(part);
    part->hide();
    part->deleteLater(); // it may be the sender of the click being handled
    emit changed();
}

void SegmentGroupEditor::clearParts()
{
    for (QWidget* part : std::as_const(m_partWidgets)) {
        part->hide();
        part->deleteLater();
    }
    m_partWidgets.clear();
}

std::unique_ptr<SegmentNode> SegmentGroupEditor::toNode() const
{
    std::vector<std::unique_ptr<SegmentNode>> children;
    for (QWidget* part : m_partWidgets) {
        auto node = qobject_cast<SegmentConditionRow*>(part) ? qobject_cast<SegmentConditionRow*>(part)->toNode()
                                                             : qobject_cast<SegmentGroupEditor*>(part)->toNode();
        if (node) {
            children.push_back(std::move(node));
        }
    }
    if (children.empty()) {
        return nullptr;
    }
    std::unique_ptr<SegmentNode> combined;
    if (children.size() == 1) {
        combined = std::move(children.front());
    } else {
        combined = std::make_unique<SegmentNode>();
        combined->kind = static_cast<SegmentNode::Kind>(m_kind->currentData().toInt());
        combined->children = std::move(children);
    }
    if (!m_not->isChecked()) {
        return combined;
    }
    auto negated = std::make_unique<SegmentNode>();
    negated->kind = SegmentNode::Kind::Not;
    negated->children.push_back(std::move(combined));
    return negated;
}

void SegmentGroupEditor::addPart(const SegmentNode& node)
{
    if (SegmentConditionRow::canShow(node)) {
        addCondition();
        qobject_cast<SegmentConditionRow*>(m_partWidgets.last())->setNode(node);
    } else {
        addGroup()->setNode(&node);
    }
}

void SegmentGroupEditor::setNode(const SegmentNode* node)
{
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockNot(m_not);
    clearParts();
    m_not->setChecked(false);
    m_kind->setCurrentIndex(0);
    if (!node) {
        return;
    }
    const SegmentNode* shown = node;
    // NOT over a group (or over a term a row cannot negate, such as plan = gold) is this group's NOT box.
    if (node->kind == SegmentNode::Kind::Not && !SegmentConditionRow::canShow(*node)) {
        m_not->setChecked(true);
        shown = node->children.front().get();
    }
    if (shown->kind == SegmentNode::Kind::And || shown->kind == SegmentNode::Kind::Or) {
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(shown->kind)));
        for (const auto& child : shown->children) {
            addPart(*child);
        }
    } else {
        addPart(*shown);
    }
}

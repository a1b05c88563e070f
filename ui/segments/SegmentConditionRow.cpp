// One row of the segment builder: field, operator and value editors, and the term they make.
#include "SegmentConditionRow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

#include "contacts/ContactStatus.h"

namespace {
using Op = SegmentNode::Op;
using Kind = SegmentNode::Kind;

const QString tagKey = QStringLiteral("tag");
const QString listKey = QStringLiteral("list");
const QString statusKey = QStringLiteral("status");
const QString fieldPrefix = QStringLiteral("field:");
constexpr int isNot = 1; // the op combo's data for tags, lists and statuses: 0 "is", 1 "is not"
} // namespace

SegmentConditionRow::SegmentConditionRow(const SegmentChoices& choices, QWidget* parent)
    : QWidget(parent)
    , m_choices(choices)
    , m_field(new QComboBox(this))
    , m_op(new QComboBox(this))
    , m_choice(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_text(new QLineEdit(this))
    , m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("segmentCondition"));
    m_field->setObjectName(QStringLiteral("conditionField"));
    m_op->setObjectName(QStringLiteral("conditionOp"));
    m_choice->setObjectName(QStringLiteral("conditionValueChoice"));
    m_date->setObjectName(QStringLiteral("conditionValueDate"));
    m_text->setObjectName(QStringLiteral("conditionValueText"));
    m_remove->setObjectName(QStringLiteral("removeCondition"));

    m_field->addItem(tr("Tag"), tagKey);
    m_field->addItem(tr("List"), listKey);
    m_field->addItem(tr("Status"), statusKey);
    const QList<std::pair<QString, QString>> standard = {
        {QStringLiteral("email"), tr("Email")},
        {QStringLiteral("first_name"), tr("First name")},
        {QStringLiteral("last_name"), tr("Last name")},
        {QStringLiteral("company"), tr("Company")},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("created"), tr("Registered")},
    };
    for (const auto& [key, label] : standard) {
        m_field->addItem(label, QString(fieldPrefix + key));
    }
    for (const CustomField& field : m_choices.customFields) {
        m_field->addItem(field.label.isEmpty() ? field.key : field.label, QString(fieldPrefix + field.key));
    }
    m_choice->setEditable(true); // a name not in the list yet can still be typed
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(QDate::currentDate());
    m_text->setPlaceholderText(tr("value"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove this condition"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_op);
    layout->addWidget(m_choice, 1);
    layout->addWidget(m_date, 1);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_remove);

    fieldChanged();
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        m_dateAsText = false;
        fieldChanged();
        emit changed();
    });
    connect(m_op, &QComboBox::currentIndexChanged, this, &SegmentConditionRow::changed);
    connect(m_choice, &QComboBox::currentTextChanged, this, &SegmentConditionRow::changed);
    connect(m_date, &QDateEdit::dateChanged, this, &SegmentConditionRow::changed);
    connect(m_text, &QLineEdit::textChanged, this, &SegmentConditionRow::changed);
    connect(m_remove, &QToolButton::clicked, this, &SegmentConditionRow::removeRequested);
}

QString SegmentConditionRow::fieldKey() const
{
    return m_field->currentData().toString();
}

bool SegmentConditionRow::isDateField() const
{
    return fieldKey() == fieldPrefix + QStringLiteral("created")
           || fieldKey() == fieldPrefix + QStringLiteral("updated");
}

void SegmentConditionRow::fieldChanged()
{
    const QSignalBlocker blockChoice(m_choice);
    const QString key = fieldKey();
    m_choice->clear();
    if (key == tagKey) {
        m_choice->addItems(m_choices.tags);
    } else if (key == listKey) {
        m_choice->addItems(m_choices.lists);
    } else if (key == statusKey) {
        m_choice->addItems(m_choices.statuses);
    }
    fillOperators();
    showValueEditor();
}

void SegmentConditionRow::fillOperators()
{
    const QSignalBlocker block(m_op);
    const QString key = fieldKey();
    m_op->clear();
    if (!key.startsWith(fieldPrefix)) {
        m_op->addItem(tr("is"), 0);
        m_op->addItem(tr("is not"), isNot);
        return;
    }
    const auto add = [this](const QString& label, Op op) { m_op->addItem(label, static_cast<int>(op)); };
    if (isDateField()) {
        add(tr("on or after"), Op::GreaterOrEqual);
        add(tr("after"), Op::Greater);
        add(tr("before"), Op::Less);
        add(tr("on or before"), Op::LessOrEqual);
        add(tr("on"), Op::Equal);
        add(tr("not on"), Op::NotEqual);
        return;
    }
    add(tr("is"), Op::Equal);
    add(tr("is not"), Op::NotEqual);
    add(tr("contains"), Op::Contains);
    add(tr("starts with"), Op::StartsWith);
    add(tr("less than"), Op::Less);
    add(tr("at most"), Op::LessOrEqual);
    add(tr("more than"), Op::Greater);
    add(tr("at least"), Op::GreaterOrEqual);
}

void SegmentConditionRow::showValueEditor()
{
    const QString key = fieldKey();
    const bool choice = !key.startsWith(fieldPrefix);
    const bool date = isDateField() && !m_dateAsText;
    m_choice->setVisible(choice);
    m_date->setVisible(date);
    m_text->setVisible(!choice && !date);
}

std::unique_ptr<SegmentNode> SegmentConditionRow::toNode() const
{
    auto node = std::make_unique<SegmentNode>();
    const QString key = fieldKey();
    if (!key.startsWith(fieldPrefix)) {
        node->kind = key == tagKey ? Kind::Tag : key == listKey ? Kind::List : Kind::Status;
        node->value = m_choice->currentText();
        if (m_op->currentData().toInt() != isNot) {
            return node;
        }
        auto negated = std::make_unique<SegmentNode>();
        negated->kind = Kind::Not;
        negated->children.push_back(std::move(node));
        return negated;
    }
    node->kind = Kind::Compare;
    node->field = key.mid(fieldPrefix.size());
    node->op = static_cast<Op>(m_op->currentData().toInt());
    node->value = isDateField() && !m_dateAsText ? m_date->date().toString(Qt::ISODate) : m_text->text();
    return node;
}

bool SegmentConditionRow::canShow(const SegmentNode& node)
{
    if (node.kind == Kind::Not) {
        const Kind inner = node.children.front()->kind;
        return inner == Kind::Tag || inner == Kind::List || inner == Kind::Status;
    }
    return node.kind == Kind::Tag || node.kind == Kind::List || node.kind == Kind::Status || node.kind == Kind::Compare;
}

void SegmentConditionRow::selectField(const QString& key, const QString& label)
{
    int index = m_field->findData(key);
    if (index < 0) {
        // A field the text names that this database does not have: shown, so the text round-trips and the count
        // says what is wrong.
        m_field->addItem(label, key);
        index = m_field->count() - 1;
    }
    m_field->setCurrentIndex(index);
}

void SegmentConditionRow::setNode(const SegmentNode& node)
{
    const QSignalBlocker blockField(m_field);
    const QSignalBlocker blockOp(m_op);
    const QSignalBlocker blockChoice(m_choice);
    const QSignalBlocker blockDate(m_date);
    const QSignalBlocker blockText(m_text);
    const bool negated = node.kind == Kind::Not;
    const SegmentNode& term = negated ? *node.children.front() : node;
    if (term.kind == Kind::Compare) {
        // Standard fields in any case (EMAIL = x) are the standard field; custom keys keep their spelling.
        const QString lower = term.field.toLower();
        QString key = fieldPrefix + term.field;
        if (m_field->findData(key) < 0 && m_field->findData(QString(fieldPrefix + lower)) >= 0) {
            key = fieldPrefix + lower;
        }
        selectField(key, term.field);
        const QDate date = QDate::fromString(term.value, Qt::ISODate);
        m_dateAsText = isDateField() && !date.isValid();
        fieldChanged();
        m_op->setCurrentIndex(std::max(0, m_op->findData(static_cast<int>(term.op))));
        if (m_op->findData(static_cast<int>(term.op)) < 0) {
            // A date compared with ~ or ^: keep it as written; the count shows why it is wrong.
            m_op->addItem(SegmentNode::opText(term.op), static_cast<int>(term.op));
            m_op->setCurrentIndex(m_op->count() - 1);
        }
        if (isDateField() && !m_dateAsText) {
            m_date->setDate(date);
        } else {
            m_text->setText(term.value);
        }
        return;
    }
    selectField(term.kind == Kind::Tag ? tagKey : term.kind == Kind::List ? listKey : statusKey, QString());
    m_dateAsText = false;
    fieldChanged();
    m_op->setCurrentIndex(negated ? 1 : 0);
    const int index = m_choice->findText(term.value, Qt::MatchFixedString);
    if (index >= 0 && m_choice->itemText(index) == term.value) {
        m_choice->setCurrentIndex(index);
    } else {
        m_choice->setEditText(term.value);
    }
}

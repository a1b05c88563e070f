// PropertyPanel: the selected block's properties or the document settings, as a form.
#include "PropertyPanel.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "BlockPalette.h"

namespace {
QString linksToText(const QJsonValue& value)
{
    QStringList lines;
    for (const QJsonValue& link : value.toArray()) {
        const QJsonObject object = link.toObject();
        lines << object.value(QStringLiteral("network")).toString() + QLatin1Char(' ')
                     + object.value(QStringLiteral("url")).toString();
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonArray textToLinks(const QString& text)
{
    QJsonArray links;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.simplified().split(QLatin1Char(' '));
        if (parts.size() >= 2) {
            links.append(QJsonObject {{QStringLiteral("network"), parts.at(0)}, {QStringLiteral("url"), parts.at(1)}});
        }
    }
    return links;
}

void paintSwatch(QPushButton* button, const QString& colour)
{
    button->setText(colour);
    button->setStyleSheet(
        QStringLiteral("QPushButton { background: %1; color: %2; }")
            .arg(colour, QColor(colour).lightness() > 140 ? QStringLiteral("#000000") : QStringLiteral("#ffffff")));
}
} // namespace

PropertyPanel::PropertyPanel(QWidget* parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setAcceptDrops(true);
    setMinimumWidth(280);
}

QWidget* PropertyPanel::editor(const QString& key) const
{
    for (const Editor& editor : m_editors) {
        if (editor.field.key == key) {
            return editor.widget;
        }
    }
    return nullptr;
}

QList<PropertyPanel::Field> PropertyPanel::fieldsFor(const TemplateDocument& document, const QString& blockId) const
{
    const QList<QPair<QString, QJsonValue>> aligns = {{tr("Left"), QStringLiteral("left")},
                                                      {tr("Centre"), QStringLiteral("center")},
                                                      {tr("Right"), QStringLiteral("right")}};
    const auto line = [](const QString& key, const QString& label) {
        return Field {key, label, Kind::Line, QString(), {}};
    };
    const auto colour = [](const QString& key, const QString& label, const QString& fallback) {
        return Field {key, label, Kind::Colour, fallback, {}};
    };
    const auto integer = [](const QString& key, const QString& label, int fallback, int minimum, int maximum) {
        return Field {key, label, Kind::Integer, fallback, {}, minimum, maximum};
    };
    const auto align = [&](const QString& fallback) {
        return Field {QStringLiteral("align"), tr("Alignment"), Kind::Choice, fallback, aligns};
    };
    const TemplateDocument::Settings& s = document.settings;

    const TemplateBlock* block = document.block(blockId);
    if (!block) {
        QList<Field> fields;
        if (document.kind == TemplateDocument::Kind::Html) {
            fields.append(Field {QStringLiteral("html"), tr("HTML of the whole mail"), Kind::Html, QString(), {}});
        }
        return fields
               + QList<Field> {
                   line(QStringLiteral("name"), tr("Template name")),
                   Field {QStringLiteral("language"),
                          tr("Language"),
                          Kind::Choice,
                          QStringLiteral("ja"),
                          {{tr("Japanese"), QStringLiteral("ja")}, {tr("English"), QStringLiteral("en")}}},
                   integer(QStringLiteral("contentWidth"),
                           tr("Content width (px)"),
                           600,
                           TemplateDocument::MinContentWidth,
                           TemplateDocument::MaxContentWidth),
                   colour(QStringLiteral("backgroundColor"), tr("Background"), QStringLiteral("#f3f4f6")),
                   colour(
                       QStringLiteral("contentBackgroundColor"), tr("Content background"), QStringLiteral("#ffffff")),
                   colour(QStringLiteral("textColor"), tr("Text colour"), QStringLiteral("#1f2937")),
                   colour(QStringLiteral("linkColor"), tr("Link colour"), QStringLiteral("#1d4ed8")),
                   colour(QStringLiteral("accentColor"), tr("Button colour"), QStringLiteral("#1d4ed8")),
                   line(QStringLiteral("fontFamily"), tr("Font (CSS font stack)")),
                   integer(QStringLiteral("fontSize"), tr("Text size (px)"), 16, 10, 28),
                   line(QStringLiteral("preheader"), tr("Preheader (shown after the subject)")),
                   Field {QStringLiteral("darkMode"), tr("Support dark mode"), Kind::Check, true, {}},
                   Field {QStringLiteral("imageDelivery"),
                          tr("Images"),
                          Kind::Choice,
                          QStringLiteral("inline"),
                          {{tr("Attached to the mail (inline)"), QStringLiteral("inline")},
                           {tr("From the web server (hosted)"), QStringLiteral("hosted")}}},
               };
    }

    switch (block->type) {
    case TemplateBlock::Type::Heading:
        return {line(QStringLiteral("text"), tr("Text")),
                Field {QStringLiteral("level"),
                       tr("Size"),
                       Kind::Choice,
                       1,
                       {{tr("Large"), 1}, {tr("Medium"), 2}, {tr("Small"), 3}}},
                align(QStringLiteral("left")),
                colour(QStringLiteral("color"), tr("Colour"), s.textColor)};
    case TemplateBlock::Type::Text:
        return {Field {QStringLiteral("html"), tr("Text (HTML)"), Kind::Html, QString(), {}},
                align(QStringLiteral("left"))};
    case TemplateBlock::Type::Image:
        return {
            line(QStringLiteral("src"), tr("Image")),
            line(QStringLiteral("alt"), tr("Alternative text")),
            integer(QStringLiteral("width"), tr("Width (px)"), s.contentWidth, 16, TemplateDocument::MaxContentWidth),
            line(QStringLiteral("link"), tr("Link (optional)")),
            align(QStringLiteral("center"))};
    case TemplateBlock::Type::Button:
        return {line(QStringLiteral("label"), tr("Label")),
                line(QStringLiteral("url"), tr("Link")),
                colour(QStringLiteral("backgroundColor"), tr("Button colour"), s.accentColor),
                colour(QStringLiteral("textColor"), tr("Label colour"), QStringLiteral("#ffffff")),
                align(QStringLiteral("center")),
                Field {QStringLiteral("fullWidth"), tr("Full width"), Kind::Check, false, {}}};
    case TemplateBlock::Type::Columns:
        return {Field {QStringLiteral("stackOnMobile"), tr("Stack on phones"), Kind::Check, true, {}},
                integer(QStringLiteral("gap"), tr("Gap (px)"), 16, 0, 64)};
    case TemplateBlock::Type::Divider:
        return {colour(QStringLiteral("color"), tr("Colour"), QStringLiteral("#e5e7eb")),
                integer(QStringLiteral("thickness"), tr("Thickness (px)"), 1, 1, 10)};
    case TemplateBlock::Type::Spacer:
        return {integer(QStringLiteral("height"), tr("Height (px)"), 24, 4, 200)};
    case TemplateBlock::Type::Social:
        return {Field {QStringLiteral("links"), tr("Links (one per line: network URL)"), Kind::SocialLinks, {}, {}},
                align(QStringLiteral("center"))};
    case TemplateBlock::Type::Footer:
        return {line(QStringLiteral("senderName"), tr("Sender name")),
                line(QStringLiteral("address"), tr("Postal address")),
                line(QStringLiteral("contact"), tr("Phone or mail address")),
                Field {QStringLiteral("note"), tr("Note"), Kind::Multi, QString(), {}},
                line(QStringLiteral("unsubscribeText"), tr("Unsubscribe link text")),
                line(QStringLiteral("preferencesText"), tr("Preferences link text"))};
    case TemplateBlock::Type::Html:
        return {Field {QStringLiteral("html"), tr("HTML"), Kind::Html, QString(), {}}};
    }
    return {};
}

QJsonValue PropertyPanel::settingValue(const TemplateDocument& document, const QString& key)
{
    const TemplateDocument::Settings& s = document.settings;
    if (key == QLatin1String("name"))
        return document.name;
    if (key == QLatin1String("language"))
        return document.language;
    if (key == QLatin1String("contentWidth"))
        return s.contentWidth;
    if (key == QLatin1String("backgroundColor"))
        return s.backgroundColor;
    if (key == QLatin1String("contentBackgroundColor"))
        return s.contentBackgroundColor;
    if (key == QLatin1String("textColor"))
        return s.textColor;
    if (key == QLatin1String("linkColor"))
        return s.linkColor;
    if (key == QLatin1String("accentColor"))
        return s.accentColor;
    if (key == QLatin1String("fontFamily"))
        return s.fontFamily;
    if (key == QLatin1String("fontSize"))
        return s.fontSize;
    if (key == QLatin1String("preheader"))
        return s.preheader;
    if (key == QLatin1String("darkMode"))
        return s.darkMode;
    if (key == QLatin1String("imageDelivery"))
        return s.hostedImages ? QStringLiteral("hosted") : QStringLiteral("inline");
    if (key == QLatin1String("html"))
        return document.html;
    return {};
}

void PropertyPanel::setSetting(TemplateDocument* document, const QString& key, const QJsonValue& value)
{
    TemplateDocument::Settings& s = document->settings;
    if (key == QLatin1String("name"))
        document->name = value.toString();
    else if (key == QLatin1String("language"))
        document->language = value.toString();
    else if (key == QLatin1String("contentWidth"))
        s.contentWidth = value.toInt();
    else if (key == QLatin1String("backgroundColor"))
        s.backgroundColor = value.toString();
    else if (key == QLatin1String("contentBackgroundColor"))
        s.contentBackgroundColor = value.toString();
    else if (key == QLatin1String("textColor"))
        s.textColor = value.toString();
    else if (key == QLatin1String("linkColor"))
        s.linkColor = value.toString();
    else if (key == QLatin1String("accentColor"))
        s.accentColor = value.toString();
    else if (key == QLatin1String("fontFamily"))
        s.fontFamily = value.toString();
    else if (key == QLatin1String("fontSize"))
        s.fontSize = value.toInt();
    else if (key == QLatin1String("preheader"))
        s.preheader = value.toString();
    else if (key == QLatin1String("darkMode"))
        s.darkMode = value.toBool();
    else if (key == QLatin1String("imageDelivery"))
        s.hostedImages = value.toString() == QLatin1String("hosted");
}

QJsonValue PropertyPanel::valueOf(const TemplateDocument& document, const Field& field) const
{
    QJsonValue value;
    if (!m_blockShown) {
        value = settingValue(document, field.key);
    } else if (const TemplateBlock* block = document.block(m_blockId)) {
        value = block->props.value(field.key);
    }
    return value.isUndefined() || value.isNull() ? field.fallback : value;
}

void PropertyPanel::edited(const QString& key, const QJsonValue& value, bool typing)
{
    if (m_updating) {
        return;
    }
    if (m_blockShown) {
        emit blockPropertyEdited(m_blockId, key, value, typing);
    } else {
        emit settingEdited(key, value, typing);
    }
}

void PropertyPanel::addEditor(QFormLayout* form, const Field& field)
{
    const QString key = field.key;
    Editor editor {field, nullptr, {}};
    switch (field.kind) {
    case Kind::Line: {
        auto* edit = new QLineEdit;
        connect(edit, &QLineEdit::textEdited, this, [this, key](const QString& text) { edited(key, text, true); });
        editor.set = [edit](const QJsonValue& value) {
            if (edit->text() != value.toString())
                edit->setText(value.toString());
        };
        editor.widget = edit;
        break;
    }
    case Kind::Multi:
    case Kind::SocialLinks: {
        auto* edit = new QPlainTextEdit;
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(90);
        const bool links = field.kind == Kind::SocialLinks;
        connect(edit, &QPlainTextEdit::textChanged, this, [this, key, edit, links] {
            const QString text = edit->toPlainText();
            edited(key, links ? QJsonValue(textToLinks(text)) : QJsonValue(text), true);
        });
        editor.set = [edit, links](const QJsonValue& value) {
            const QString text = links ? linksToText(value) : value.toString();
            if (edit->toPlainText() != text && !(links && textToLinks(edit->toPlainText()) == value.toArray()))
                edit->setPlainText(text);
        };
        editor.widget = edit;
        break;
    }
    case Kind::Html: {
        // Applied as a whole: half-typed tags must not reach the sanitiser.
        auto* box = new QWidget;
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* edit = new QPlainTextEdit;
        edit->setObjectName(QStringLiteral("htmlSource"));
        edit->setMinimumHeight(140);
        auto* apply = new QPushButton(tr("Apply HTML"));
        apply->setObjectName(QStringLiteral("applyHtml"));
        layout->addWidget(edit);
        layout->addWidget(apply);
        connect(apply, &QPushButton::clicked, this, [this, key, edit] {
            emit htmlApplied(m_blockId, key, edit->toPlainText());
        });
        editor.set = [edit](const QJsonValue& value) {
            if (edit->toPlainText() != value.toString())
                edit->setPlainText(value.toString());
        };
        editor.widget = edit;
        form->addRow(field.label, box);
        m_editors.append(editor);
        return;
    }
    case Kind::Integer: {
        auto* spin = new QSpinBox;
        spin->setRange(field.minimum, field.maximum);
        connect(spin, &QSpinBox::valueChanged, this, [this, key](int value) { edited(key, value, true); });
        editor.set = [spin](const QJsonValue& value) {
            if (spin->value() != value.toInt())
                spin->setValue(value.toInt());
        };
        editor.widget = spin;
        break;
    }
    case Kind::Colour: {
        auto* button = new QPushButton;
        connect(button, &QPushButton::clicked, this, [this, key, button, label = field.label] {
            const QColor colour = QColorDialog::getColor(QColor(button->text()), this, label);
            if (colour.isValid())
                edited(key, colour.name(), false);
        });
        editor.set = [button](const QJsonValue& value) { paintSwatch(button, value.toString()); };
        editor.widget = button;
        break;
    }
    case Kind::Check: {
        auto* check = new QCheckBox;
        connect(check, &QCheckBox::toggled, this, [this, key](bool on) { edited(key, on, false); });
        editor.set = [check](const QJsonValue& value) {
            if (check->isChecked() != value.toBool())
                check->setChecked(value.toBool());
        };
        editor.widget = check;
        break;
    }
    case Kind::Choice: {
        auto* combo = new QComboBox;
        for (const auto& choice : field.choices)
            combo->addItem(choice.first, choice.second.toVariant());
        connect(combo, &QComboBox::activated, this, [this, key, combo](int index) {
            edited(key, QJsonValue::fromVariant(combo->itemData(index)), false);
        });
        editor.set = [combo](const QJsonValue& value) {
            const int index = combo->findData(value.toVariant());
            if (index >= 0)
                combo->setCurrentIndex(index);
        };
        editor.widget = combo;
        break;
    }
    }
    editor.widget->setObjectName(key);
    form->addRow(field.label, editor.widget);
    m_editors.append(editor);
}

void PropertyPanel::showBlock(const TemplateDocument& document, const QString& blockId)
{
    const TemplateBlock* block = document.block(blockId);
    m_blockId = block ? blockId : QString();
    m_blockShown = block != nullptr;
    m_editors.clear();

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("propertyTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setText(block ? BlockPalette::displayName(TemplateBlock::typeKey(block->type)) : tr("Template settings"));
    layout->addWidget(m_title);
    if (block && block->type == TemplateBlock::Type::Image) {
        auto* choose = new QPushButton(tr("Choose image…"));
        choose->setObjectName(QStringLiteral("chooseImage"));
        connect(choose, &QPushButton::clicked, this, [this] { emit chooseImageRequested(m_blockId); });
        layout->addWidget(choose);
        auto* hint = new QLabel(tr("Or drop an image file here or on the canvas."));
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const Field& field : fieldsFor(document, m_blockId))
        addEditor(form, field);
    layout->addLayout(form);
    layout->addStretch(1);
    setWidget(page); // deletes the previous form
    refresh(document);
}

void PropertyPanel::refresh(const TemplateDocument& document)
{
    if (m_blockShown && !document.block(m_blockId)) {
        showBlock(document, {});
        return;
    }
    m_updating = true;
    for (const Editor& editor : m_editors)
        editor.set(valueOf(document, editor.field));
    m_updating = false;
}

void PropertyPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PropertyPanel::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        emit imageFilesDropped(paths);
    }
}

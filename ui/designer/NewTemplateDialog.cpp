// NewTemplateDialog: a blank template or a starter, and its name.
#include "NewTemplateDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

TemplateDocument NewTemplateDialog::blankTemplate(const QString& language)
{
    TemplateDocument document;
    document.language = language;
    document.name = tr("Untitled template");
    // The footer carries what Japanese law requires in every mail: a blank template starts legal.
    document.blocks.append(document.newBlock(TemplateBlock::Type::Heading));
    document.blocks.append(document.newBlock(TemplateBlock::Type::Text));
    document.blocks.append(document.newBlock(TemplateBlock::Type::Footer));
    return document;
}

QList<NewTemplateDialog::Choice> NewTemplateDialog::choices()
{
    const auto blank = [](const QString& language) {
        return [language]() -> Result<LoadedStarter> { return LoadedStarter {blankTemplate(language), {}}; };
    };
    QList<Choice> list = {
        {tr("Blank template (Japanese)"), tr("A heading, a text and the sender footer."), blank(QStringLiteral("ja"))},
        {tr("Blank template (English)"), tr("A heading, a text and the sender footer."), blank(QStringLiteral("en"))},
    };
    const QString preferred = StarterTemplates::defaultLanguage();
    if (preferred == QLatin1String("en")) {
        list.swapItemsAt(0, 1);
    }
    // The starters, those in the user's language first.
    QList<StarterTemplate> starters = StarterTemplates::list(preferred);
    for (const StarterTemplate& starter : StarterTemplates::list()) {
        if (starter.language != preferred) {
            starters.append(starter);
        }
    }
    for (const StarterTemplate& starter : starters) {
        const QString language = starter.language == QLatin1String("ja") ? tr("Japanese") : tr("English");
        list.append({tr("%1 (%2)").arg(starter.name, language),
                     tr("A starter template with sample text and pictures to replace."),
                     [id = starter.id, lang = starter.language] { return StarterTemplates::load(id, lang); }});
    }
    return list;
}

NewTemplateDialog::NewTemplateDialog(QWidget* parent)
    : QDialog(parent)
    , m_choices(choices())
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
{
    setWindowTitle(tr("New template"));
    for (const Choice& choice : m_choices) {
        auto* item = new QListWidgetItem(choice.title, m_list);
        item->setToolTip(choice.description);
    }
    m_list->setCurrentRow(0);
    m_name->setText(tr("Untitled template"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row > 1 && row < m_choices.size()) {
            m_name->setText(m_choices.at(row).title); // a starter names the template after itself
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, 380);
}

Result<LoadedStarter> NewTemplateDialog::chosen() const
{
    const int row = qBound(0, m_list->currentRow(), int(m_choices.size()) - 1);
    Result<LoadedStarter> starter = m_choices.at(row).make();
    const QString name = m_name->text().trimmed();
    if (starter && !name.isEmpty()) {
        starter.value().document.name = name;
    }
    return starter;
}

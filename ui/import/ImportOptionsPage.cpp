// Import wizard, page 3: the list to add everyone to, tags, and what to do with addresses already stored.
#include "ImportOptionsPage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "contacts/ContactRepository.h"
#include "import/ImportWizard.h"

ImportOptionsPage::ImportOptionsPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_list(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_update(new QRadioButton(tr("&Update them with the file's values (empty cells change nothing)"), this))
    , m_skip(new QRadioButton(tr("&Skip them and keep what is stored"), this))
{
    setTitle(tr("Options"));
    setSubTitle(tr("An import is all or nothing: if it fails or you cancel it, no contact is changed."));
    m_list->setEditable(true);
    m_list->setInsertPolicy(QComboBox::NoInsert);
    m_tags->setPlaceholderText(tr("separated by ; (e.g. 2026 fair; Osaka)"));
    m_update->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_update);
    group->addButton(m_skip);
    auto* duplicates = new QVBoxLayout;
    duplicates->addWidget(m_update);
    duplicates->addWidget(m_skip);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Add to &list:"), m_list);
    form->addRow(tr("Add &tags:"), m_tags);
    form->addRow(tr("Addresses already in your contacts:"), duplicates);
}

void ImportOptionsPage::initializePage()
{
    m_list->clear();
    m_list->addItem(QString());
    m_list->addItems(ContactRepository(m_wizard->database()).listNames());
    m_list->lineEdit()->setPlaceholderText(tr("No list, or type a new list's name"));
}

bool ImportOptionsPage::validatePage()
{
    ImportOptions& options = m_wizard->options();
    options.list = m_list->currentText().trimmed();
    options.tags.clear();
    static const QRegularExpression separators(QStringLiteral("[;|；、]"));
    for (const QString& tag : m_tags->text().split(separators, Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty()) {
            options.tags << tag.trimmed();
        }
    }
    options.duplicates = m_skip->isChecked() ? DuplicatePolicy::Skip : DuplicatePolicy::Update;
    return true;
}

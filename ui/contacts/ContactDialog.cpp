// Add or edit one contact, with the address checked as it is typed.
#include "ContactDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>

#include "contacts/ContactRepository.h"
#include "contacts/EmailAddress.h"

ContactDialog::ContactDialog(Database database, qint64 contactId, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
{
    ContactRepository repository(m_database);
    if (contactId != 0) {
        m_contact = repository.find(contactId).value_or(Contact());
    }
    setWindowTitle(m_contact.id == 0 ? tr("New contact") : tr("Edit contact"));
    auto* form = new QFormLayout(this);
    auto addEdit = [&](const QString& label, const QString& value) {
        auto* edit = new QLineEdit(value, this);
        form->addRow(label, edit);
        return edit;
    };
    m_email = addEdit(tr("&Email:"), m_contact.email);
    m_email->setObjectName(QStringLiteral("email"));
    m_familyName = addEdit(tr("&Family name (姓):"), m_contact.familyName);
    m_givenName = addEdit(tr("&Given name (名):"), m_contact.givenName);
    m_furigana = addEdit(tr("F&urigana:"), m_contact.furigana);
    m_company = addEdit(tr("&Company:"), m_contact.company);
    m_phone = addEdit(tr("&Phone:"), m_contact.phone);

    m_status = new QComboBox(this);
    for (ContactStatus status : {ContactStatus::Subscribed,
                                 ContactStatus::Unsubscribed,
                                 ContactStatus::Bounced,
                                 ContactStatus::Complained,
                                 ContactStatus::Pending}) {
        m_status->addItem(ContactStatusText::displayName(status), static_cast<int>(status));
    }
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(m_contact.status)));
    form->addRow(tr("&Status:"), m_status);

    m_tags = addEdit(tr("&Tags:"), m_contact.tags.join(QStringLiteral("; ")));
    m_tags->setPlaceholderText(tr("separated by ; (e.g. vip; 2026 fair)"));
    auto* completer = new QCompleter(repository.tagNames(), m_tags);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(completer);

    m_lists = new QListWidget(this);
    m_lists->setMaximumHeight(110);
    QStringList listNames = repository.listNames();
    for (const QString& name : std::as_const(m_contact.lists)) {
        if (!listNames.contains(name)) {
            listNames << name;
        }
    }
    for (const QString& name : std::as_const(listNames)) {
        auto* item = new QListWidgetItem(name, m_lists);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_contact.lists.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    form->addRow(tr("&Lists:"), m_lists);
    m_newList = new QLineEdit(this);
    m_newList->setPlaceholderText(tr("Add to a new list…"));
    form->addRow(QString(), m_newList);

    for (const CustomField& field : repository.customFields()) {
        m_customEdits.insert(field.key,
                             addEdit(field.label + QLatin1Char(':'), m_contact.customValues.value(field.key)));
    }

    // Declaring a custom field is its own step: it exists for every contact from now on, even if this one is
    // not saved.
    auto* addField = new QPushButton(tr("Add a custom &field…"), this);
    form->addRow(QString(), addField);
    connect(addField, &QPushButton::clicked, this, [this, form, addField] {
        bool ok = false;
        const QString name = QInputDialog::getText(this,
                                                   tr("New custom field"),
                                                   tr("Name of the field (e.g. 会員ランク, birthday):"),
                                                   QLineEdit::Normal,
                                                   QString(),
                                                   &ok)
                                 .trimmed();
        if (!ok || name.isEmpty() || m_customEdits.contains(name)) {
            return;
        }
        const Result<qint64> created = ContactRepository(m_database).ensureCustomField(name, name);
        if (!created) {
            m_message->setText(created.error());
            return;
        }
        int row = 0;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(addField, &row, &role);
        auto* edit = new QLineEdit(this);
        form->insertRow(row, name + QLatin1Char(':'), edit);
        m_customEdits.insert(name, edit);
        edit->setFocus();
    });

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    form->addRow(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    connect(m_email, &QLineEdit::textChanged, this, &ContactDialog::validate);
    validate();
    resize(460, sizeHint().height());
}

void ContactDialog::validate()
{
    const EmailCheck check = EmailAddress::check(m_email->text());
    QString message;
    if (m_email->text().trimmed().isEmpty()) {
        message = tr("An email address is required.");
    } else if (!check.valid) {
        message = tr("This address cannot receive mail: %1").arg(check.error);
    } else if (!check.warning.isEmpty()) {
        message = tr("Accepted: %1").arg(check.warning);
    }
    m_message->setText(message);
    m_message->setStyleSheet(check.valid ? QString() : QStringLiteral("color: #b00020;"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(check.valid);
}

Contact ContactDialog::contactFromForm() const
{
    Contact contact = m_contact;
    contact.email = m_email->text().trimmed();
    contact.familyName = m_familyName->text().trimmed();
    contact.givenName = m_givenName->text().trimmed();
    contact.furigana = m_furigana->text().trimmed();
    contact.company = m_company->text().trimmed();
    contact.phone = m_phone->text().trimmed();
    contact.status = static_cast<ContactStatus>(m_status->currentData().toInt());
    contact.tags.clear();
    static const QRegularExpression separators(QStringLiteral("[;|,；、]"));
    for (const QString& tag : m_tags->text().split(separators, Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty()) {
            contact.tags << tag.trimmed();
        }
    }
    contact.lists.clear();
    for (int i = 0; i < m_lists->count(); ++i) {
        if (m_lists->item(i)->checkState() == Qt::Checked) {
            contact.lists << m_lists->item(i)->text();
        }
    }
    if (!m_newList->text().trimmed().isEmpty()) {
        contact.lists << m_newList->text().trimmed();
    }
    for (auto it = m_customEdits.cbegin(); it != m_customEdits.cend(); ++it) {
        contact.customValues.insert(it.key(), it.value()->text().trimmed());
    }
    if (contact.id == 0 && contact.consentSource.isEmpty()) {
        contact.consentSource = QStringLiteral("manual"); // stored language-neutral
        contact.consentAt = QDateTime::currentDateTimeUtc();
    }
    return contact;
}

void ContactDialog::accept()
{
    ContactRepository repository(m_database);
    const Contact contact = contactFromForm();
    if (contact.id == 0) {
        const Result<qint64> added = repository.add(contact);
        if (!added) {
            m_message->setText(added.error());
            m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
            return;
        }
        m_contact.id = *added;
    } else {
        const Status updated = repository.update(contact);
        if (!updated) {
            m_message->setText(updated.error());
            m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
            return;
        }
    }
    QDialog::accept();
}

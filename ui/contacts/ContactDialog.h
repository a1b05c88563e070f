// Add or edit one contact, with the address checked as it is typed.
#pragma once

#include <QDialog>
#include <QMap>

#include "contacts/Contact.h"
#include "storage/Database.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    // contactId 0 = a new contact.
    ContactDialog(Database database, qint64 contactId, QWidget* parent = nullptr);

    qint64 savedId() const { return m_contact.id; }
    QLineEdit* emailEdit() const { return m_email; }

public slots:
    void accept() override;

private:
    void validate();
    Contact contactFromForm() const;

    Database m_database;
    Contact m_contact;
    QLineEdit* m_email;
    QLineEdit* m_familyName;
    QLineEdit* m_givenName;
    QLineEdit* m_furigana;
    QLineEdit* m_company;
    QLineEdit* m_phone;
    QComboBox* m_status;
    QLineEdit* m_tags;
    QListWidget* m_lists;
    QLineEdit* m_newList;
    QMap<QString, QLineEdit*> m_customEdits;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

// SendTestDialog: "Send test…" — the address to send to (the sender's own by default), the subject, and the
// result: the relay's reply, or where the outbox file went. The sending is TestMailSender's.
#pragma once

#include <QDialog>

#include "delivery/TestMailSender.h"
#include "storage/Database.h"

class QLabel;
class QLineEdit;
class QPushButton;

class SendTestDialog : public QDialog
{
    Q_OBJECT

public:
    // `problem`: a reason the test cannot be sent as it is (an image missing); shown, and Send stays disabled.
    SendTestDialog(Database database, TestMail mail, const QString& problem, QWidget* parent = nullptr);

    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QLabel* resultLabel() const { return m_result; }
    TestMailSender* sender() const { return m_sender; }

public slots:
    void send();

private:
    void showResult(const QString& text, bool ok);

    TestMail m_mail;
    TestMailSender* m_sender = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_subject = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_send = nullptr;
};

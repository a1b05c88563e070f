// SendTestDialog: a form over TestMailSender.
#include "preview/SendTestDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "contacts/ContactRepository.h"
#include "senders/SenderIdentityStore.h"

SendTestDialog::SendTestDialog(Database database, TestMail mail, const QString& problem, QWidget* parent)
    : QDialog(parent)
    , m_mail(std::move(mail))
{
    setWindowTitle(tr("Send a test message"));
    m_sender = new TestMailSender(database, this);
    const auto identity = SenderIdentityStore(database).defaultIdentity();
    m_address = new QLineEdit(m_mail.toAddress.isEmpty() && identity ? identity->address : m_mail.toAddress);
    m_address->setPlaceholderText(tr("you@example.jp"));
    m_subject = new QLineEdit(m_mail.subject);
    QString personalisedAs = tr("Sample data (your own sender name)");
    if (m_mail.contactId != 0) {
        if (const auto contact = ContactRepository(database).find(m_mail.contactId)) {
            personalisedAs = QStringLiteral("%1 <%2>").arg(contact->fullName(), contact->email);
        }
    }
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Send &to:"), m_address);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("Personalised as:"), new QLabel(personalisedAs));
    auto* note = new QLabel(tr("The subject starts with %1 and the links in a test unsubscribe no one.")
                                .arg(TestMailSender::subjectPrefix(m_mail.language).trimmed()));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    connect(m_send, &QPushButton::clicked, this, &SendTestDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_sender, &TestMailSender::finished, this, [this](const TransportResult& result) {
        showResult(TestMailSender::describe(result), result.outcome == TransportResult::Outcome::Accepted);
    });
    connect(m_sender, &TestMailSender::error, this, [this](const QString& message) { showResult(message, false); });
    if (!problem.isEmpty()) {
        showResult(problem, false);
        m_send->setEnabled(false);
    }
}

void SendTestDialog::send()
{
    m_mail.toAddress = m_address->text().trimmed();
    m_mail.subject = m_subject->text();
    m_send->setEnabled(false);
    m_result->setText(tr("Sending to %1…").arg(m_mail.toAddress));
    m_sender->send(m_mail);
}

void SendTestDialog::showResult(const QString& text, bool ok)
{
    QString shown = text;
    if (ok && !m_sender->warnings().isEmpty()) {
        shown += QLatin1Char('\n') + m_sender->warnings().join(QLatin1Char('\n'));
    }
    m_result->setText(shown);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: palette(highlight);"));
    m_send->setEnabled(true);
}

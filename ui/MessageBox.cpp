// QMessageBox behind one door, so GUI tests can answer the next question instead of a person (as in KeePassXC).
#include "MessageBox.h"

#include <QAbstractButton>

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastText;

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

QMessageBox::StandardButton
MessageBox::takeAnswer(const QString& text, QMessageBox::StandardButton fallback, bool* answered)
{
    s_lastText = text;
    *answered = s_nextAnswer != QMessageBox::NoButton;
    const QMessageBox::StandardButton answer = *answered ? s_nextAnswer : fallback;
    s_nextAnswer = QMessageBox::NoButton;
    return answer;
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent,
                                                 const QString& title,
                                                 const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    bool answered = false;
    const QMessageBox::StandardButton answer = takeAnswer(text, defaultButton, &answered);
    return answered ? answer : QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent,
                                                 const QString& title,
                                                 const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton,
                                                 const QHash<QMessageBox::StandardButton, QString>& buttonTexts)
{
    bool answered = false;
    const QMessageBox::StandardButton answer = takeAnswer(text, defaultButton, &answered);
    if (answered) {
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = buttonTexts.cbegin(); it != buttonTexts.cend(); ++it) {
        if (QAbstractButton* button = box.button(it.key())) {
            button->setText(it.value());
        }
    }
    return QMessageBox::StandardButton(box.exec());
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    bool answered = false;
    takeAnswer(text, QMessageBox::Ok, &answered);
    if (!answered) {
        QMessageBox::warning(parent, title, text);
    }
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    bool answered = false;
    takeAnswer(text, QMessageBox::Ok, &answered);
    if (!answered) {
        QMessageBox::information(parent, title, text);
    }
}

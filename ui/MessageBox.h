// QMessageBox behind one door, so GUI tests can answer the next question instead of a person (as in KeePassXC).
#pragma once

#include <QHash>
#include <QMessageBox>

class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent,
                                                const QString& title,
                                                const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // The same with the buttons' own words ("Send now", "Keep as draft") instead of Yes / No.
    static QMessageBox::StandardButton question(QWidget* parent,
                                                const QString& title,
                                                const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton,
                                                const QHash<QMessageBox::StandardButton, QString>& buttonTexts);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);

    // Tests: the next dialog returns this at once instead of showing itself.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: the text of the last dialog, answered or shown.
    static QString lastText();

private:
    static QMessageBox::StandardButton
    takeAnswer(const QString& text, QMessageBox::StandardButton fallback, bool* answered);
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastText;
};

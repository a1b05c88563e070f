// NewTemplateDialog: "New from starter…" — a blank template or one of the starter templates, and a name.
#pragma once

#include <functional>

#include <QDialog>

#include "templates/StarterTemplates.h"
#include "templates/TemplateDocument.h"

class QLineEdit;
class QListWidget;

class NewTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString title;
        QString description;
        std::function<Result<LoadedStarter>()> make;
    };
    // Blank first, then the starters. The one place starters plug in.
    static QList<Choice> choices();
    static TemplateDocument blankTemplate(const QString& language);

    explicit NewTemplateDialog(QWidget* parent = nullptr);

    // The chosen document with its images, named as the user typed; an error if a starter cannot be read.
    Result<LoadedStarter> chosen() const;
    QListWidget* list() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }

private:
    QList<Choice> m_choices;
    QListWidget* m_list;
    QLineEdit* m_name;
};

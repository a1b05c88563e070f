// PreviewDialog: the preview pane in a window of its own (from the templates library or the designer's toolbar).
#pragma once

#include <QDialog>

#include "storage/Database.h"

class PreviewPane;
class TemplateDocument;

class PreviewDialog : public QDialog
{
    Q_OBJECT

public:
    PreviewDialog(Database database, const TemplateDocument& document, qint64 templateId, QWidget* parent = nullptr);

    PreviewPane* pane() const { return m_pane; }

private:
    PreviewPane* m_pane = nullptr;
};

// PreviewDialog: a resizable window around PreviewPane.
#include "preview/PreviewDialog.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

#include "preview/PreviewPane.h"

PreviewDialog::PreviewDialog(Database database, const TemplateDocument& document, qint64 templateId, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preview — %1").arg(document.name));
    m_pane = new PreviewPane(std::move(database), this);
    m_pane->setDocument(document, templateId);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pane, 1);
    layout->addWidget(buttons);
    resize(1180, 860);
}

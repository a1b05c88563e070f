// DesignerDocument: the template being designed and its change notification.
#include "DesignerDocument.h"

DesignerDocument::DesignerDocument(TemplateDocument document, QObject* parent)
    : QObject(parent)
    , m_document(std::move(document))
{
}

void DesignerDocument::notifyChanged(const QString& selectId, bool canvasUpToDate)
{
    emit changed(selectId, canvasUpToDate);
}

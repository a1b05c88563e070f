// DesignerDocument: the template being designed, shared by the designer's undo commands, canvas and property panel;
// every change made through a command is announced once, so the views and the autosave follow.
#pragma once

#include <QObject>

#include "templates/TemplateDocument.h"

class DesignerDocument : public QObject
{
    Q_OBJECT

public:
    explicit DesignerDocument(TemplateDocument document, QObject* parent = nullptr);

    const TemplateDocument& document() const { return m_document; }
    // For undo commands only: they change the document and then call notifyChanged.
    TemplateDocument& edit() { return m_document; }
    // `selectId`: the block to select afterwards (empty: keep the selection if the block still exists).
    // `canvasUpToDate`: the canvas already shows the change (text typed into it), no need to load it again.
    void notifyChanged(const QString& selectId = {}, bool canvasUpToDate = false);

signals:
    void changed(const QString& selectId, bool canvasUpToDate);

private:
    TemplateDocument m_document;
};

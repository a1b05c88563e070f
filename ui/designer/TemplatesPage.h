// TemplatesPage: the Templates section — the library of templates with thumbnails, and New, Open, Duplicate,
// Rename, Delete, Import and Export. Opening a template starts a DesignerWindow (one per template).
#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

#include "DesignerWindow.h"
#include "templates/StarterTemplates.h"
#include "templates/TemplateStore.h"

class QListWidget;
class QPushButton;

class TemplatesPage : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatesPage(Database database, QWidget* parent = nullptr);
    // Open designers are deleted with the library; each saves its last edit as it goes.
    ~TemplatesPage() override;

    QListWidget* list() const { return m_list; }
    // The id of the selected template (0: none).
    qint64 currentId() const;
    void selectTemplate(qint64 id);
    // The designer open on `id`, if any (tests).
    DesignerWindow* designer(qint64 id) const { return m_designers.value(id); }

    // A new template from a blank document or a starter (with its images); the library lists it.
    Result<qint64> createTemplate(const Result<LoadedStarter>& starter);

public slots:
    void reload();
    void newTemplate();
    DesignerWindow* openTemplate(qint64 id);
    void duplicateCurrent();
    void renameCurrent();
    void deleteCurrent();
    void importFile(const QString& path = {});
    void exportCurrent(const QString& path = {});
    // Closes every open designer (each saves first), e.g. when the main window closes.
    void closeDesigners();

private:
    // An .html file → a raw-HTML template (sanitised; a taken name gets " (2)").
    Result<qint64> importHtml(const QString& baseName, const QByteArray& bytes);
    void updateButtons();

    Database m_database;
    TemplateStore m_store;
    QListWidget* m_list;
    QPushButton* m_open;
    QPushButton* m_duplicate;
    QPushButton* m_rename;
    QPushButton* m_delete;
    QPushButton* m_export;
    QHash<qint64, QPointer<DesignerWindow>> m_designers;
};

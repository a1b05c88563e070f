// PropertyPanel: the designer's right side — the selected block's properties, or with nothing selected the
// document settings — as Qt widgets. It changes nothing itself: every edit is a signal the designer turns into an
// undo command.
#pragma once

#include <functional>

#include <QJsonValue>
#include <QScrollArea>

#include "templates/TemplateDocument.h"

class QFormLayout;
class QLabel;

class PropertyPanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit PropertyPanel(QWidget* parent = nullptr);

    // Builds the form for `blockId` (empty: the document settings) and fills it from `document`.
    void showBlock(const TemplateDocument& document, const QString& blockId);
    // Puts the document's current values into the form (after undo, a canvas edit …) without rebuilding it, so
    // the field being typed into keeps its cursor.
    void refresh(const TemplateDocument& document);
    QString blockId() const { return m_blockId; }
    // The editor of one property or setting ("text", "contentWidth" …), for tests; null if not shown.
    QWidget* editor(const QString& key) const;

    // The document settings as the panel edits them: key → value in the file's terms (docs/TEMPLATE_FORMAT.md).
    static QJsonValue settingValue(const TemplateDocument& document, const QString& key);
    static void setSetting(TemplateDocument* document, const QString& key, const QJsonValue& value);

signals:
    // `typing`: one of a run of edits to the same field (merged into one undo step).
    void blockPropertyEdited(const QString& blockId, const QString& key, const QJsonValue& value, bool typing);
    void settingEdited(const QString& key, const QJsonValue& value, bool typing);
    // HTML typed into the panel for a text or HTML block: the designer sanitises it before it is set.
    void htmlApplied(const QString& blockId, const QString& key, const QString& html);
    void chooseImageRequested(const QString& blockId);
    void imageFilesDropped(const QStringList& paths);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    enum class Kind { Line, Multi, Html, Integer, Colour, Check, Choice, SocialLinks };
    struct Field
    {
        QString key;
        QString label;
        Kind kind;
        QJsonValue fallback;
        QList<QPair<QString, QJsonValue>> choices; // Choice: label → value
        int minimum = 0;
        int maximum = 0;
    };
    struct Editor
    {
        Field field;
        QWidget* widget;
        std::function<void(const QJsonValue&)> set; // shows a value without emitting
    };

    QList<Field> fieldsFor(const TemplateDocument& document, const QString& blockId) const;
    QJsonValue valueOf(const TemplateDocument& document, const Field& field) const;
    void addEditor(QFormLayout* form, const Field& field);
    void edited(const QString& key, const QJsonValue& value, bool typing);

    QString m_blockId;
    bool m_blockShown = false;
    QLabel* m_title = nullptr;
    QList<Editor> m_editors;
    bool m_updating = false;
};

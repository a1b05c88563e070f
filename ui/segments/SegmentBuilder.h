// SegmentBuilder: builds a segment with clicks — rows of conditions (field/tag/list/status, operator, value) in
// nested AND/OR groups with NOT — over the same tree as the text form, which it shows and accepts (a text edit
// that round-trips). Shows a live count of matching contacts, computed off the GUI thread. Saved segments
// (segments/SegmentStore) are loaded from a combo, saved under a name and deleted here.
#pragma once

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include "storage/Database.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SegmentGroupEditor;

class SegmentBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentBuilder(Database database, QWidget* parent = nullptr);

    // The segment text form (CLI contract); "" = every contact who may be mailed.
    QString text() const;
    // Loads a text form into the builder; false (and the reason in errorText()) when it does not parse.
    bool setText(const QString& text);
    QString errorText() const;
    // The latest live count; -1 while counting or when the segment is invalid.
    qint64 count() const;

public slots:
    // Saves the builder's segment under `name` (replacing the saved segment of that name, ignoring case) and selects
    // it in "Saved segments"; false, after saying why in a message box, when there is nothing to save or the store
    // refuses it. "Save as…" asks the name (and before replacing another one), then calls this.
    bool saveAs(const QString& name);
    // Reads the saved segments again (one another builder saved meanwhile), keeping the selection.
    void reloadSaved();

signals:
    void changed(const QString& text);
    void countChanged(qint64 count); // -1: counting / invalid

private:
    // What the worker thread hands back: the counts, or why there are none, and the line to show.
    struct CountOutcome
    {
        qint64 matching = -1;
        qint64 mailable = -1;
        QString error;
        QString message;
    };

    void rowsChanged();
    void textEdited(const QString& text);
    void showText();
    void scheduleCount();
    void startCount();
    void countFinished();
    void setCount(qint64 count);
    void askSaveName();
    void loadSaved(int index);
    void deleteSaved();
    qint64 selectedSavedId() const;
    void selectSaved(qint64 id);

    Database m_database;
    SegmentGroupEditor* m_root = nullptr;
    QLineEdit* m_textEdit = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_countLabel = nullptr;
    QComboBox* m_saved = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QString m_text;      // the builder's tree as text: what text() returns
    QString m_textError; // the text box's parse error, while it does not parse
    QString m_countError;
    qint64 m_count = -1;
    QTimer m_debounce;
    QFutureWatcher<CountOutcome> m_watcher;
    int m_generation = 0;
};

// Settings → DKIM keys: the keys (domain, selector, type), Generate… and Import PEM…, and for the selected key the
// DNS name and TXT record to publish, with a Copy button.
#pragma once

#include <QPointer>
#include <QWidget>

#include "DkimKeyDialog.h"
#include "senders/DkimKeyStore.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

class DkimKeysSection : public QWidget
{
    Q_OBJECT

public:
    explicit DkimKeysSection(DkimKeyStore store, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QPushButton* generateButton() const { return m_generate; }
    QLabel* dnsNameLabel() const { return m_dnsName; }
    QPlainTextEdit* txtRecordEdit() const { return m_txt; }
    QPushButton* copyButton() const { return m_copy; }
    // The dialog last opened by Generate… or Import PEM…, for tests.
    DkimKeyDialog* dialog() const { return m_dialog; }

public slots:
    void reload();
    void generateKey();
    void importKey();
    void removeKey();

private:
    qint64 currentId() const;
    void showDetails();
    void openDialog(const QString& pemPath);

    DkimKeyStore m_store;
    QTreeWidget* m_list;
    QPushButton* m_generate;
    QPushButton* m_import;
    QPushButton* m_remove;
    QLabel* m_dnsName;
    QPlainTextEdit* m_txt;
    QPushButton* m_copy;
    QPointer<DkimKeyDialog> m_dialog;
};

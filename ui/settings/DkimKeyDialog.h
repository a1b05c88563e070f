// "Generate DKIM key…" (domain, selector, type; the key is made on a worker thread, RSA takes a moment, and stored
// when it is ready) and "Import PEM…" (domain and selector for a key file the user already has).
#pragma once

#include <QDialog>

#include "senders/DkimKeyStore.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

class DkimKeyDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty pemPath generates a new key; otherwise the file is imported.
    DkimKeyDialog(DkimKeyStore store, QString pemPath = {}, QWidget* parent = nullptr);

    QLineEdit* domainEdit() const { return m_domain; }
    QLineEdit* selectorEdit() const { return m_selector; }
    QComboBox* typeBox() const { return m_type; }
    QLabel* messageLabel() const { return m_message; }
    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    void generate(const QString& domain, const QString& selector);

    DkimKeyStore m_store;
    QString m_pemPath;
    QLineEdit* m_domain;
    QLineEdit* m_selector;
    QComboBox* m_type;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    qint64 m_savedId = 0;
    bool m_generating = false;
};

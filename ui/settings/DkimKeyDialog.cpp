// "Generate DKIM key…" with generation off the GUI thread, and "Import PEM…".
#include "DkimKeyDialog.h"

#include <memory>

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using GeneratedKey = std::shared_ptr<Result<DkimKey>>; // QFuture wants a default-constructible value

DkimKeyDialog::DkimKeyDialog(DkimKeyStore store, QString pemPath, QWidget* parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_pemPath(std::move(pemPath))
    , m_domain(new QLineEdit(this))
    , m_selector(new QLineEdit(QStringLiteral("tayori") + QString::number(QDate::currentDate().year()), this))
    , m_type(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool importing = !m_pemPath.isEmpty();
    setWindowTitle(importing ? tr("Import DKIM key") : tr("Generate DKIM key"));
    m_domain->setPlaceholderText(QStringLiteral("example.co.jp"));
    m_type->addItem(tr("RSA 2048-bit (recommended: every receiver verifies it)"), int(DkimKey::Algorithm::Rsa));
    m_type->addItem(tr("Ed25519 (short; add it beside an RSA key, not instead)"), int(DkimKey::Algorithm::Ed25519));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(importing ? tr("&Import") : tr("&Generate"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Domain:"), m_domain);
    form->addRow(tr("&Selector:"), m_selector);
    if (importing) {
        m_type->hide();
        form->addRow(tr("Key file:"), new QLabel(QDir::toNativeSeparators(m_pemPath), this));
    } else {
        form->addRow(tr("&Type:"), m_type);
    }
    auto* note = new QLabel(tr("The domain is the one in your From address. The selector names this key in DNS; a "
                               "new selector each year makes changing keys painless."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DkimKeyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DkimKeyDialog::reject);
}

void DkimKeyDialog::accept()
{
    if (m_generating) {
        return;
    }
    const Result<QString> domain = DkimKeyStore::normalizeDomain(m_domain->text());
    const Result<QString> selector = DkimKeyStore::normalizeSelector(m_selector->text());
    if (!domain || !selector) {
        m_message->setText(!domain ? domain.error() : selector.error());
        return;
    }
    if (!m_pemPath.isEmpty()) {
        const Result<DkimKeyRecord> imported = m_store.importPem(*domain, *selector, m_pemPath);
        if (!imported) {
            m_message->setText(imported.error());
            return;
        }
        m_savedId = imported->id;
        QDialog::accept();
        return;
    }
    generate(*domain, *selector);
}

void DkimKeyDialog::generate(const QString& domain, const QString& selector)
{
    const auto algorithm = DkimKey::Algorithm(m_type->currentData().toInt());
    m_generating = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_message->setText(tr("Generating the key…"));
    auto* watcher = new QFutureWatcher<GeneratedKey>(this);
    connect(watcher, &QFutureWatcher<GeneratedKey>::finished, this, [this, watcher, domain, selector] {
        const GeneratedKey key = watcher->result();
        watcher->deleteLater();
        m_generating = false;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!key->ok()) {
            m_message->setText(key->error());
            return;
        }
        // Writing the file and the row is quick; the database connection belongs to this thread.
        const Result<DkimKeyRecord> saved = m_store.save(domain, selector, key->value());
        if (!saved) {
            m_message->setText(saved.error());
            return;
        }
        m_savedId = saved->id;
        QDialog::accept();
    });
    watcher->setFuture(
        QtConcurrent::run([algorithm] { return std::make_shared<Result<DkimKey>>(DkimKey::generate(algorithm)); }));
}

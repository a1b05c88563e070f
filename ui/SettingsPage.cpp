// The Settings section: General, Mail servers, Senders, DKIM keys.
#include "SettingsPage.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "i18n/Translations.h"
#include "settings/DkimKeysSection.h"
#include "settings/IdentitiesSection.h"
#include "settings/RelaysSection.h"
#include "web/PublicAddress.h"

SettingsPage::SettingsPage(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_language(new QComboBox(this))
    , m_webAddress(new QLineEdit(this))
    , m_webAddressStatus(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_relays(new RelaysSection(database, this))
    , m_identities(new IdentitiesSection(database, this))
    , m_dkimKeys(new DkimKeysSection(DkimKeyStore(database), this))
{
    m_tabs->addTab(makeGeneralTab(database), tr("General"));
    m_tabs->addTab(m_relays, tr("Mail servers"));
    m_tabs->addTab(m_identities, tr("Senders"));
    m_tabs->addTab(m_dkimKeys, tr("DKIM keys"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

QWidget* SettingsPage::makeGeneralTab(const Database& database)
{
    auto* tab = new QWidget(this);
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::chosenLanguage())));
    auto* restartNote = new QLabel(tab);
    connect(m_language, &QComboBox::activated, this, [this, restartNote] {
        Translations::setChosenLanguage(m_language->currentData().toString());
        restartNote->setText(tr("The new language applies the next time Tayori starts."));
    });

    auto* path = new QLabel(QDir::toNativeSeparators(database.path()), tab);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* open = new QPushButton(tr("Open folder"), tab);
    const QString folder = QFileInfo(database.path()).absolutePath();
    connect(open, &QPushButton::clicked, this, [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });

    // Links in mail (one-click unsubscribe, preferences, hosted images) point here: tayori-cli serve's address.
    m_webAddress->setText(PublicAddress::load(database));
    m_webAddress->setPlaceholderText(tr("https://news.example.jp"));
    m_webAddressStatus->setWordWrap(true);
    m_webAddressStatus->setText(tr("Where recipients' unsubscribe and preference links point: the address at which "
                                   "tayori-cli serve answers. Needed to send through a mail server."));
    connect(m_webAddress, &QLineEdit::editingFinished, this, &SettingsPage::saveWebAddress);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restartNote);
    form->addRow(tr("&Web address:"), m_webAddress);
    form->addRow(QString(), m_webAddressStatus);
    form->addRow(tr("Contacts database:"), path);
    form->addRow(QString(), open);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addStretch();
    return tab;
}

void SettingsPage::saveWebAddress()
{
    const QString text = m_webAddress->text().trimmed();
    if (text == PublicAddress::load(m_database)) {
        return;
    }
    const Status saved = PublicAddress::save(m_database, text);
    if (!saved) {
        // Kept in the box, not stored: the user corrects it.
        m_webAddressStatus->setText(saved.error());
        return;
    }
    m_webAddress->setText(PublicAddress::load(m_database));
    m_webAddressStatus->setText(text.isEmpty()
                                    ? tr("Web address cleared.")
                                    : tr("Saved. Campaigns and step mail link to %1.").arg(m_webAddress->text()));
}

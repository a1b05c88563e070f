// The Settings section: interface language and where the data lives.
#include "SettingsPage.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include "i18n/Translations.h"

SettingsPage::SettingsPage(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_language(new QComboBox(this))
{
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::chosenLanguage())));
    auto* restartNote = new QLabel(this);
    connect(m_language, &QComboBox::activated, this, [this, restartNote] {
        Translations::setChosenLanguage(m_language->currentData().toString());
        restartNote->setText(tr("The new language applies the next time Tayori starts."));
    });

    auto* path = new QLabel(QDir::toNativeSeparators(database.path()), this);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* open = new QPushButton(tr("Open folder"), this);
    const QString folder = QFileInfo(database.path()).absolutePath();
    connect(open, &QPushButton::clicked, this, [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restartNote);
    form->addRow(tr("Contacts database:"), path);
    form->addRow(QString(), open);
    auto* later = new QLabel(tr("Mail servers, sender addresses and DKIM keys are set up here once sending is "
                                "available."),
                             this);
    later->setWordWrap(true);
    later->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(later);
    layout->addStretch();
}

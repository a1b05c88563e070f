// The Settings section, in tabs: General (interface language, where the data lives), Mail servers, Senders and
// DKIM keys (ui/settings/).
#pragma once

#include <QWidget>

#include "storage/Database.h"

class DkimKeysSection;
class IdentitiesSection;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class RelaysSection;

class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(const Database& database, QWidget* parent = nullptr);
    QComboBox* languageBox() const { return m_language; }
    QLineEdit* webAddressEdit() const { return m_webAddress; }
    QLabel* webAddressStatus() const { return m_webAddressStatus; }
    QTabWidget* tabs() const { return m_tabs; }
    RelaysSection* relaysSection() const { return m_relays; }
    IdentitiesSection* identitiesSection() const { return m_identities; }
    DkimKeysSection* dkimKeysSection() const { return m_dkimKeys; }

private:
    QWidget* makeGeneralTab(const Database& database);

    void saveWebAddress();

    Database m_database;
    QComboBox* m_language;
    QLineEdit* m_webAddress;
    QLabel* m_webAddressStatus;
    QTabWidget* m_tabs;
    RelaysSection* m_relays;
    IdentitiesSection* m_identities;
    DkimKeysSection* m_dkimKeys;
};

// The Settings section: interface language and where the data lives (relays and keys come with delivery).
#pragma once

#include <QWidget>

#include "storage/Database.h"

class QComboBox;

class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(const Database& database, QWidget* parent = nullptr);
    QComboBox* languageBox() const { return m_language; }

private:
    QComboBox* m_language;
};

// A section that a later version fills: says plainly what will be here, shows no made-up data.
#pragma once

#include <QWidget>

class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    EmptyStatePage(const QString& title, const QString& explanation, QWidget* parent = nullptr);
};

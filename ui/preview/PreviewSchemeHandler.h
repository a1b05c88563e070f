// PreviewSchemeHandler: serves the preview's page and the template's images under tayori-preview: — the mail's
// cid: images are shown from memory, never from the network; registered before QApplication (registerScheme()).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QWebEngineUrlSchemeHandler>

#include "templates/TemplateStore.h"

class PreviewSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    static QByteArray schemeName();      // "tayori-preview"
    static QUrl pageUrl(int generation); // tayori-preview:page?N — a new N makes WebEngine load it again
    static QString assetBaseUrl();       // tayori-preview:asset/
    // QWebEngineUrlScheme::registerScheme: must run before the QApplication is made (main.cpp, GUI tests).
    static void registerScheme();

    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    void setPage(const QString& html) { m_page = html.toUtf8(); }
    void setAssets(const QList<TemplateAsset>& assets);

    void requestStarted(QWebEngineUrlRequestJob* job) override;

private:
    QByteArray m_page;
    QHash<QString, TemplateAsset> m_assets;
};

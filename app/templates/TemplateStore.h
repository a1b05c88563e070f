// TemplateStore: the templates library in the database — documents, their images and thumbnails — and the
// .json export/import that carries a template with its images to another installation.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "common/Result.h"
#include "storage/Database.h"
#include "templates/TemplateDocument.h"

struct TemplateSummary
{
    qint64 id = 0;
    QString name;
    TemplateDocument::Kind kind = TemplateDocument::Kind::Blocks;
    QDateTime updatedAt;     // UTC
    QByteArray thumbnailPng; // empty until the designer made one
};

struct TemplateAsset
{
    QString name; // unique per template: "logo.png", "logo-2.png" …
    QByteArray mimeType;
    int width = 0;
    int height = 0;
    QByteArray data;
};

class TemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)

public:
    // Images larger than this are refused before they are read.
    static constexpr qint64 MaxImageFileBytes = 20 * 1024 * 1024;

    explicit TemplateStore(Database database);

    QList<TemplateSummary> list() const;                     // by name
    Result<qint64> create(const TemplateDocument& document); // refuses an empty name or one already taken
    Result<TemplateDocument> load(qint64 id) const;          // document.name is the library's name
    // One transaction: a crash leaves either the old or the new document, never half of one. document.name is not
    // stored (rename() changes the name), so an autosave never fails on a name another template has.
    Status save(qint64 id, const TemplateDocument& document);
    Status rename(qint64 id, const QString& name);
    Result<qint64> duplicate(qint64 id, const QString& newName); // assets copied too
    // Refused, naming the campaign, while a draft or scheduled campaign is made from it (checkRemovable()).
    Status remove(qint64 id);
    // Whether remove() would be allowed: the reason and what to do when a draft or scheduled campaign uses it.
    Status checkRemovable(qint64 id) const;
    Status setThumbnail(qint64 id, const QByteArray& png);

    // An image file's bytes → a stored asset, scaled down to at most 2× the content width (sharp on high-DPI
    // screens). Refuses, with the reason, what is not a PNG/JPEG/GIF/WebP image or is over MaxImageFileBytes.
    Result<TemplateAsset>
    addAsset(qint64 templateId, const QString& fileName, const QByteArray& data, int contentWidth);
    QList<TemplateAsset> assets(qint64 templateId) const;
    Result<TemplateAsset> asset(qint64 templateId, const QString& name) const;

    // The file of docs/TEMPLATE_FORMAT.md, with the assets embedded.
    Result<QByteArray> exportJson(qint64 id) const;
    // A new template from such a file (a name already taken gets " (2)"). Nothing is stored when the file, or
    // any asset in it, is bad.
    Result<qint64> importJson(const QByteArray& json);
    // The images embedded in such a file ("assets"), each checked as addAsset() checks a file; none when it has
    // none. For tools that use a file without storing it (tayori-cli template render).
    static Result<QList<TemplateAsset>> embeddedAssets(const QByteArray& json);

private:
    bool exists(qint64 id) const;
    bool nameTaken(const QString& name, qint64 exceptId) const;
    Status checkNewName(const QString& name, qint64 exceptId) const;
    Result<qint64> insert(const QString& name, const TemplateDocument& document);
    Status insertAsset(qint64 templateId, const TemplateAsset& asset);

    Database m_database;
};

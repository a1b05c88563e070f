// tayori-cli template list|import|export|render: the templates library from a script, and a template file rendered
// to the HTML and text a recipient would get.
#include "TemplateCommand.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>

#include "contacts/Contact.h"
#include "contacts/ContactRepository.h"
#include "contacts/PersonName.h"
#include "storage/Timestamp.h"
#include "templates/MergeTemplate.h"
#include "templates/MergeValues.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateStore.h"

namespace {
// A template file holds its images as base64, each at most TemplateStore::MaxImageFileBytes: this leaves room for a
// dozen of them and keeps a wrong file (a video, a disk image) from being read whole.
constexpr qint64 MaxTemplateFileBytes = 320LL * 1024 * 1024;
constexpr qint64 MaxDataFileBytes = 1024 * 1024;
// What the merge fields only the sender can fill become in a rendered preview (they are made per recipient).
const QString PreviewUnsubscribeUrl = QStringLiteral("#unsubscribe");
const QString PreviewPreferencesUrl = QStringLiteral("#preferences");

Result<QByteArray> readFile(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QByteArray>::failure(
            TemplateCommand::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > maxBytes) {
        return Result<QByteArray>::failure(TemplateCommand::tr("%1 is %2 MB, too large for this; check the file name.")
                                               .arg(QDir::toNativeSeparators(path))
                                               .arg(file.size() / (1024 * 1024)));
    }
    return file.readAll();
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path); // all or nothing: a failed write leaves what was there
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Status::failure(
            TemplateCommand::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return success();
}

QString kindName(TemplateDocument::Kind kind)
{
    return kind == TemplateDocument::Kind::Html ? QStringLiteral("html") : QStringLiteral("blocks");
}

// --data FILE.json: {"first_name": "太郎", "plan": "gold", …} → the values of one made-up recipient. Standard
// fields (MergeValues::standardFieldNames) fill the contact, any other key is a custom field.
struct RecipientData
{
    MergeValues values;
    QStringList customKeys;
};

Result<RecipientData> recipientFromData(const QString& path)
{
    const Result<QByteArray> bytes = readFile(path, MaxDataFileBytes);
    if (!bytes) {
        return Result<RecipientData>::failure(bytes.error());
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(*bytes, &error);
    if (!json.isObject()) {
        return Result<RecipientData>::failure(
            TemplateCommand::tr("%1 is not a JSON object of field names and values, such as "
                                "{\"first_name\": \"太郎\"}%2.")
                .arg(QDir::toNativeSeparators(path),
                     error.error != QJsonParseError::NoError
                         ? TemplateCommand::tr(" (%1 at character %2)").arg(error.errorString()).arg(error.offset)
                         : QString()));
    }
    Contact contact;
    QString fullName;
    QString unsubscribeUrl = PreviewUnsubscribeUrl;
    QString preferencesUrl = PreviewPreferencesUrl;
    QMap<QString, QString> custom;
    const QJsonObject object = json.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it->isArray() || it->isObject()) {
            return Result<RecipientData>::failure(
                TemplateCommand::tr("The value of \"%1\" in %2 is not text or a number; give it as \"text\".")
                    .arg(it.key(), QDir::toNativeSeparators(path)));
        }
        const QString value = it->isString() ? it->toString() : it->isNull() ? QString() : it->toVariant().toString();
        const std::optional<MergeValues::Field> field = MergeValues::standardField(it.key());
        if (!field) {
            custom.insert(it.key(), value);
            continue;
        }
        switch (*field) {
        case MergeValues::Field::Email:
            contact.email = value;
            break;
        case MergeValues::Field::FirstName:
            contact.givenName = value;
            break;
        case MergeValues::Field::LastName:
            contact.familyName = value;
            break;
        case MergeValues::Field::FullName:
            fullName = value;
            break;
        case MergeValues::Field::Company:
            contact.company = value;
            break;
        case MergeValues::Field::Phone:
            contact.phone = value;
            break;
        case MergeValues::Field::UnsubscribeUrl:
            unsubscribeUrl = value;
            break;
        case MergeValues::Field::PreferencesUrl:
            preferencesUrl = value;
            break;
        }
    }
    if (!fullName.isEmpty() && contact.givenName.isEmpty() && contact.familyName.isEmpty()) {
        const PersonName::SplitName split = PersonName::split(fullName);
        contact.familyName = split.family;
        contact.givenName = split.given;
    }
    RecipientData data {MergeValues::fromContact(contact), custom.keys()};
    for (auto it = custom.cbegin(); it != custom.cend(); ++it) {
        data.values.setCustom(it.key(), it.value());
    }
    data.values.setUrls(unsubscribeUrl, preferencesUrl);
    return data;
}

// The asset: images the HTML uses, written where its relative links point. Returns the files written.
Result<QStringList> writeAssets(const QString& directory,
                                const QStringList& used,
                                const QList<TemplateAsset>& embedded,
                                QStringList& warnings)
{
    QStringList written;
    for (const QString& name : used) {
        const auto asset = std::find_if(
            embedded.cbegin(), embedded.cend(), [&name](const TemplateAsset& a) { return a.name == name; });
        if (asset == embedded.cend()) {
            warnings << TemplateCommand::tr("The image \"%1\" is used but not embedded in the file; the HTML shows it "
                                            "as missing. Export the template from Tayori to include it.")
                            .arg(name);
            continue;
        }
        if (!QDir().mkpath(directory)) {
            return Result<QStringList>::failure(
                TemplateCommand::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory)));
        }
        const QString path = QDir(directory).filePath(name);
        const Status status = writeFile(path, asset->data);
        if (!status) {
            return Result<QStringList>::failure(status.error());
        }
        written << path;
    }
    return written;
}

void printWarning(const QString& message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray bytes = TemplateCommand::tr("tayori-cli: warning: %1\n").arg(line).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
}
} // namespace

int TemplateCommand::run(const CliContext& context, const QStringList& arguments)
{
    const QString subcommand = arguments.value(0);
    if (subcommand == QLatin1String("list")) {
        return list(context, arguments.mid(1));
    }
    if (subcommand == QLatin1String("import")) {
        return importFile(context, arguments.mid(1));
    }
    if (subcommand == QLatin1String("export")) {
        return exportFile(context, arguments.mid(1));
    }
    if (subcommand == QLatin1String("render")) {
        return render(context, arguments.mid(1));
    }
    return context.fail(tr("template takes the subcommand list, import, export or render."), CliContext::UsageError);
}

int TemplateCommand::list(const CliContext& context, const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        return context.fail(tr("template list takes no arguments."), CliContext::UsageError);
    }
    const Result<Database> database = context.openDatabase();
    if (!database) {
        return context.fail(database.error());
    }
    QJsonArray all;
    QString text;
    for (const TemplateSummary& summary : TemplateStore(*database).list()) {
        all.append(QJsonObject {{QStringLiteral("id"), summary.id},
                                {QStringLiteral("name"), summary.name},
                                {QStringLiteral("kind"), kindName(summary.kind)},
                                {QStringLiteral("updated"), Timestamp::toText(summary.updatedAt)}});
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(summary.id, 4)
                    .arg(kindName(summary.kind), -6)
                    .arg(summary.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), summary.name);
    }
    if (all.isEmpty()) {
        text = tr("No templates yet: import one with tayori-cli template import FILE, or make one in Tayori.\n");
    }
    return context.succeed({{QStringLiteral("templates"), all}}, text);
}

int TemplateCommand::importFile(const CliContext& context, const QStringList& arguments)
{
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1String("--"))) {
        return context.fail(tr("template import takes exactly one FILE."), CliContext::UsageError);
    }
    const QString path = arguments.first();
    const Result<QByteArray> bytes = readFile(path, MaxTemplateFileBytes);
    if (!bytes) {
        return context.fail(bytes.error());
    }
    const Result<Database> database = context.openDatabase();
    if (!database) {
        return context.fail(database.error());
    }
    TemplateStore store(*database);
    const Result<qint64> id = store.importJson(*bytes);
    if (!id) {
        return context.fail(tr("%1: %2").arg(QDir::toNativeSeparators(path), id.error()));
    }
    const QString name = store.load(*id)->name;
    const qsizetype assets = store.assets(*id).size();
    return context.succeed(
        {{QStringLiteral("id"), *id}, {QStringLiteral("name"), name}, {QStringLiteral("assets"), assets}},
        tr("Imported \"%1\" as template %2 (%n image(s)).\n", nullptr, static_cast<int>(assets)).arg(name).arg(*id));
}

int TemplateCommand::exportFile(const CliContext& context, const QStringList& arguments)
{
    if (arguments.size() != 2 || arguments.first().startsWith(QLatin1String("--"))) {
        return context.fail(tr("template export takes an ID and a FILE."), CliContext::UsageError);
    }
    bool ok = false;
    const qint64 id = arguments.first().toLongLong(&ok);
    if (!ok) {
        return context.fail(
            tr("\"%1\" is not a template ID; tayori-cli template list shows them.").arg(arguments.first()),
            CliContext::UsageError);
    }
    const Result<Database> database = context.openDatabase();
    if (!database) {
        return context.fail(database.error());
    }
    const Result<QByteArray> json = TemplateStore(*database).exportJson(id);
    if (!json) {
        return context.fail(json.error());
    }
    const QString path = arguments.at(1);
    const Status written = writeFile(path, *json);
    if (!written) {
        return context.fail(written.error());
    }
    return context.succeed(
        {{QStringLiteral("id"), id}, {QStringLiteral("file"), path}, {QStringLiteral("bytes"), json->size()}},
        tr("Template %1 written to %2.\n").arg(id).arg(QDir::toNativeSeparators(path)));
}

int TemplateCommand::render(const CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption contactOption(
        QStringLiteral("contact"), tr("Personalise as the contact with this address."), tr("EMAIL"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"), tr("Personalise with a JSON object of field → value."), tr("FILE.json"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Where to write the HTML."), tr("FILE.html"));
    const QCommandLineOption textOption(QStringLiteral("text"), tr("Where to write the plain text."), tr("FILE.txt"));
    parser.addOptions({contactOption, dataOption, outOption, textOption});
    if (!parser.parse(QStringList {QStringLiteral("template render")} + arguments)) {
        return context.fail(parser.errorText(), CliContext::UsageError);
    }
    if (parser.positionalArguments().size() != 1) {
        return context.fail(tr("template render takes exactly one template FILE.json."), CliContext::UsageError);
    }
    if (!parser.isSet(outOption)) {
        return context.fail(tr("template render needs --out FILE.html."), CliContext::UsageError);
    }
    if (parser.isSet(contactOption) && parser.isSet(dataOption)) {
        return context.fail(tr("Use either --contact or --data, not both."), CliContext::UsageError);
    }

    const QString path = parser.positionalArguments().first();
    const Result<QByteArray> bytes = readFile(path, MaxTemplateFileBytes);
    if (!bytes) {
        return context.fail(bytes.error());
    }
    const Result<TemplateDocument> document = TemplateDocument::fromJson(*bytes);
    if (!document) {
        return context.fail(tr("%1: %2").arg(QDir::toNativeSeparators(path), document.error()));
    }
    const Result<QList<TemplateAsset>> embedded = TemplateStore::embeddedAssets(*bytes);
    if (!embedded) {
        return context.fail(tr("%1: %2").arg(QDir::toNativeSeparators(path), embedded.error()));
    }

    // Who the mail is for: the values and the custom fields that exist, so a misspelt field is found.
    std::optional<MergeValues> values;
    QStringList knownCustomFields;
    QString personalisedAs = QStringLiteral("none");
    if (parser.isSet(contactOption)) {
        const Result<Database> database = context.openDatabase();
        if (!database) {
            return context.fail(database.error());
        }
        const ContactRepository repository(*database);
        const std::optional<Contact> contact = repository.findByEmail(parser.value(contactOption));
        if (!contact) {
            return context.fail(tr("There is no contact with the address %1; check it with tayori-cli contacts count "
                                   "--search %1.")
                                    .arg(parser.value(contactOption)));
        }
        values = MergeValues::fromContact(*contact);
        values->setUrls(PreviewUnsubscribeUrl, PreviewPreferencesUrl);
        for (const CustomField& field : repository.customFields()) {
            knownCustomFields << field.key;
        }
        personalisedAs = QStringLiteral("contact");
    } else if (parser.isSet(dataOption)) {
        const Result<RecipientData> data = recipientFromData(parser.value(dataOption));
        if (!data) {
            return context.fail(data.error());
        }
        values = data->values;
        knownCustomFields = data->customKeys;
        personalisedAs = QStringLiteral("data");
    }

    // Images become files beside the HTML ("news.html" → "news_files/logo.png"), so a browser shows them.
    const QString outPath = parser.value(outOption);
    const QFileInfo outInfo(outPath);
    const QString filesName = outInfo.completeBaseName() + QStringLiteral("_files");
    RenderOptions options;
    options.images = RenderOptions::Images::Hosted;
    options.assetBaseUrl = QString::fromLatin1(QUrl::toPercentEncoding(filesName)) + QLatin1Char('/');
    options.knownCustomFields = knownCustomFields;
    const RenderedTemplate rendered = TemplateRenderer::render(*document, options);

    QString html = rendered.html;
    QString text = rendered.text;
    if (values) {
        for (const auto& [source, mode] :
             {std::pair {&html, MergeTemplate::Mode::Html}, std::pair {&text, MergeTemplate::Mode::Text}}) {
            const Result<MergeTemplate> merge = MergeTemplate::compile(*source, mode, knownCustomFields);
            if (!merge) {
                return context.fail(
                    tr("%1 cannot be personalised: %2").arg(QDir::toNativeSeparators(path), merge.error()));
            }
            *source = merge->render(*values);
        }
    }

    QStringList warnings;
    QJsonArray issues;
    for (const PreflightIssue& issue : rendered.issues) {
        issues.append(QJsonObject {
            {QStringLiteral("severity"),
             issue.severity == PreflightIssue::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("code"), issue.code},
            {QStringLiteral("message"), issue.message},
            {QStringLiteral("block"), issue.blockId}});
        warnings << (issue.blockId.isEmpty() ? issue.message : tr("%1 (block %2)").arg(issue.message, issue.blockId));
    }
    const Result<QStringList> assetFiles
        = writeAssets(outInfo.absoluteDir().filePath(filesName), rendered.assets, *embedded, warnings);
    if (!assetFiles) {
        return context.fail(assetFiles.error());
    }
    const Status htmlWritten = writeFile(outPath, html.toUtf8());
    if (!htmlWritten) {
        return context.fail(htmlWritten.error());
    }
    if (parser.isSet(textOption)) {
        const Status textWritten = writeFile(parser.value(textOption), text.toUtf8());
        if (!textWritten) {
            return context.fail(textWritten.error());
        }
    }
    for (const QString& warning : std::as_const(warnings)) {
        printWarning(warning);
    }

    // Whole sentences, so translations need not glue fragments together.
    QStringList written {QDir::toNativeSeparators(outPath)};
    if (parser.isSet(textOption)) {
        written.append(QDir::toNativeSeparators(parser.value(textOption)));
    }
    QString summary = tr("Wrote %1.\n").arg(written.join(QStringLiteral(", ")));
    if (!assetFiles->isEmpty()) {
        summary += tr("Wrote %n image(s) to %1.\n", nullptr, static_cast<int>(assetFiles->size()))
                       .arg(QDir::toNativeSeparators(outInfo.absoluteDir().filePath(filesName)));
    }
    if (!warnings.isEmpty()) {
        summary
            += tr("%n warning(s) above: the files were written anyway.\n", nullptr, static_cast<int>(warnings.size()));
    }
    return context.succeed(
        {{QStringLiteral("html"), outPath},
         {QStringLiteral("text"), parser.isSet(textOption) ? QJsonValue(parser.value(textOption)) : QJsonValue()},
         {QStringLiteral("assets"), QJsonArray::fromStringList(*assetFiles)},
         {QStringLiteral("personalised"), personalisedAs},
         {QStringLiteral("issues"), issues},
         {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}},
        summary);
}

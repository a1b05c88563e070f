// tayori-cli: parses the global options, picks the command and runs it (CLI contract in docs/ARCHITECTURE.md).
#include "CliApplication.h"

#include <cstdio>

#include <QDir>

#include "cli/CliContext.h"
#include "cli/ContactsCommand.h"
#include "cli/DkimCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/SendCommand.h"
#include "cli/SequenceCommand.h"
#include "cli/ServeCommand.h"
#include "cli/TemplateCommand.h"

QString CliApplication::usage()
{
    return tr("Usage: tayori-cli [--db PATH | --db-url URL] [--json] COMMAND …\n"
              "\n"
              "Commands:\n"
              "  import FILE [--list NAME] [--encoding auto|NAME] [--delimiter auto|C] [--map FIELD=COLUMN]…\n"
              "              [--tag NAME]… [--on-duplicate update|skip] [--dry-run] [--report FILE.csv] [--json]\n"
              "  contacts count [--list NAME] [--tag NAME] [--search TEXT] [--json]\n"
              "  export FILE [--list NAME] [--tag NAME] [--encoding utf-8|utf-8-bom|shift_jis] [--no-formula-guard]\n"
              "  send --subject TEXT --from \"NAME <ADDR>\" (--html FILE [--text FILE] | --template ID)\n"
              "       [--list NAME | --segment EXPR]\n"
              "       [--smtp URL] [--dkim-key FILE --dkim-selector SEL] [--connections N] [--rate N]\n"
              "       [--base-url URL] [--charset utf-8|iso-2022-jp] [--reply-to ADDR] [--at TIME] [--json]\n"
              "  resume [ID] [--json]      continue interrupted, paused or waiting campaigns\n"
              "  run-due [--json]          send the scheduled campaigns whose time has come, then exit\n"
              "  status [ID] [--recipients] [--json]\n"
              "  dkim keygen --domain D --selector S [--type rsa|ed25519] [--bits N] --out FILE [--json]\n"
              "  dkim test --key FILE --domain D --selector S [--dns] [--json]\n"
              "  serve [--listen ADDRESS:PORT]        the web endpoints (template images); default 127.0.0.1:8080\n"
              "  sequence list [--json]                step-mail sequences with enrolled/finished/left counts\n"
              "  sequence show ID [--json]             its steps, each with how many were queued or wait for it\n"
              "  template list [--json]\n"
              "  template import FILE [--json]        prints the new template's ID\n"
              "  template export ID FILE [--json]     the template with its images embedded\n"
              "  template render FILE.json [--contact EMAIL | --data FILE.json] --out FILE.html [--text FILE.txt]\n"
              "                  [--json]\n"
              "      --contact personalises as a contact in the database, --data with a JSON object of field → value\n"
              "      (unsubscribe_url and preferences_url become #unsubscribe and #preferences unless --data gives\n"
              "      them); neither leaves the merge fields as they are. Images embedded in the file are written to\n"
              "      FILE_files/ beside the HTML, which links to them. Pre-flight findings (missing unsubscribe link,\n"
              "      images without alt, …) are printed on stderr as warnings and do not make render fail; an\n"
              "      invalid template does (exit 1 with the reason).\n"
              "\n"
              "Exit status: 0 success, 1 failure (reason on stderr), 2 usage error.\n"
              "The database defaults to %1.\n")
        .arg(QDir::toNativeSeparators(Database::defaultPath()));
}

int CliApplication::run(const QStringList& arguments)
{
    CliContext context;
    QStringList rest;
    // Global options may stand before the command (and --json anywhere).
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--json")) {
            context.json = true;
        } else if (rest.isEmpty() && (argument == QLatin1String("--db") || argument == QLatin1String("--db-url"))) {
            if (i + 1 >= arguments.size()) {
                return context.fail(tr("%1 needs a value.").arg(argument), CliContext::UsageError);
            }
            (argument == QLatin1String("--db") ? context.databasePath : context.databaseUrl) = arguments.at(++i);
        } else if (rest.isEmpty() && argument.startsWith(QLatin1String("--db="))) {
            context.databasePath = argument.mid(5);
        } else if (rest.isEmpty() && argument.startsWith(QLatin1String("--db-url="))) {
            context.databaseUrl = argument.mid(9);
        } else if (rest.isEmpty() && (argument == QLatin1String("--help") || argument == QLatin1String("-h"))) {
            const QByteArray text = usage().toUtf8();
            std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
            return CliContext::Success;
        } else if (rest.isEmpty() && argument == QLatin1String("--version")) {
            std::printf("tayori-cli %s\n", TAYORI_VERSION);
            return CliContext::Success;
        } else {
            rest << argument;
        }
    }
    if (!context.databasePath.isEmpty() && !context.databaseUrl.isEmpty()) {
        return context.fail(tr("Use either --db or --db-url, not both."), CliContext::UsageError);
    }
    if (rest.isEmpty()) {
        return context.fail(tr("No command given. Run tayori-cli --help for the list."), CliContext::UsageError);
    }
    const QString command = rest.takeFirst();
    if (command == QLatin1String("import")) {
        return ImportCommand::run(context, rest);
    }
    if (command == QLatin1String("contacts")) {
        return ContactsCommand::run(context, rest);
    }
    if (command == QLatin1String("export")) {
        return ExportCommand::run(context, rest);
    }
    if (command == QLatin1String("send")) {
        return SendCommand::runSend(context, rest);
    }
    if (command == QLatin1String("resume")) {
        return SendCommand::runResume(context, rest);
    }
    if (command == QLatin1String("run-due")) {
        return SendCommand::runDue(context, rest);
    }
    if (command == QLatin1String("status")) {
        return SendCommand::runStatus(context, rest);
    }
    if (command == QLatin1String("dkim")) {
        return DkimCommand::run(context, rest);
    }
    if (command == QLatin1String("sequence")) {
        return SequenceCommand::run(context, rest);
    }
    if (command == QLatin1String("template")) {
        return TemplateCommand::run(context, rest);
    }
    if (command == QLatin1String("serve")) {
        return ServeCommand::run(context, rest);
    }
    return context.fail(tr("Unknown command '%1'. Run tayori-cli --help for the list.").arg(command),
                        CliContext::UsageError);
}

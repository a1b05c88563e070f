// How long the contacts table's queries take on a big database: the id list for each sort order and a search
// (run on a worker thread by the GUI), and one page of rows (run on the GUI thread when the view scrolls).
// Usage: contacts_table_bench DATABASE.sqlite
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "contacts/ContactRepository.h"

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: contacts_table_bench DATABASE.sqlite\n");
        return 2;
    }
    const Result<Database> database = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error()));
        return 1;
    }
    const ContactRepository repository(*database);
    QElapsedTimer timer;
    timer.start();
    const qint64 total = repository.count();
    std::printf("%lld contacts; count: %lld ms\n", total, timer.restart());

    const std::pair<const char*, ContactSort> sorts[] = {
        {"created (default)", ContactSort::Created}, {"email", ContactSort::Email}, {"name", ContactSort::Name},
        {"company", ContactSort::Company},           {"status", ContactSort::Status}};
    QList<qint64> ids;
    for (const auto& [name, sort] : sorts) {
        timer.restart();
        ids = repository.ids({}, sort, Qt::DescendingOrder);
        std::printf("id list sorted by %-18s %6lld ms (%lld ids)\n", name, timer.elapsed(), qint64(ids.size()));
    }
    for (const char* search : {"user99999", "株式会社サンプル42", "nobody-matches-this"}) {
        ContactFilter filter;
        filter.search = QString::fromUtf8(search);
        timer.restart();
        const QList<qint64> found = repository.ids(filter, ContactSort::Created, Qt::DescendingOrder);
        std::printf("search %-22s %6lld ms (%lld found)\n", search, timer.elapsed(), qint64(found.size()));
    }
    // One page of 200 rows from the middle and from the end, as the view asks while scrolling.
    for (qsizetype start : {ids.size() / 2, qMax<qsizetype>(0, ids.size() - 200)}) {
        timer.restart();
        const QList<Contact> page = repository.load(ids.mid(start, 200));
        std::printf("page of %lld rows at %lld: %lld ms\n", qint64(page.size()), qint64(start), timer.elapsed());
    }
    return 0;
}

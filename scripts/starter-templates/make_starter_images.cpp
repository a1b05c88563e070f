// Draws the starter templates' pictures: language-free banners and illustrations in each kind's palette, and the
// "SAMPLE" placeholder logo. Flat shapes in a reduced palette keep every PNG small enough to embed in the JSON.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

namespace {

QColor alpha(const char* name, int a)
{
    QColor c {QLatin1String(name)};
    c.setAlpha(a);
    return c;
}

// Indexed colours compress far better than ARGB, and flat art with its 256 most frequent colours (the shapes and
// their antialiased edges) loses nothing visible. Qt's own conversion would use a fixed palette and shift the hues.
bool save(const QImage& image, const QString& dir, const char* name)
{
    QHash<QRgb, int> counts;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x)
            ++counts[line[x]];
    }
    QList<QRgb> table = counts.keys();
    std::sort(table.begin(), table.end(), [&](QRgb a, QRgb b) { return counts[a] > counts[b]; });
    table.resize(std::min<qsizetype>(table.size(), 256));
    const QImage small = argb.convertToFormat(QImage::Format_Indexed8, table, Qt::ThresholdDither | Qt::AvoidDither);
    const QString path = dir + QLatin1Char('/') + QLatin1String(name);
    if (!small.save(path, "PNG", 0))
        return false;
    std::printf("%s %lld bytes\n", qPrintable(path), static_cast<long long>(QFileInfo(path).size()));
    return true;
}

QImage canvas(int w, int h, const char* background)
{
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(QLatin1String(background)));
    return image;
}

QImage logo(const char* accent, const char* ink)
{
    QImage image(400, 96, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(QLatin1String(accent)));
    p.drawRoundedRect(QRectF(4, 8, 80, 80), 20, 20);
    // An envelope flap: the product is mail.
    QPen white(Qt::white, 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(white);
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(20, 28, 48, 38), 5, 5);
    QPainterPath flap;
    flap.moveTo(22, 31);
    flap.lineTo(44, 50);
    flap.lineTo(66, 31);
    p.drawPath(flap);
    QFont font(QStringLiteral("Nimbus Sans"));
    font.setPixelSize(46);
    font.setBold(true);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    p.setFont(font);
    p.setPen(QColor(QLatin1String(ink)));
    p.drawText(QRectF(104, 0, 296, 96), Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("SAMPLE"));
    return image;
}

QPainterPath wave(int w, int h, double baseline, double amplitude, double phase)
{
    QPainterPath path;
    path.moveTo(0, h);
    path.lineTo(0, baseline);
    const int steps = 6;
    for (int i = 0; i < steps; ++i) {
        const double x0 = w * i / double(steps);
        const double x1 = w * (i + 1) / double(steps);
        const double sign = (i % 2 == 0) ? 1 : -1;
        path.cubicTo(x0 + (x1 - x0) / 3,
                     baseline - sign * amplitude + phase,
                     x0 + 2 * (x1 - x0) / 3,
                     baseline - sign * amplitude - phase,
                     x1,
                     baseline);
    }
    path.lineTo(w, h);
    path.closeSubpath();
    return path;
}

QImage newsletterBanner()
{
    QImage image = canvas(1200, 400, "#134e4a");
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(QLatin1String("#5eead4")));
    p.drawEllipse(QPointF(930, 130), 70, 70);
    p.setBrush(alpha("#99f6e4", 60));
    p.drawEllipse(QPointF(930, 130), 110, 110);
    p.setBrush(QColor(QLatin1String("#115e59")));
    p.drawPath(wave(1200, 400, 250, 40, 10));
    p.setBrush(QColor(QLatin1String("#0f766e")));
    p.drawPath(wave(1400, 400, 300, 30, -8).translated(-100, 0));
    p.setBrush(QColor(QLatin1String("#14b8a6")));
    p.drawPath(wave(1400, 400, 350, 22, 6).translated(-150, 0));
    p.setBrush(alpha("#ccfbf1", 200));
    for (int i = 0; i < 5; ++i)
        for (int j = 0; j < 4; ++j)
            p.drawEllipse(QPointF(90 + i * 28, 70 + j * 28), 4, 4);
    return image;
}

QImage newsletterTopicChart()
{
    QImage image = canvas(560, 320, "#ccfbf1");
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    const int heights[] = {90, 140, 120, 190, 230};
    for (int i = 0; i < 5; ++i) {
        p.setBrush(QColor(QLatin1String(i == 4 ? "#0f766e" : "#5eead4")));
        p.drawRoundedRect(QRectF(110 + i * 72, 270 - heights[i], 48, heights[i]), 8, 8);
    }
    p.setPen(QPen(QColor(QLatin1String("#134e4a")), 6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(90, 272), QPointF(470, 272));
    return image;
}

QImage newsletterTopicIdea()
{
    QImage image = canvas(560, 320, "#fef3c7");
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(QLatin1String("#fde68a")));
    p.drawEllipse(QPointF(280, 150), 120, 120);
    p.setBrush(QColor(QLatin1String("#f59e0b")));
    p.drawEllipse(QPointF(280, 140), 58, 58);
    p.setBrush(QColor(QLatin1String("#134e4a")));
    p.drawRoundedRect(QRectF(254, 204, 52, 16), 6, 6);
    p.drawRoundedRect(QRectF(260, 226, 40, 14), 6, 6);
    p.setPen(QPen(QColor(QLatin1String("#f59e0b")), 8, Qt::SolidLine, Qt::RoundCap));
    for (int i = 0; i < 7; ++i) {
        const double angle = (200 + i * 23.3) * 3.14159265 / 180;
        p.drawLine(QPointF(280 + 86 * std::cos(angle), 140 + 86 * std::sin(angle)),
                   QPointF(280 + 106 * std::cos(angle), 140 + 106 * std::sin(angle)));
    }
    return image;
}

QImage announcementBanner()
{
    QImage image = canvas(1200, 360, "#1e1b4b");
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    const char* rings[] = {"#312e81", "#3730a3", "#4338ca", "#6366f1", "#a5b4fc"};
    for (int i = 0; i < 5; ++i) {
        p.setBrush(QColor(QLatin1String(rings[i])));
        p.drawEllipse(QPointF(1010, 300), 420 - i * 80, 420 - i * 80);
    }
    p.setBrush(QColor(QLatin1String("#fbbf24")));
    p.drawEllipse(QPointF(1010, 300), 60, 60);
    p.setBrush(alpha("#c7d2fe", 170));
    QRandomGenerator random(4);
    for (int i = 0; i < 26; ++i) {
        const double r = 2 + random.bounded(4);
        p.drawEllipse(QPointF(40 + random.bounded(520), 30 + random.bounded(300)), r, r);
    }
    return image;
}

QImage eventBanner()
{
    QImage image = canvas(1200, 400, "#4c0519");
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    // Stage-light beams.
    p.setBrush(alpha("#fda4af", 40));
    for (int i = 0; i < 3; ++i) {
        QPainterPath beam;
        const double x = 300 + i * 300;
        beam.moveTo(x - 30, 0);
        beam.lineTo(x + 30, 0);
        beam.lineTo(x + 180, 400);
        beam.lineTo(x - 180, 400);
        beam.closeSubpath();
        p.drawPath(beam);
    }
    p.setBrush(QColor(QLatin1String("#881337")));
    p.drawRect(QRectF(0, 330, 1200, 70));
    p.setBrush(QColor(QLatin1String("#9f1239")));
    p.drawRect(QRectF(0, 322, 1200, 10));
    // Confetti in gold and rose.
    QRandomGenerator random(7);
    const char* colours[] = {"#d4a373", "#fbbf24", "#fda4af", "#fef3c7"};
    for (int i = 0; i < 70; ++i) {
        p.save();
        p.translate(random.bounded(1200), random.bounded(300));
        p.rotate(random.bounded(180));
        p.setBrush(QColor(QLatin1String(colours[i % 4])));
        if (i % 3 == 0)
            p.drawEllipse(QPointF(0, 0), 5, 5);
        else
            p.drawRoundedRect(QRectF(-8, -3, 16, 6), 2, 2);
        p.restore();
    }
    return image;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make-starter-images OUTPUT_DIR\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(dir);
    const bool ok = save(logo("#0f766e", "#134e4a"), dir, "newsletter-logo.png")
                    && save(newsletterBanner(), dir, "newsletter-banner.png")
                    && save(newsletterTopicChart(), dir, "newsletter-topic-1.png")
                    && save(newsletterTopicIdea(), dir, "newsletter-topic-2.png")
                    && save(logo("#4338ca", "#1e1b4b"), dir, "announcement-logo.png")
                    && save(announcementBanner(), dir, "announcement-banner.png")
                    && save(logo("#9f1239", "#4c0519"), dir, "event-logo.png")
                    && save(eventBanner(), dir, "event-banner.png")
                    && save(logo("#475569", "#1e293b"), dir, "letter-logo.png");
    return ok ? 0 : 1;
}

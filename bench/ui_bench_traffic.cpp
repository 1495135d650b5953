// ui_bench figure of the traffic log:
//
//   traffic-append  a shown TrafficLogView whose ring is full (10 000 frames): batches of 1000
//                   frames (500 REQ_UD2 + RSP_UD exchanges of the heat meter telegram in resources/telegrams)
//                   appended as the engine delivers them and turned into rows as the batch timer
//                   does (annotation, the oldest rows removed, the new ones inserted, the view
//                   following): median and p90 of one batch, and the cost per frame
#include "UiBench.h"

#include "link/MasterRequests.h"
#include "traffic/TrafficLogModel.h"
#include "traffic/TrafficLogView.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace mbus::bench {

namespace {

constexpr int FramesPerBatch = 1000;
constexpr int Batches = 50;

QByteArray heatMeterTelegram()
{
    QFile file(QStringLiteral(MBUS_SOURCE_DIR "/resources/telegrams/heat-meter.hex"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray hex;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().startsWith('#'))
            hex += line;
    }
    return QByteArray::fromHex(hex);
}

// One batch as the engine delivers it: a request and its answer per exchange.
void appendBatch(ui::TrafficLogModel &model, const QByteArray &answer, qint64 msecs)
{
    for (int i = 0; i < FramesPerBatch / 2; ++i) {
        model.appendTraffic(QStringLiteral("Bus 01"), true, link::MasterRequests::reqUd2(std::uint8_t(answer.at(5)), i % 2 == 0), msecs + i);
        model.appendTraffic(QStringLiteral("Bus 01"), false, answer, msecs + i);
    }
}

} // namespace

void trafficAppend(const Options &)
{
    const QByteArray answer = heatMeterTelegram();
    if (answer.size() < 6) {
        std::printf("traffic-append: no heat meter telegram in resources/telegrams\n");
        return;
    }
    ui::TrafficLogView view;
    view.resize(1600, 400);
    view.show();
    QCoreApplication::processEvents();
    ui::TrafficLogModel &model = *view.model();
    qint64 msecs = 0;
    while (model.frameCount() < model.capacity()) { // full: every batch now drops as many as it adds
        appendBatch(model, answer, msecs += FramesPerBatch);
        model.flushPending();
    }
    QCoreApplication::processEvents();

    std::vector<double> ms;
    for (int b = 0; b < Batches; ++b) {
        QElapsedTimer timer;
        timer.start();
        appendBatch(model, answer, msecs += FramesPerBatch);
        model.flushPending();
        QCoreApplication::processEvents(); // the view's share: its layout after the rows moved
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double median = percentile(ms, 0.5);
    std::printf("traffic-append: traffic log view at capacity (%d frames held, %d rows shown), %d batches of %d frames"
                " (REQ_UD2 + %d-byte RSP_UD): batch median %.2f ms, p90 %.2f ms; %.2f us per frame\n",
                model.frameCount(), model.rowCount(), Batches, FramesPerBatch, int(answer.size()), median, percentile(ms, 0.9),
                median * 1000.0 / FramesPerBatch);
    std::fflush(stdout);
}

} // namespace mbus::bench

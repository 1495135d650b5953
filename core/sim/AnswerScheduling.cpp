#include "AnswerScheduling.h"

#include <cmath>

namespace mbus::sim {

void scheduleAnswers(PacedWriter &writer, const QList<BusAnswer> &answers, qsizetype requestBytes, int masterBaud)
{
    const int requestMs = int(std::ceil(double(requestBytes) * link::characterMs(masterBaud)));
    for (const BusAnswer &answer : answers) {
        if (answer.echo)
            writer.send(answer.bytes, 0, answer.baud);
        else
            writer.send(answer.bytes, requestMs + answer.turnaroundMs, answer.baud);
    }
}

} // namespace mbus::sim

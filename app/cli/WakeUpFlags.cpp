#include "WakeUpFlags.h"

namespace mbus::cli {

namespace {

const QString Wakeup = QStringLiteral("--wakeup");
const QString ResetBeforeRead = QStringLiteral("--reset-before-read");
const QString ExtraMargin = QStringLiteral("--extra-margin");

bool rangedInt(const QString &text, int max, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > max)
        return false;
    *out = value;
    return true;
}

} // namespace

QStringList wakeUpValueOptions()
{
    return {Wakeup, ExtraMargin};
}

QStringList wakeUpFlagOptions()
{
    return {ResetBeforeRead};
}

const char *wakeUpHelp()
{
    return "wake-up options:\n"
           "  --wakeup N           N 0x55 characters (0..2000) at the bus rate before the read,\n"
           "                       then a pause (battery meters, optical heads; 528 = 2.4 s at 2400 Bd)\n"
           "  --reset-before-read  application reset (SND_UD CI 0x50, E5 expected) before REQ_UD2\n"
           "  --extra-margin MS    added to every answer window of the read (0..10000; slow meters)\n";
}

bool parseWakeUpFlags(const QHash<QString, QString> &values, project::WakeUpOptions *options, QString *errorText)
{
    if (values.contains(Wakeup) && !rangedInt(values.value(Wakeup), project::MaxWakeUpCharacters, &options->preambleCharacters)) {
        *errorText = QStringLiteral("--wakeup wants 0..%1 characters").arg(project::MaxWakeUpCharacters);
        return false;
    }
    if (values.contains(ExtraMargin) && !rangedInt(values.value(ExtraMargin), project::MaxExtraMarginMs, &options->extraMarginMs)) {
        *errorText = QStringLiteral("--extra-margin wants 0..%1 ms").arg(project::MaxExtraMarginMs);
        return false;
    }
    if (values.contains(ResetBeforeRead))
        options->resetBeforeRead = true;
    return true;
}

} // namespace mbus::cli

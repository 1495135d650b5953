#include "LineSettings.h"

namespace mbus::link {

QByteArray lineSettingsText(const LineSettings &s)
{
    const char parity = s.parity == Parity::None ? 'N' : s.parity == Parity::Even ? 'E' : 'O';
    return QByteArray::number(s.baud) + ' ' + QByteArray::number(s.dataBits) + parity + QByteArray::number(s.stopBits);
}

bool parseParity(const QByteArray &text, Parity *parity)
{
    const QByteArray t = text.toLower();
    if (t == "none" || t == "n")
        *parity = Parity::None;
    else if (t == "even" || t == "e")
        *parity = Parity::Even;
    else if (t == "odd" || t == "o")
        *parity = Parity::Odd;
    else
        return false;
    return true;
}

double characterMs(int baud)
{
    return 11000.0 / (baud > 0 ? baud : 2400);
}

double answerWindowMs(int baud, int requestBytes)
{
    const double bitMs = 1000.0 / (baud > 0 ? baud : 2400);
    return requestBytes * characterMs(baud) + 330 * bitMs + 50;
}

} // namespace mbus::link

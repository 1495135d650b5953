#include "BusError.h"

#include <QCoreApplication>

namespace mbus::bus {

namespace {

class BusErrorText
{
    Q_DECLARE_TR_FUNCTIONS(mbus::bus::BusError)
public:
    static QString name(BusErrorCode code)
    {
        switch (code) {
        case BusErrorCode::None: return tr("OK");
        case BusErrorCode::Timeout: return tr("Timeout");
        case BusErrorCode::ChecksumError: return tr("Checksum error");
        case BusErrorCode::Collision: return tr("Collision");
        case BusErrorCode::FramingError: return tr("Framing error");
        case BusErrorCode::UnexpectedFrame: return tr("Unexpected frame");
        case BusErrorCode::PortError: return tr("Port error");
        case BusErrorCode::ConnectionLost: return tr("Connection lost");
        case BusErrorCode::Cancelled: return tr("Cancelled");
        case BusErrorCode::InvalidRequest: return tr("Invalid request");
        }
        return {};
    }

    static QString meter(const ErrorPlace &place)
    {
        return place.address >= 0 ? tr("address %1").arg(place.address) : tr("the selected meter");
    }

    static QString advice(const BusError &error, const ErrorPlace &place)
    {
        const QString who = meter(place);
        const QString port = place.port.isEmpty() ? tr("The port") : tr("The port %1").arg(place.port);
        switch (error.code) {
        case BusErrorCode::None:
            return {};
        case BusErrorCode::Timeout: {
            // One try by its own words: mbus-cli installs no translator to pick English plurals.
            const QString tries = place.tries == 1 ? tr("No answer from %1 after one try").arg(who)
                                  : place.tries > 1 ? tr("No answer from %1 after %n tries", nullptr, place.tries).arg(who)
                                                    : tr("No answer from %1").arg(who);
            const QString baud = place.baud > 0 ? tr("the baud rate (is the meter at %1 Bd?)").arg(place.baud) : tr("the baud rate");
            return tr("%1: check the address, %2 and the wiring.").arg(tries, baud);
        }
        case BusErrorCode::ChecksumError:
        case BusErrorCode::FramingError:
            return tr("Answers from %1 were damaged (%2): check for two meters on one address, line noise and the parity "
                      "(M-Bus uses 8E1).").arg(who, error.text());
        case BusErrorCode::Collision:
            return tr("Several meters answered at %1 at once: two meters share this address. Give one of them another "
                      "address (the commissioning assistant finds them by secondary address).").arg(who);
        case BusErrorCode::UnexpectedFrame:
            return tr("%1 gave an answer that does not fit the request (%2): check that the device there is the meter "
                      "you expect.").arg(who.at(0).toUpper() + who.mid(1), error.detail.isEmpty() ? error.text() : error.detail);
        case BusErrorCode::PortError:
            return tr("%1 failed: %2. Check that the adapter is plugged in and that no other program uses the port.")
                .arg(port, error.detail.isEmpty() ? name(error.code) : error.detail);
        case BusErrorCode::ConnectionLost:
            return tr("%1 dropped the connection%2: check the network and that the gateway accepts one client at a time.")
                .arg(place.port.isEmpty() ? tr("The gateway") : tr("The gateway %1").arg(place.port),
                     error.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.detail));
        case BusErrorCode::Cancelled:
            return tr("Cancelled.");
        case BusErrorCode::InvalidRequest:
            return tr("The request to %1 cannot be sent: %2.").arg(who, error.detail.isEmpty() ? name(error.code) : error.detail);
        }
        return error.text();
    }
};

} // namespace

QString adviceFor(const BusError &error, const ErrorPlace &place)
{
    return BusErrorText::advice(error, place);
}

QString BusError::text() const
{
    const QString name = BusErrorText::name(code);
    return detail.isEmpty() ? name : name + QStringLiteral(": ") + detail;
}

const char *errorCodeName(BusErrorCode code)
{
    switch (code) {
    case BusErrorCode::None: return "ok";
    case BusErrorCode::Timeout: return "timeout";
    case BusErrorCode::ChecksumError: return "checksum_error";
    case BusErrorCode::Collision: return "collision";
    case BusErrorCode::FramingError: return "framing_error";
    case BusErrorCode::UnexpectedFrame: return "unexpected_frame";
    case BusErrorCode::PortError: return "port_error";
    case BusErrorCode::ConnectionLost: return "connection_lost";
    case BusErrorCode::Cancelled: return "cancelled";
    case BusErrorCode::InvalidRequest: return "invalid_request";
    }
    return "unknown";
}

} // namespace mbus::bus

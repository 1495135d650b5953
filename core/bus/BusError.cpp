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
};

} // namespace

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

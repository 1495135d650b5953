// Fuzz target for the byte-facing code: the stream assembler, the frame parser, the hex input
// reader, the application-layer decoder and the views that format what it decoded.
#include "decode/TelegramDecoder.h"
#include "link/FrameAssembler.h"
#include "frametext/HexInput.h"
#include "frametext/TelegramJson.h"
#include "frametext/TelegramText.h"

#include <cstddef>
#include <cstdint>

namespace {

// Formatting is far slower than decoding under the sanitizers: format a few frames per input.
int formatBudget = 0;

void decodeAndFormat(const mbus::link::Frame &frame)
{
    mbus::decode::Telegram telegram;
    mbus::decode::decodeTelegram(frame, telegram);
    if (formatBudget-- <= 0)
        return;
    // The views read every record, including those before a decode error.
    mbus::frametext::telegramToJson(telegram, 1);
    mbus::frametext::telegramToText(telegram, 1);
}

// Random bytes rarely carry a right checksum: wrap them in a valid long frame so that the
// application layer sees them, with the first byte as CI.
void decodeAsUserData(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return;
    const auto userData = QByteArrayView(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QByteArray bytes = mbus::link::encodeLongFrame(0x08, 0x01, data[0], userData.first(qMin<qsizetype>(userData.size(), 252)));
    if (const auto frame = mbus::link::parseFrame(bytes))
        decodeAndFormat(frame.value());
}

// Feed the bytes as a port would, in chunks whose sizes come from the data itself.
void assembleStream(const std::uint8_t *data, std::size_t size)
{
    mbus::link::FrameAssembler assembler;
    std::size_t pos = 0;
    while (pos < size) {
        const std::size_t chunk = 1 + data[pos] % 17;
        const std::size_t n = chunk < size - pos ? chunk : size - pos;
        assembler.append(QByteArrayView(reinterpret_cast<const char *>(data + pos), qsizetype(n)));
        pos += n;
        for (;;) {
            const auto status = assembler.next();
            if (status == mbus::link::FrameAssembler::Status::NeedMore)
                break;
            if (status == mbus::link::FrameAssembler::Status::FrameReady)
                decodeAndFormat(assembler.frame());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    formatBudget = 4;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto bytes = mbus::frametext::bytesFromInput(input)) {
        if (const auto frames = mbus::frametext::splitFrames(bytes.value())) {
            for (const auto &frame : frames.value())
                decodeAndFormat(frame);
        }
    }
    assembleStream(data, size);
    decodeAsUserData(data, size);
    return 0;
}

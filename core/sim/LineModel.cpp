#include "LineModel.h"

#include <bitset>
#include <cstdlib>
#include <vector>

namespace mbus::sim {

namespace {

int ones(std::uint8_t byte, int dataBits)
{
    return int(std::bitset<8>(byte & ((1u << dataBits) - 1)).count());
}

// The parity bit a sender appends to a character.
int parityBit(std::uint8_t byte, int dataBits, Parity parity)
{
    const int odd = ones(byte, dataBits) & 1;
    return parity == Parity::Even ? odd : 1 - odd;
}

// The bits of one character on the wire after the start bit: data LSB first, parity, stop bits.
std::uint32_t frameBits(std::uint8_t byte, const LineSettings &s, int *count)
{
    std::uint32_t bits = byte & ((1u << s.dataBits) - 1);
    int n = s.dataBits;
    if (s.parity != Parity::None)
        bits |= std::uint32_t(parityBit(byte, s.dataBits, s.parity)) << n++;
    for (int i = 0; i < s.stopBits; ++i)
        bits |= 1u << n++;
    *count = n;
    return bits;
}

} // namespace

bool sameBaud(int a, int b)
{
    return a > 0 && b > 0 && std::abs(a - b) * 50 <= a;
}

LineResult transmit(const QByteArray &bytes, const LineSettings &sender, const LineSettings &receiver)
{
    LineResult result;
    if (!sameBaud(sender.baud, receiver.baud)) {
        // Sampled at the wrong rate a character turns into another or into a framing error;
        // what a receiver shows is noise without structure.
        result.garbled = true;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto b = std::uint8_t(bytes[i]);
            if ((b + i) % 3)
                result.received.append(char(std::uint8_t(b * 0x2D + 0x5B)));
            else
                ++result.lost;
        }
        return result;
    }
    return receiveBits(lineBits(bytes, sender), receiver);
}

std::vector<int> lineBits(const QByteArray &bytes, const LineSettings &sender)
{
    // Characters follow each other without a gap: start bit, data, parity, stop bits.
    std::vector<int> stream;
    for (const char c : bytes) {
        int n = 0;
        const std::uint32_t bits = frameBits(std::uint8_t(c), sender, &n);
        stream.push_back(0); // start bit
        for (int i = 0; i < n; ++i)
            stream.push_back(int((bits >> i) & 1u));
    }
    return stream;
}

LineResult receiveBits(const std::vector<int> &stream, const LineSettings &receiver)
{
    // The receiver reads the bit stream with its own frame format; past the end the line is idle (1).
    LineResult result;
    std::size_t pos = 0;
    while (pos < stream.size()) {
        if (stream[pos] != 0) { // idle until a start bit
            ++pos;
            continue;
        }
        const auto bit = [&](std::size_t i) { return i < stream.size() ? stream[i] : 1; };
        std::uint8_t value = 0;
        std::size_t i = pos + 1;
        for (int d = 0; d < receiver.dataBits; ++d)
            value |= std::uint8_t(bit(i++) << d);
        bool ok = true;
        if (receiver.parity != Parity::None)
            ok = bit(i++) == parityBit(value, receiver.dataBits, receiver.parity);
        for (int s = 0; s < receiver.stopBits; ++s)
            ok = ok && bit(i++) == 1;
        if (ok) {
            result.received.append(char(value));
        } else {
            result.received.append('\0');
            ++result.lost;
        }
        pos = i;
    }
    return result;
}

LineResult superimpose(const QList<QByteArray> &answers, const QList<int> &bitOffsets, const LineSettings &sender,
                       const LineSettings &receiver)
{
    // Slaves pull the line to "space" (0) by drawing current: where two send at once, a 0 from
    // either wins; the idle line is "mark" (1).
    std::vector<int> line;
    for (qsizetype a = 0; a < answers.size(); ++a) {
        const std::vector<int> bits = lineBits(answers.at(a), sender);
        const std::size_t offset = std::size_t(bitOffsets.at(a));
        if (line.size() < offset + bits.size())
            line.resize(offset + bits.size(), 1);
        for (std::size_t i = 0; i < bits.size(); ++i)
            line[offset + i] &= bits[i];
    }
    if (!sameBaud(sender.baud, receiver.baud)) {
        QByteArray ones;
        return transmit(ones, sender, receiver); // garbled anyway: nothing readable
    }
    return receiveBits(line, receiver);
}

} // namespace mbus::sim

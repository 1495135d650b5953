#include "HexInput.h"

namespace mbus::frametext {

namespace {

bool isSeparator(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ':' || c == ';' || c == '-';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QByteArray textFromInput(const QByteArray &input, QString *encoding)
{
    const auto starts = [&](const char *bom) { return input.startsWith(QByteArrayView(bom)); };
    const auto eightBit = [](const QString &text) { return text.toLatin1(); }; // hex text is ASCII
    QString found;
    QByteArray text = input;
    if (starts("\xEF\xBB\xBF")) {
        found = QStringLiteral("UTF-8 with BOM");
        text = input.mid(3);
    } else if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
        const bool little = starts("\xFF\xFE");
        found = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QString decoded;
        for (qsizetype i = 2; i + 1 < input.size(); i += 2) {
            const auto lo = std::uint8_t(input[little ? i : i + 1]);
            const auto hi = std::uint8_t(input[little ? i + 1 : i]);
            decoded += QChar(char16_t(hi << 8 | lo));
        }
        text = eightBit(decoded);
    } else if (input.size() >= 4 && input.size() % 2 == 0) {
        bool utf16 = true;
        for (qsizetype i = 0; i < input.size() && utf16; i += 2)
            utf16 = input[i + 1] == '\0' && input[i] != '\0' && std::uint8_t(input[i]) < 0x80;
        if (utf16) {
            found = QStringLiteral("UTF-16LE");
            text.clear();
            text.reserve(input.size() / 2);
            for (qsizetype i = 0; i < input.size(); i += 2)
                text.append(input[i]);
        }
    }
    if (encoding)
        *encoding = found;
    return text;
}

bool looksLikeHexText(const QByteArray &input)
{
    bool inComment = false;
    for (const char c : input) {
        if (inComment) {
            inComment = c != '\n';
            continue;
        }
        if (c == '#') {
            inComment = true;
            continue;
        }
        if (!isSeparator(c) && hexValue(c) < 0 && c != 'x' && c != 'X')
            return false;
    }
    return true;
}

Result<QByteArray> parseHexText(const QByteArray &text)
{
    QByteArray bytes;
    bytes.reserve(text.size() / 2);
    int pending = -1;      // high nibble waiting for its low nibble
    int pendingAt = -1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text[i];
        if (c == '#') {
            if (pending >= 0) // a comment cannot split a byte
                return Error::at(ErrorCode::InvalidHex, pendingAt);
            while (i < n && text[i] != '\n')
                ++i;
            continue;
        }
        // "0x" prefixes are accepted at the start of a byte.
        if (c == '0' && pending < 0 && i + 1 < n && (text[i + 1] == 'x' || text[i + 1] == 'X')) {
            ++i;
            continue;
        }
        if (isSeparator(c)) {
            // A separator inside a byte ("6 8") means the user's digits are not pairs.
            if (pending >= 0)
                return Error::at(ErrorCode::InvalidHex, pendingAt);
            continue;
        }
        const int v = hexValue(c);
        if (v < 0)
            return Error::at(ErrorCode::InvalidHex, int(i), -1, static_cast<unsigned char>(c));
        if (pending < 0) {
            pending = v;
            pendingAt = int(i);
        } else {
            bytes.append(char((pending << 4) | v));
            pending = -1;
        }
    }
    if (pending >= 0)
        return Error::at(ErrorCode::InvalidHex, pendingAt);
    return bytes;
}

Result<QByteArray> bytesFromInput(const QByteArray &input)
{
    if (looksLikeHexText(input))
        return parseHexText(input);
    return input;
}

namespace {

// Walks the frames of bytes one after the other, each validated, handing each one's offset and
// length to onFrame; the first broken or cut frame is the error, with its offset in bytes.
template<typename OnFrame>
Error forEachFrame(const QByteArray &bytes, OnFrame onFrame)
{
    if (bytes.isEmpty())
        return Error::at(ErrorCode::EmptyInput, 0);
    const auto *p = reinterpret_cast<const std::uint8_t *>(bytes.constData());
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const link::FrameScan scan = link::scanFrame(p + pos, bytes.size() - pos);
        if (scan.status == link::FrameScan::Status::Invalid) {
            Error error = scan.error;
            error.offset += int(pos);
            return error;
        }
        if (scan.status == link::FrameScan::Status::NeedMore)
            return Error::at(ErrorCode::Truncated, int(bytes.size()), int(scan.length), int(bytes.size() - pos));
        onFrame(p + pos, scan.length);
        pos += scan.length;
    }
    return {};
}

} // namespace

Result<int> countFrames(const QByteArray &bytes)
{
    int count = 0;
    const Error error = forEachFrame(bytes, [&](const std::uint8_t *, qsizetype) { ++count; });
    if (error.isError())
        return error;
    return count;
}

Result<QList<link::Frame>> splitFrames(const QByteArray &bytes)
{
    QList<link::Frame> frames;
    const Error error = forEachFrame(bytes, [&](const std::uint8_t *frame, qsizetype length) {
        frames.append(link::frameFromScanned(frame, length));
    });
    if (error.isError())
        return error;
    return frames;
}

} // namespace mbus::frametext

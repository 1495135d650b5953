#include "HexView.h"

#include "decode/RecordText.h"

#include <QHelpEvent>
#include <QTextBlock>
#include <QToolTip>

namespace mbus::ui {

namespace {

QColor segmentColour(const frametext::FrameSegment &segment)
{
    using Kind = frametext::FrameSegment::Kind;
    switch (segment.kind) {
    case Kind::Start:
    case Kind::Checksum:
    case Kind::Stop: return QColor(0xe0, 0xe0, 0xe0);
    case Kind::Control:
    case Kind::Address:
    case Kind::Ci: return QColor(0xd8, 0xe4, 0xf8);
    case Kind::DataHeader: return QColor(0xe8, 0xdc, 0xf4);
    case Kind::Record: return segment.record % 2 ? QColor(0xe0, 0xf2, 0xe0) : QColor(0xf6, 0xf2, 0xd8);
    case Kind::ManufacturerData: return QColor(0xf4, 0xe0, 0xd8);
    }
    return Qt::white;
}

QString segmentText(const frametext::FrameSegment &segment)
{
    using Kind = frametext::FrameSegment::Kind;
    switch (segment.kind) {
    case Kind::Start: return HexView::tr("start");
    case Kind::Control: return HexView::tr("C field");
    case Kind::Address: return HexView::tr("A field (primary address)");
    case Kind::Ci: return HexView::tr("CI field");
    case Kind::DataHeader: return HexView::tr("data header");
    case Kind::Record: return HexView::tr("record %1").arg(segment.record);
    case Kind::ManufacturerData: return HexView::tr("manufacturer data");
    case Kind::Checksum: return HexView::tr("checksum");
    case Kind::Stop: return HexView::tr("stop");
    }
    return {};
}

} // namespace

HexView::HexView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);
    setMouseTracking(true);
}

void HexView::setTelegram(const decode::Telegram &telegram)
{
    m_raw = telegram.frame.raw;
    m_segments = frametext::frameSegments(telegram);
    m_highlightOffset = -1;
    m_highlightSize = 0;
    QStringList lines;
    for (int start = 0; start < m_raw.size(); start += BytesPerLine) {
        const QByteArrayView chunk = QByteArrayView(m_raw).sliced(start, qMin<qsizetype>(BytesPerLine, m_raw.size() - start));
        lines << QStringLiteral("%1  %2").arg(start, 4, 16, QLatin1Char('0')).arg(decode::hexText(chunk));
    }
    setPlainText(lines.join(QLatin1Char('\n')).toUpper());
    paintSelections();
}

void HexView::clearFrame()
{
    m_raw.clear();
    m_segments.clear();
    m_highlightOffset = -1;
    m_highlightSize = 0;
    clear();
    setExtraSelections({});
}

void HexView::highlight(int offset, int size)
{
    m_highlightOffset = offset;
    m_highlightSize = size;
    paintSelections();
    if (offset >= 0 && offset < m_raw.size()) {
        QTextCursor cursor(document()->findBlockByNumber(offset / BytesPerLine));
        setTextCursor(cursor);
        ensureCursorVisible();
    }
}

QTextEdit::ExtraSelection HexView::selectionFor(int offset, int size, const QColor &background, bool bold) const
{
    // One selection per line would be needed for a range that wraps; the caller splits.
    QTextEdit::ExtraSelection selection;
    QTextCursor cursor(document()->findBlockByNumber(offset / BytesPerLine));
    const int column = OffsetWidth + (offset % BytesPerLine) * 3;
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, column);
    cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, size * 3 - 1);
    selection.cursor = cursor;
    selection.format.setBackground(background);
    if (bold) {
        selection.format.setFontWeight(QFont::Bold);
        selection.format.setForeground(Qt::white);
    }
    return selection;
}

void HexView::paintSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const auto addRange = [&](int offset, int size, const QColor &colour, bool bold) {
        const int end = qMin<int>(offset + size, int(m_raw.size()));
        for (int at = offset; at < end;) {
            const int lineEnd = (at / BytesPerLine + 1) * BytesPerLine;
            const int n = qMin(end, lineEnd) - at;
            selections << selectionFor(at, n, colour, bold);
            at += n;
        }
    };
    for (const frametext::FrameSegment &segment : m_segments)
        addRange(segment.offset, segment.size, segmentColour(segment), false);
    if (m_highlightOffset >= 0 && m_highlightSize > 0)
        addRange(m_highlightOffset, m_highlightSize, palette().color(QPalette::Highlight), true);
    setExtraSelections(selections);
}

int HexView::byteAt(const QPoint &viewportPos) const
{
    const QTextCursor cursor = cursorForPosition(viewportPos);
    const int line = cursor.blockNumber();
    const int column = cursor.positionInBlock() - OffsetWidth;
    if (column < 0)
        return -1;
    const int offset = line * BytesPerLine + qMin(column / 3, BytesPerLine - 1);
    return offset < m_raw.size() ? offset : -1;
}

QString HexView::describeByte(int offset) const
{
    for (const frametext::FrameSegment &segment : m_segments) {
        if (offset >= segment.offset && offset < segment.offset + segment.size)
            return tr("byte %1 (0x%2): %3").arg(offset).arg(quint8(m_raw.at(offset)), 2, 16, QLatin1Char('0')).arg(segmentText(segment));
    }
    return {};
}

bool HexView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int offset = byteAt(help->pos());
        const QString text = offset >= 0 ? describeByte(offset) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void HexView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    const int offset = byteAt(event->position().toPoint());
    for (const frametext::FrameSegment &segment : m_segments) {
        if (segment.kind == frametext::FrameSegment::Kind::Record && offset >= segment.offset && offset < segment.offset + segment.size)
            Q_EMIT recordClicked(segment.record);
    }
}

} // namespace mbus::ui

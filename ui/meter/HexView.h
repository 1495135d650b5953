#pragma once

#include "decode/Telegram.h"
#include "frametext/FrameLayout.h"

#include <QPlainTextEdit>

// The bytes of one frame, 16 to a line with their offsets, tinted by what they are (link layer,
// data header, records in alternating shades, checksum) and with one record's bytes highlighted:
// where a record sits in an undecoded byte stream is what an engineer looks for.
namespace mbus::ui {

class HexView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit HexView(QWidget *parent = nullptr);

    void setTelegram(const decode::Telegram &telegram);
    void clearFrame();
    // Highlights size bytes from offset (into the frame), scrolling them into view.
    void highlight(int offset, int size);
    // The highlighted byte range, {-1, 0} when none.
    QPair<int, int> highlighted() const { return {m_highlightOffset, m_highlightSize}; }
    // The segment under a byte, for tooltips and tests.
    QString describeByte(int offset) const;

Q_SIGNALS:
    // The user clicked a byte of this record.
    void recordClicked(int record);

protected:
    bool viewportEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    static constexpr int BytesPerLine = 16;
    static constexpr int OffsetWidth = 6; // "0000  "
    int byteAt(const QPoint &viewportPos) const;
    QTextEdit::ExtraSelection selectionFor(int offset, int size, const QColor &background, bool bold) const;
    void paintSelections();

    QByteArray m_raw;
    QList<frametext::FrameSegment> m_segments;
    int m_highlightOffset = -1;
    int m_highlightSize = 0;
};

} // namespace mbus::ui

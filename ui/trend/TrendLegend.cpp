#include "TrendLegend.h"

#include "trend/CustomPlot.h"

namespace mbus::ui {

void placeLegendAbovePlot(QCustomPlot *plot)
{
    QCPLegend *legend = plot->legend;
    plot->axisRect()->insetLayout()->take(legend);
    plot->axisRect()->insetLayout()->simplify();
    // Row 0: the legend at its own width and a spacer taking the rest, so that a short legend
    // stays left instead of spreading its entries over the whole width.
    auto *row = new QCPLayoutGrid;
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, row);
    plot->plotLayout()->setRowStretchFactor(0, 0.001); // as high as the entries need
    row->addElement(0, 0, legend);
    row->addElement(0, 1, new QCPLayoutElement(plot));
    row->setColumnStretchFactor(0, 0.001);
    row->setMargins(QMargins(0, 0, 0, 0));
    plot->plotLayout()->setRowSpacing(0); // the axis rect's top margin keeps legend and data apart
    legend->setMargins(QMargins(7, 2, 7, 0));
    legend->setVisible(true);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setWrap(1);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
}

void arrangeLegend(QCustomPlot *plot)
{
    QCPLegend *legend = plot->legend;
    int widest = 0;
    for (int i = 0; i < legend->itemCount(); ++i) { // cells: an empty one has no item
        if (const QCPAbstractLegendItem *item = legend->item(i))
            widest = qMax(widest, item->minimumOuterSizeHint().width());
    }
    const int room = plot->width() - legend->margins().left() - legend->margins().right();
    const int spacing = legend->columnSpacing();
    const int columns = widest > 0 ? qMax(1, (room + spacing) / (widest + spacing)) : 1;
    if (columns == legend->wrap())
        return;
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // re-flows the entries
}

} // namespace mbus::ui

#include "contraststyle.h"

#include "errorcolors.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOption>

namespace barge {

ContrastStyle::ContrastStyle() = default;

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    // A check box in a table (PE_IndicatorItemViewItemCheck) comes back here as PE_IndicatorCheckBox.
    const bool box = element == PE_IndicatorCheckBox;
    if ((!box && element != PE_IndicatorRadioButton) || !isDarkPalette(option->palette))
        return;
    QColor frame = option->palette.color(QPalette::Text);
    frame.setAlphaF(option->state & State_Enabled ? 0.5 : 0.25);
    const qreal pixel = 1.0 / painter->device()->devicePixelRatioF();
    painter->save();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(frame, 0)); // a cosmetic pen: one device pixel at any scale
    if (box) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->drawRect(QRectF(option->rect).adjusted(0, 0, -pixel, -pixel));
    } else {
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->drawEllipse(QRectF(option->rect).adjusted(pixel, pixel, -pixel, -pixel));
    }
    painter->restore();
}

void installContrastStyle()
{
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0)
        QApplication::setStyle(new ContrastStyle);
}

} // namespace barge

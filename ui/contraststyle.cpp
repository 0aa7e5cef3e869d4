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
    if ((element != PE_IndicatorCheckBox && element != PE_IndicatorItemViewItemCheck) || !isDarkPalette(option->palette))
        return;
    QColor frame = option->palette.color(QPalette::Text);
    frame.setAlphaF(option->state & State_Enabled ? 0.5 : 0.25);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(frame, 0)); // a cosmetic pen: one device pixel at any scale
    painter->drawRect(QRectF(option->rect).adjusted(0, 0, -1.0 / painter->device()->devicePixelRatioF(),
                                                    -1.0 / painter->device()->devicePixelRatioF()));
    painter->restore();
}

void installContrastStyle()
{
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0)
        QApplication::setStyle(new ContrastStyle);
}

} // namespace barge

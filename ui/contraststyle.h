#pragma once
// ContrastStyle: Qt 6.4's Fusion style draws a check box's frame a shade darker than the window. On a
// dark palette that frame vanishes into the grey around it, and an unchecked box in a table (the
// tables page, the field mapping's NOT NULL column) or an unchosen radio button cannot be seen at
// all. On a dark palette this proxy draws the frame again in the text colour, half strength. Other styles (Breeze, the Windows
// and macOS styles) and light palettes are drawn exactly as their style draws them.

#include <QProxyStyle>

namespace barge {

class ContrastStyle : public QProxyStyle
{
    Q_OBJECT

public:
    ContrastStyle(); // proxies the platform's default style

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

// Makes ContrastStyle the application's style when the default one is Fusion; else leaves it.
void installContrastStyle();

} // namespace barge

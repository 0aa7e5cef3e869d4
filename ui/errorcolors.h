#pragma once
// The colours of inline errors (a failed connection test, a rejected cell in the preview, a source
// that cannot be read), chosen for the palette in use: dark red on a light window, light red on a
// dark one. Each pair keeps a contrast of at least 4.5:1 (WCAG AA; tst_wizard_layout checks it).

#include <QColor>
#include <QPalette>
#include <QString>

namespace barge {

inline bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Text on the window's own background.
inline QColor errorTextColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

// A rejected cell: its own background and text.
inline QColor errorCellBackground(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0x5c, 0x1b, 0x1b) : QColor(0xf8, 0xd0, 0xd0);
}

inline QColor errorCellText(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0xd0, 0xd0) : QColor(0x9b, 0x10, 0x10);
}

// For a label's style sheet: "color: #b00020;".
inline QString errorTextStyle(const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(errorTextColor(palette).name());
}

} // namespace barge

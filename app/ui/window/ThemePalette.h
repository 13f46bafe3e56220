#pragma once

#include <QPalette>
#include <QString>

// The application palettes for View > Theme: the system's own, or a light or dark one built on
// the Fusion style so that every widget, the reader and the code colours agree.
namespace ThemePalette {

// Applies THEME ("system", "light" or "dark") to the whole application.
void apply(const QString &theme);
QPalette dark();
QPalette light();

} // namespace ThemePalette

#pragma once

class QCoreApplication;

// Installs the translations for the user's languages (LANGUAGE, LC_MESSAGES, LANG): Qt's own
// and the app's, which are compiled in. Returns whether the app's own were found.
namespace AppTranslations {
bool install(QCoreApplication &app);
} // namespace AppTranslations

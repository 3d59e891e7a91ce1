// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ee::ui {

/// \brief The interface languages the app ships: "en" (the sources' own text) and those with a
/// translation embedded as :/i18n/emergence_<code>.qm ("zh_CN").
QStringList availableLanguages();
/// \brief A language's name in that language ("English", "简体中文"), for menus and dialogs.
QString languageName(const QString& code);
/// \brief The shipped language closest to the system locale: "zh_CN" for any Chinese locale,
/// else "en".
QString systemLanguage();
/// \brief The language chosen in View → Language (saved in the settings), else systemLanguage().
QString savedLanguage();
void saveLanguage(const QString& code);

/// \brief Makes `code` the language of every later tr() (replacing the previous translator);
/// false, with the language unchanged, for a code the app does not ship.
bool installLanguage(const QString& code);
/// \brief The language installed last ("en" before any).
QString currentLanguage();

/// \brief Switches the language of tr() for as long as it lives, then switches back: figures
/// exported in another language than the interface's (texts are translated while the figure is
/// laid out, on the GUI thread).
class ScopedLanguage {
public:
    explicit ScopedLanguage(const QString& code);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    QString m_previous;
};

} // namespace ee::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>

namespace ee::ui {

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kSettingsKey = QStringLiteral("ui/language");

QString qmPath(const QString& code) {
    return QStringLiteral(":/i18n/emergence_%1.qm").arg(code);
}

struct Installed {
    QString code = kEnglish;
    std::unique_ptr<QTranslator> translator;
    /// Qt's own texts (the standard buttons OK, Cancel, Close, Yes, No; file dialogs), from
    /// Debian's qt6-translations-l10n when it is installed; without it they stay English.
    std::unique_ptr<QTranslator> qtTranslator;
};

Installed& installed() {
    static Installed state;
    return state;
}

} // namespace

QStringList availableLanguages() {
    QStringList out{kEnglish};
    if (QFile::exists(qmPath(QStringLiteral("zh_CN"))))
        out << QStringLiteral("zh_CN");
    return out;
}

QString languageName(const QString& code) {
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == kEnglish)
        return QStringLiteral("English");
    return code;
}

QString systemLanguage() {
    return QLocale::system().language() == QLocale::Chinese &&
                   availableLanguages().contains(QStringLiteral("zh_CN"))
               ? QStringLiteral("zh_CN")
               : kEnglish;
}

QString savedLanguage() {
    const QString saved = QSettings().value(kSettingsKey).toString();
    return availableLanguages().contains(saved) ? saved : systemLanguage();
}

void saveLanguage(const QString& code) {
    QSettings().setValue(kSettingsKey, code);
}

bool installLanguage(const QString& code) {
    if (!availableLanguages().contains(code))
        return false;
    Installed& now = installed();
    if (now.code == code)
        return true;
    std::unique_ptr<QTranslator> next, nextQt;
    if (code != kEnglish) {
        next = std::make_unique<QTranslator>();
        if (!next->load(qmPath(code)))
            return false;
        nextQt = std::make_unique<QTranslator>();
        if (!nextQt->load(QStringLiteral("qtbase_") + code,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            nextQt.reset();
    }
    for (QTranslator* t : {now.translator.get(), now.qtTranslator.get()})
        if (t)
            QCoreApplication::removeTranslator(t);
    now.translator = std::move(next);
    now.qtTranslator = std::move(nextQt);
    for (QTranslator* t : {now.qtTranslator.get(), now.translator.get()})
        if (t)
            QCoreApplication::installTranslator(t);
    now.code = code;
    return true;
}

QString currentLanguage() {
    return installed().code;
}

ScopedLanguage::ScopedLanguage(const QString& code)
    : m_previous(currentLanguage()) {
    installLanguage(code);
}

ScopedLanguage::~ScopedLanguage() {
    installLanguage(m_previous);
}

} // namespace ee::ui

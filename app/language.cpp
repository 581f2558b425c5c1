// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Opsight::App {

QList<Language> availableLanguages()
{
    return {
        {QString(), QCoreApplication::translate("Opsight::App::Language", "System Default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

void installTranslators(QCoreApplication &app, const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);

    const auto install = [&app](const auto &load) {
        auto *translator = new QTranslator(&app);
        if (load(*translator))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    // Qt's own strings (standard buttons), when the system ships them.
    install([&locale](QTranslator &t) {
        return t.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    // Ours are embedded by qt_add_translations(RESOURCE_PREFIX /i18n). English goes
    // first as the fallback: it holds the plural forms ("1 day", "14 days") for every
    // locale we have no translation for; a matching translation, installed later, wins.
    install([](QTranslator &t) { return t.load(QStringLiteral("opsight_en"), QStringLiteral(":/i18n")); });
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        install([&locale](QTranslator &t) {
            return t.load(locale, QStringLiteral("opsight"), QStringLiteral("_"), QStringLiteral(":/i18n"));
        });
    }
}

} // namespace Opsight::App

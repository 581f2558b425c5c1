// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace Opsight::App {

struct Language
{
    QString code;       // "" for the system language, else "en", "zh_CN", ...
    QString nativeName; // shown in the View > Language menu
};

// The languages translations/ ships, the system default first.
QList<Language> availableLanguages();

// Installs Opsight's translator (from :/i18n) and Qt's own, for `code` or the system
// locale when it is empty, and makes that locale the default for number formatting.
// Call once, before any window is created: titles are translated when views are made.
void installTranslators(QCoreApplication &app, const QString &code);

} // namespace Opsight::App

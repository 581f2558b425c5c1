// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QDir>

namespace Opsight::App {

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kCurrentView = QStringLiteral("mainWindow/currentView");
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kLastWarehouse = QStringLiteral("files/lastWarehouse");
const QString kLastDirectory = QStringLiteral("files/lastDirectory");
const QString kLanguage = QStringLiteral("ui/language");
} // namespace

AppSettings::AppSettings() = default;

QByteArray AppSettings::windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray &geometry) { m_settings.setValue(kGeometry, geometry); }
QByteArray AppSettings::windowState() const { return m_settings.value(kState).toByteArray(); }
void AppSettings::setWindowState(const QByteArray &state) { m_settings.setValue(kState, state); }
QString AppSettings::currentView() const { return m_settings.value(kCurrentView).toString(); }
void AppSettings::setCurrentView(const QString &id) { m_settings.setValue(kCurrentView, id); }
QStringList AppSettings::recentFiles() const { return m_settings.value(kRecentFiles).toStringList(); }
void AppSettings::setRecentFiles(const QStringList &files) { m_settings.setValue(kRecentFiles, files); }
QString AppSettings::lastWarehouse() const { return m_settings.value(kLastWarehouse).toString(); }
void AppSettings::setLastWarehouse(const QString &path) { m_settings.setValue(kLastWarehouse, path); }

QString AppSettings::lastDirectory() const
{
    return m_settings.value(kLastDirectory, QDir::homePath()).toString();
}

void AppSettings::setLastDirectory(const QString &directory) { m_settings.setValue(kLastDirectory, directory); }
QString AppSettings::language() const { return m_settings.value(kLanguage).toString(); }
void AppSettings::setLanguage(const QString &code) { m_settings.setValue(kLanguage, code); }

} // namespace Opsight::App

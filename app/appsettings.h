// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace Opsight::App {

// Typed access to what the console remembers between runs, in QSettings under the
// organisation and application name "Opsight" (set in main()).
class AppSettings final
{
public:
    AppSettings();
    Q_DISABLE_COPY_MOVE(AppSettings)

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QString currentView() const;
    void setCurrentView(const QString &id);

    QStringList recentFiles() const;
    void setRecentFiles(const QStringList &files);
    QString lastWarehouse() const;
    void setLastWarehouse(const QString &path);
    QString lastDirectory() const;
    void setLastDirectory(const QString &directory);

    // "" follows the system locale; otherwise a code such as "en" or "zh_CN".
    QString language() const;
    void setLanguage(const QString &code);

private:
    QSettings m_settings;
};

} // namespace Opsight::App

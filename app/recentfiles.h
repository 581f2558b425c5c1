// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Opsight::App {

// The File > Open Recent list: newest first, no duplicates, at most kMaximum.
// Plain logic; the main window builds the menu and persists it in AppSettings.
class RecentFiles final
{
public:
    static constexpr int kMaximum = 8;

    explicit RecentFiles(const QStringList &files = {});

    // Moves `path` (made absolute) to the front.
    void add(const QString &path);
    bool remove(const QString &path);
    // Drops entries whose file no longer exists and returns them.
    QStringList removeMissing();
    const QStringList &files() const { return m_files; }

private:
    QStringList m_files;
};

} // namespace Opsight::App

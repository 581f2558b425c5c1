// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QFileInfo>

namespace Opsight::App {

namespace {
QString normalized(const QString &path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}
} // namespace

RecentFiles::RecentFiles(const QStringList &files)
{
    // Oldest first, so that add() leaves the newest at the front as stored.
    for (auto it = files.crbegin(); it != files.crend(); ++it)
        add(*it);
}

void RecentFiles::add(const QString &path)
{
    const QString file = normalized(path);
    if (file.isEmpty())
        return;
    m_files.removeAll(file);
    m_files.prepend(file);
    while (m_files.size() > kMaximum)
        m_files.removeLast();
}

bool RecentFiles::remove(const QString &path)
{
    return m_files.removeAll(normalized(path)) > 0;
}

QStringList RecentFiles::removeMissing()
{
    QStringList missing;
    for (const QString &file : std::as_const(m_files)) {
        if (!QFileInfo(file).isFile())
            missing.append(file);
    }
    for (const QString &file : std::as_const(missing))
        m_files.removeAll(file);
    return missing;
}

} // namespace Opsight::App

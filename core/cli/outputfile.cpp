// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include <QFileInfo>

namespace Opsight::Cli {

OutputFile::OutputFile(const QString &path)
    : m_path(path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        m_through = std::make_unique<QFile>(path);
    else
        m_save = std::make_unique<QSaveFile>(path);
}

bool OutputFile::open()
{
    return m_save ? m_save->open(QIODevice::WriteOnly) : m_through->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

QIODevice &OutputFile::device()
{
    return m_save ? static_cast<QIODevice &>(*m_save) : *m_through;
}

bool OutputFile::commit()
{
    if (m_save)
        return m_save->commit();
    const bool ok = m_through->error() == QFileDevice::NoError && m_through->flush();
    m_through->close();
    return ok && m_through->error() == QFileDevice::NoError;
}

void OutputFile::cancel()
{
    if (m_save)
        m_save->cancelWriting();
}

QString OutputFile::errorString() const
{
    return m_save ? m_save->errorString() : m_through->errorString();
}

} // namespace Opsight::Cli

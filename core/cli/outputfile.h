// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace Opsight::Cli {

// Where a command writes its --output. A regular file (or a new one) appears
// only when the command completed, never half written (QSaveFile). A path that
// exists and is no regular file (/dev/stdout, a pipe, a device) is written
// through: a save file would replace it with a regular file on commit. Either
// way a failed write is reported by commit(), not lost.
class OutputFile final
{
public:
    explicit OutputFile(const QString &path);
    Q_DISABLE_COPY_MOVE(OutputFile)

    bool open();
    QIODevice &device();
    bool commit();
    void cancel(); // a save file leaves nothing behind
    QString errorString() const;
    QString fileName() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_through;
};

} // namespace Opsight::Cli

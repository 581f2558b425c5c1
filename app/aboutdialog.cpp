// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "common/buildinfo.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QSysInfo>

// Only for QCUSTOMPLOT_VERSION_STR; this is why opsight_app cannot be strict.
#include <qcustomplot.h>

namespace Opsight::App {

QString aboutText()
{
    const QString rows = QStringLiteral("<tr><td>%1</td><td>%2</td></tr>");
    QString versions;
    versions += rows.arg(QStringLiteral("Opsight"), QStringLiteral(OPSIGHT_VERSION));
    versions += rows.arg(QStringLiteral("Qt"), QString::fromLatin1(qVersion()));
    versions += rows.arg(QStringLiteral("SQLite"), Core::sqliteVersion());
    versions += rows.arg(QStringLiteral("Boost"), Core::boostVersion());
    versions += rows.arg(QStringLiteral("QCustomPlot"), QStringLiteral(QCUSTOMPLOT_VERSION_STR));
    versions += rows.arg(QCoreApplication::translate("Opsight::App::About", "System"), QSysInfo::prettyProductName());

    return QStringLiteral("<h3>Opsight %1</h3><p>%2</p><p>%3</p><table cellspacing=\"4\">%4</table><p>%5</p>")
        .arg(QStringLiteral(OPSIGHT_VERSION),
             QCoreApplication::translate("Opsight::App::About",
                                         "A desktop AIOps console for operators of large compute fleets: "
                                         "metrics, events, logs and workload in one local warehouse, "
                                         "analysed offline."),
             QCoreApplication::translate("Opsight::App::About", "Built with:"), versions,
             QCoreApplication::translate("Opsight::App::About", "Licensed under the GNU GPL, version 3 or later."));
}

void showAboutDialog(QWidget *parent)
{
    QMessageBox::about(parent, QCoreApplication::translate("Opsight::App::About", "About Opsight"), aboutText());
}

} // namespace Opsight::App

// SPDX-License-Identifier: GPL-3.0-or-later
// opsight: the desktop console. Thin on purpose: everything lives in opsight_app
// (main window) and opsight_views (pages), which the tests link.
#include "appsettings.h"
#include "displaycheck.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Before QApplication: without a display Qt would abort in its platform plugin.
    if (const auto message = Opsight::App::missingDisplayMessage(QString::fromLocal8Bit(argv[0]))) {
        std::fputs(message->toLocal8Bit().constData(), stderr);
        return 1;
    }

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Opsight"));
    QCoreApplication::setApplicationName(QStringLiteral("Opsight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPSIGHT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/opsight.png")));

    Opsight::App::installTranslators(app, Opsight::App::AppSettings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Opsight::App::main", "Desktop AIOps console for large compute fleets."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("Opsight::App::main",
                                    "Open the demo warehouse (a simulated fleet of 50 hosts over 14 days)."));
    parser.addOption(demoOption);
    parser.addPositionalArgument(
        QStringLiteral("warehouse"),
        QCoreApplication::translate("Opsight::App::main", "The warehouse file to open (default: the last one)."),
        QStringLiteral("[WAREHOUSE]"));
    parser.process(app);

    Opsight::App::MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(demoOption))
        window.openDemoWarehouse();
    else if (!positional.isEmpty())
        window.openWarehouse(positional.constFirst());
    else
        window.restoreLastSession();
    return QApplication::exec();
}

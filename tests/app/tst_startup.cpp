// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up: without a display the `opsight` binary explains how to run headless and
// exits 1 instead of crashing in Qt's platform plugin; the embedded translations load
// (English plural forms, Simplified Chinese) and the Chinese file is complete.
#include "common/formatting.h"
#include "displaycheck.h"
#include "language.h"

#include <QFile>
#include <QProcess>
#include <QTest>

class tst_Startup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noDisplayExplainsHeadless()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                                    QStringLiteral("QT_QPA_PLATFORM")})
            environment.remove(name);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(OPSIGHT_GUI_PATH), {QStringLiteral("--demo")});
        QVERIFY2(process.waitForFinished(30000), qPrintable(process.errorString()));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit); // no crash
        QCOMPARE(process.exitCode(), 1);
        const QString error = QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(error.contains(QStringLiteral("no display")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("xvfb-run -a")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("QT_QPA_PLATFORM=offscreen")), qPrintable(error));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void offscreenStarts()
    {
        // With a platform set the check steps aside; --version exits before any window.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(OPSIGHT_GUI_PATH), {QStringLiteral("--version")});
        QVERIFY2(process.waitForFinished(30000), qPrintable(process.errorString()));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromLocal8Bit(process.readAllStandardOutput()).contains(QStringLiteral(OPSIGHT_VERSION)));
    }

    void checkFunction()
    {
        const QByteArray display = qgetenv("DISPLAY");
        const QByteArray wayland = qgetenv("WAYLAND_DISPLAY");
        const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qunsetenv("QT_QPA_PLATFORM");
        const auto message = Opsight::App::missingDisplayMessage(QStringLiteral("./build/app/opsight"));
        qputenv("DISPLAY", ":0");
        const bool seesDisplay = !Opsight::App::missingDisplayMessage(QStringLiteral("opsight")).has_value();
        // Restore what the test runner set.
        qunsetenv("DISPLAY");
        for (const auto &[name, value] : {std::pair{"DISPLAY", display}, std::pair{"WAYLAND_DISPLAY", wayland},
                                          std::pair{"QT_QPA_PLATFORM", platform}})
            if (!value.isEmpty())
                qputenv(name, value);
        QVERIFY(message.has_value());
        QVERIFY(message->contains(QStringLiteral("xvfb-run -a ./build/app/opsight --demo")));
        QVERIFY(seesDisplay);
    }

    void englishPluralForms()
    {
        Opsight::App::installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(Opsight::Views::Format::duration(14 * Opsight::Core::kDay), QStringLiteral("14 days"));
        QCOMPARE(Opsight::Views::Format::duration(Opsight::Core::kDay + 3 * Opsight::Core::kHour),
                 QStringLiteral("1 day 3 hours"));
        QCOMPARE(Opsight::Views::Format::duration(90 * Opsight::Core::kMinute), QStringLiteral("1 hour 30 minutes"));
        QCOMPARE(Opsight::Views::Format::duration(5 * Opsight::Core::kMinute), QStringLiteral("5 minutes"));
        QCOMPARE(Opsight::Views::Format::duration(1 * Opsight::Core::kSecond), QStringLiteral("1 second"));
    }

    void simplifiedChinese()
    {
        Opsight::App::installTranslators(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("Opsight::Views::OverviewView", "Overview"), QStringLiteral("概览"));
        QCOMPARE(Opsight::Views::Format::duration(14 * Opsight::Core::kDay), QStringLiteral("14 天"));
        QCOMPARE(QCoreApplication::translate("Opsight::App::MainWindow", "No warehouse open"),
                 QStringLiteral("未打开数据仓库"));
    }

    void chineseTranslationIsComplete()
    {
        // Every string of app, views and core has a finished translation: run
        // update_translations and translate what it adds before committing.
        QFile file(QStringLiteral(OPSIGHT_TRANSLATIONS_DIR "/opsight_zh_CN.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray ts = file.readAll();
        QVERIFY(ts.contains("<message"));
        QStringList unfinished;
        qsizetype from = 0;
        while ((from = ts.indexOf("type=\"unfinished\"", from)) >= 0) {
            const qsizetype source = ts.lastIndexOf("<source>", from);
            const qsizetype sourceEnd = ts.indexOf("</source>", source);
            unfinished.append(QString::fromUtf8(ts.mid(source + 8, sourceEnd - source - 8)));
            ++from;
        }
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QStringLiteral("\n"))));
    }
};

QTEST_GUILESS_MAIN(tst_Startup)
#include "tst_startup.moc"

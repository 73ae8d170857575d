// Every screen of Ajuste fits: opened with the sample workspace, in English and in Portuguese,
// with the window maximised on a 1366×768 laptop, no visible widget shows less than its text
// needs (see LayoutInspector for what counts as cut).
//
// A new screen registers with one entry in screens() below: its name and a function that
// opens it through the LayoutFixture and returns the widget to inspect (the main window, or a
// dialog the fixture closes again).
//
// With AJUSTE_LAYOUT_SHOTS=<folder> every screen is saved as <folder>/<screen>-<lang>.png, to
// look at: AJUSTE_LAYOUT_SHOTS=/tmp/shots ctest --test-dir build -L layout
// AJUSTE_LAYOUT_SCREEN=1920x1080 runs on another screen (the tst_layout_1920x1080 test).

#include "jobsscreens.h"
#include "layoutfixture.h"
#include "layoutinspector.h"
#include "ui/common/messages.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFontInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>
#include <functional>

namespace {

using JobsScreens::FormStep;

struct Screen
{
    const char *name;
    std::function<QWidget *(LayoutFixture &)> open;
};

const QList<Screen> &screens()
{
    static const QList<Screen> all = {
        {"datasets", [](LayoutFixture &f) { return f.showPage(QStringLiteral("datasets")); }},
        {"datasets-toolcall", [](LayoutFixture &f) { return f.showExampleWithToolCall(); }},
        {"datasets-problems", [](LayoutFixture &f) { return f.showCheckTab(0); }},
        {"datasets-cost", [](LayoutFixture &f) { return f.showCheckTab(1); }},
        {"datasets-lengths", [](LayoutFixture &f) { return f.showLengthsChart(); }},
        {"datasets-fixes", [](LayoutFixture &f) { return f.showProblemsToFix(); }},
        {"jobs", [](LayoutFixture &f) { return f.showPage(QStringLiteral("jobs")); }},
        {"jobs-list", [](LayoutFixture &f) { return JobsScreens::showList(f); }},
        {"job-finished", [](LayoutFixture &f) { return JobsScreens::showJob(f, false); }},
        {"job-failed", [](LayoutFixture &f) { return JobsScreens::showJob(f, true); }},
        {"start-setup",
         [](LayoutFixture &f) { return JobsScreens::showStartFineTune(f, FormStep::Setup); }},
        {"start-advanced",
         [](LayoutFixture &f) { return JobsScreens::showStartFineTune(f, FormStep::Advanced); }},
        {"start-checks",
         [](LayoutFixture &f) { return JobsScreens::showStartFineTune(f, FormStep::Checks); }},
        {"start-cost",
         [](LayoutFixture &f) { return JobsScreens::showStartFineTune(f, FormStep::Cost); }},
        {"start-sending",
         [](LayoutFixture &f) { return JobsScreens::showStartFineTune(f, FormStep::Sending); }},
        {"start-refused",
         [](LayoutFixture &f) { return JobsScreens::showStartFineTune(f, FormStep::Refused); }},
        {"playground", [](LayoutFixture &f) { return f.showPage(QStringLiteral("playground")); }},
        {"settings-providers", [](LayoutFixture &f) { return f.showSettingsTab(0); }},
        {"settings-new-provider", [](LayoutFixture &f) { return f.showNewProvider(); }},
        {"settings-prices", [](LayoutFixture &f) { return f.showSettingsTab(1); }},
        {"settings-language", [](LayoutFixture &f) { return f.showSettingsTab(2); }},
        {"import-columns", [](LayoutFixture &f) { return f.showColumnMapping(); }},
        {"import-summary", [](LayoutFixture &f) { return f.showImportSummary(); }},
        {"find-replace", [](LayoutFixture &f) { return f.showFindReplace(); }},
        {"validation-split", [](LayoutFixture &f) { return f.showValidationSplit(); }},
        {"system-prompt", [](LayoutFixture &f) { return f.showSystemPrompt(); }},
        {"welcome", [](LayoutFixture &f) { return f.showWelcome(); }},
        {"about", [](LayoutFixture &f) { return f.showAbout(); }},
    };
    return all;
}

QString screenSuffix()
{
    const QSize screen = LayoutFixture::screenSize();
    return screen == QSize(1366, 768)
               ? QString()
               : QStringLiteral("-%1x%2").arg(screen.width()).arg(screen.height());
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("AJUSTE_LAYOUT_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + screenSuffix() + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        qWarning() << "could not save" << path;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void everyScreenFits_data();
    void everyScreenFits();

private:
    std::unique_ptr<LayoutFixture> m_fixture;
};

void TestLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The font Debian's Qt gives a new user (X11, no desktop settings): DejaVu Sans 9 pt.
    QVERIFY2(QFontInfo(QApplication::font()).family() == QLatin1String("DejaVu Sans"),
             "the layout check needs the DejaVu fonts (fonts-dejavu-core)");
    Messages::setTestHook([](const Messages::Shown &) { return QMessageBox::Ok; });
    m_fixture = std::make_unique<LayoutFixture>();
}

void TestLayout::cleanup()
{
    m_fixture->closeDialogs();
}

void TestLayout::cleanupTestCase()
{
    m_fixture.reset();
    Messages::setTestHook({});
}

void TestLayout::everyScreenFits_data()
{
    QTest::addColumn<int>("screen");
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "pt_BR"}) {
        for (int i = 0; i < screens().size(); ++i)
            QTest::addRow("%s-%s", screens().at(i).name, language)
                << i << QString::fromLatin1(language);
    }
}

void TestLayout::everyScreenFits()
{
    QFETCH(int, screen);
    QFETCH(QString, language);
    QString error;
    QVERIFY2(m_fixture->start(language, &error), qPrintable(error));

    QList<LayoutInspector::Finding> findings;
    // The main window maximised on the screen (dialogs keep their own size).
    const QSize windowSize = LayoutFixture::windowRoom();
    if (!m_fixture->resizeWindow(windowSize)) {
        const QSize least = m_fixture->window()->minimumSizeHint();
        findings.append({QStringLiteral("MainWindow"),
                         QStringLiteral("cannot be %1×%2 px: its layout needs at least %3×%4")
                             .arg(windowSize.width())
                             .arg(windowSize.height())
                             .arg(least.width())
                             .arg(least.height())});
    }
    QWidget *shown = screens().at(screen).open(*m_fixture);
    QVERIFY2(shown, "the screen did not open");
    // Layouts, charts and fonts settle on the next turns of the event loop.
    QTest::qWait(60);
    saveShot(shown, QString::fromUtf8(QTest::currentDataTag()));
    findings += LayoutInspector::inspect(shown, LayoutFixture::windowRoom());
    if (findings.isEmpty())
        return;
    QString report = QStringLiteral("%1 problem(s) on “%2” in %3 (window %4×%5):")
                         .arg(findings.size())
                         .arg(QString::fromLatin1(screens().at(screen).name), language)
                         .arg(shown->width())
                         .arg(shown->height());
    for (const LayoutInspector::Finding &finding : std::as_const(findings))
        report += QStringLiteral("\n  - %1: %2").arg(finding.widget, finding.problem);
    QFAIL(qPrintable(report));
}

// The offscreen platform's screen is 800×800 unless told otherwise: give it the laptop's.
int main(int argc, char *argv[])
{
    QTemporaryFile screenConfig(QDir::tempPath() + QStringLiteral("/ajuste-layout-XXXXXX.json"));
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && screenConfig.open()) {
        const QSize size = LayoutFixture::screenSize();
        const QJsonObject screen{{QStringLiteral("name"), QStringLiteral("laptop")},
                                 {QStringLiteral("x"), 0},
                                 {QStringLiteral("y"), 0},
                                 {QStringLiteral("width"), size.width()},
                                 {QStringLiteral("height"), size.height()},
                                 {QStringLiteral("logicalDpi"), 96},
                                 {QStringLiteral("logicalBaseDpi"), 96},
                                 {QStringLiteral("dpr"), 1}};
        // No window frames: windowRoom() already leaves the title bar's height.
        const QJsonObject config{{QStringLiteral("windowFrameMargins"), false},
                                 {QStringLiteral("screens"), QJsonArray{screen}}};
        screenConfig.write(QJsonDocument(config).toJson());
        screenConfig.flush();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screenConfig.fileName().toLocal8Bit());
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AjusteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("AjusteLayout"));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    TestLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_layout.moc"

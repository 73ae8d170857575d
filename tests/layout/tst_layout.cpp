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
// AJUSTE_LAYOUT_SCREEN=1920x1080 runs on another screen (the tst_layout_1920x1080 test; its
// pictures end in -1920x1080.png). A failure names the screen, the language, the widget and
// what of it is cut.

#include "comparescreens.h"
#include "jobsscreens.h"
#include "judgingscreens.h"
#include "layoutfixture.h"
#include "markdownscreens.h"
#include "layoutinspector.h"
#include "playgroundscreens.h"
#include "ui/common/messages.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFontInfo>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QToolBar>
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
        {"jobs-compare", [](LayoutFixture &f) { return JobsScreens::showComparison(f); }},
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
        {"start-provider-estimate",
         [](LayoutFixture &f) {
             return JobsScreens::showStartFineTune(f, FormStep::ProviderEstimate);
         }},
        {"start-sending",
         [](LayoutFixture &f) { return JobsScreens::showStartFineTune(f, FormStep::Sending); }},
        {"start-refused",
         [](LayoutFixture &f) { return JobsScreens::showStartFineTune(f, FormStep::Refused); }},
        {"playground", [](LayoutFixture &f) { return f.showPage(QStringLiteral("playground")); }},
        {"playground-answers",
         [](LayoutFixture &f) { return PlaygroundScreens::showAnswers(f, false); }},
        {"playground-advanced",
         [](LayoutFixture &f) { return PlaygroundScreens::showAnswers(f, true); }},
        {"playground-blind", [](LayoutFixture &f) { return JudgingScreens::showBlindPage(f); }},
        {"playground-results", [](LayoutFixture &f) { return JudgingScreens::showResults(f); }},
        {"judging-four-answers", [](LayoutFixture &f) { return JudgingScreens::showJudging(f); }},
        {"save-answer", [](LayoutFixture &f) { return JudgingScreens::showSaveAnswer(f); }},
        {"save-preference", [](LayoutFixture &f) { return JudgingScreens::showSavePreference(f); }},
        {"batch-compare", [](LayoutFixture &f) { return CompareScreens::showSetup(f); }},
        {"batch-compare-results", [](LayoutFixture &f) { return CompareScreens::showResults(f); }},
        {"answer-markdown", [](LayoutFixture &f) { return MarkdownScreens::showAnswer(f); }},
        {"answer-very-long",
         [](LayoutFixture &f) { return MarkdownScreens::showVeryLongAnswer(f); }},
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
    void inspectorFindsWhatIsCut();
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

// The inspector itself: a screen made to be cut in every way it looks for.
void TestLayout::inspectorFindsWhatIsCut()
{
    QWidget screen;
    auto grid = new QGridLayout(&screen);
    auto label = new QLabel(QStringLiteral("A label far too long for its room"));
    label->setObjectName(QStringLiteral("narrowLabel"));
    label->setFixedWidth(60);
    auto wrapped = new QLabel(QStringLiteral("A wrapped label with many words that needs "
                                             "several lines and gets only one"));
    wrapped->setObjectName(QStringLiteral("shortLabel"));
    wrapped->setWordWrap(true);
    wrapped->setFixedSize(120, 16);
    auto button = new QPushButton(QStringLiteral("Start the fine-tune now"));
    button->setObjectName(QStringLiteral("narrowButton"));
    button->setFixedWidth(70);
    auto combo = new QComboBox;
    combo->setObjectName(QStringLiteral("narrowCombo"));
    combo->addItems({QStringLiteral("Short"), QStringLiteral("A much longer choice than the box")});
    combo->setFixedWidth(90);
    auto edit = new QLineEdit;
    edit->setObjectName(QStringLiteral("narrowEdit"));
    edit->setPlaceholderText(QStringLiteral("A placeholder that explains a great deal"));
    edit->setFixedWidth(80);
    auto under = new QLabel(QStringLiteral("under"));
    under->setObjectName(QStringLiteral("coveredLabel"));
    auto over = new QLabel(QStringLiteral("over"));
    over->setObjectName(QStringLiteral("coveringLabel"));
    auto tools = new QToolBar;
    tools->setObjectName(QStringLiteral("crowdedToolBar"));
    for (int i = 0; i < 12; ++i)
        tools->addAction(QStringLiteral("Action %1").arg(i));
    tools->setFixedWidth(200);
    auto chart = new QChartView;
    chart->setObjectName(QStringLiteral("crowdedChart"));
    auto series = new QBarSeries;
    auto set = new QBarSet(QStringLiteral("n"));
    QStringList categories;
    for (int i = 0; i < 20; ++i) {
        set->append(i);
        categories << QStringLiteral("%1000–%2000").arg(i).arg(i + 1);
    }
    series->append(set);
    chart->chart()->addSeries(series);
    auto axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->chart()->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    chart->setFixedSize(300, 200);
    grid->addWidget(label, 0, 0);
    grid->addWidget(wrapped, 0, 1);
    grid->addWidget(button, 1, 0);
    grid->addWidget(combo, 1, 1);
    grid->addWidget(edit, 2, 0);
    grid->addWidget(under, 2, 1);
    grid->addWidget(over, 2, 1); // the same cell: one covers the other
    grid->addWidget(tools, 3, 0, 1, 2);
    grid->addWidget(chart, 4, 0, 1, 2);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QTest::qWait(60);
    const QList<LayoutInspector::Finding> findings =
        LayoutInspector::inspect(&screen, QSize(200, 200));
    QStringList seen;
    for (const LayoutInspector::Finding &finding : findings)
        seen << finding.widget + QStringLiteral(": ") + finding.problem;
    const QString all = seen.join(QLatin1Char('\n'));
    for (const char *expected :
         {"narrowLabel", "shortLabel", "narrowButton", "narrowCombo", "narrowEdit", "overlaps",
          "crowdedToolBar", "crowdedChart", "larger than the 200×200"})
        QVERIFY2(
            all.contains(QString::fromUtf8(expected)),
            qPrintable(
                QStringLiteral("no finding for %1 in:\n%2").arg(QString::fromUtf8(expected), all)));
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
    // Layouts, charts and fonts settle on the next turns of the event loop (a chart may
    // choose its bars again once laid out, which posts more work).
    QTest::qWait(60);
    for (int turn = 0; turn < 5; ++turn)
        QCoreApplication::sendPostedEvents();
    QTest::qWait(20);
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
    // A home of its own: the sample workspace and the settings live there, and the test runs
    // beside other tests (and itself, on another screen) that use theirs.
    QTemporaryDir home;
    if (home.isValid())
        qputenv("HOME", QFile::encodeName(home.path()));
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

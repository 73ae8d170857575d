// Not a test: the window as a person sees it while a Sandbox job trains, for screenshots of
// the job page filling live (../shared/tools/screenshot OUT.png --lang pt_BR --wait N --
// build/tests/jobsui/jobs_live_preview). Temporary settings and workspace; the sample dataset
// goes through Start Fine-Tune (checks, cost confirmed) to the job page, which then fills in
// from the real Sandbox. --speed N sets the Sandbox's pace (default 6).
#include "core/settings/localization.h"
#include "jobsappfixture.h"
#include "ui/datasets/datasetspage.h"
#include "ui/jobs/finetunecheckpage.h"
#include "ui/jobs/finetunecostpage.h"
#include "ui/jobs/finetunesetuppage.h"
#include "ui/jobs/jobspage.h"
#include "ui/jobs/startfinetunedialog.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <functional>

namespace {

// Runs `then` once `ready` holds, checking every 100 ms.
void when(QObject *context, std::function<bool()> ready, std::function<void()> then)
{
    auto timer = new QTimer(context);
    timer->setInterval(100);
    QObject::connect(timer, &QTimer::timeout, context, [timer, ready, then] {
        if (!ready())
            return;
        timer->stop();
        timer->deleteLater();
        then();
    });
    timer->start();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AjustePreview"));
    QCoreApplication::setApplicationName(QStringLiteral("AjusteJobsLivePreview"));
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    JobsAppFixture desk(dir.path());
    Localization::install(app, desk.settings.language());
    const qsizetype speedAt = app.arguments().indexOf(QStringLiteral("--speed"));
    desk.sandbox.setSpeed(speedAt > 0 ? app.arguments().value(speedAt + 1).toDouble() : 6);

    MainWindow window(desk.context());
    window.restoreAndShow();
    window.openSampleWorkspace();
    auto datasets = window.findChild<DatasetsPage *>();
    datasets->startFineTuneAction()->trigger();
    StartFineTuneDialog *dialog = window.findChild<JobsPage *>()->dialog();
    if (!dialog)
        return 1;
    when(
        dialog, [dialog] { return dialog->nextButton()->isEnabled(); },
        [dialog] {
            dialog->nextButton()->click(); // the checks
            when(
                dialog, [dialog] { return dialog->checkPage()->isDone(); },
                [dialog] {
                    dialog->nextButton()->click(); // the cost
                    dialog->costPage()->confirmBox()->setChecked(true);
                    dialog->nextButton()->click(); // sent, then the job page
                });
        });
    return QApplication::exec();
}

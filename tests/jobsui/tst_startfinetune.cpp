// Start fine-tune as a person walks it, against the real Sandbox with no key: from a dataset of
// the sample workspace (Datasets ▸ Start Fine-Tune…) through the checks and the confirmed cost
// to the job page, which fills live until the job succeeds and the notification comes; a
// refused launch (OpenAI's wind-down) that re-opens the form on the Sandbox with everything
// kept; Cancel, Pause and Resume from the job page, each confirmed first; and Together's own
// estimate, asked once the files are sent, confirmed before the job is made (Cancel there leaves
// no job and deletes the files), Together played by a scripted server.
#include "api/client/apierror.h"
#include "jobsappfixture.h"
#include "api/credentials/keystore.h"
#include "api/jobs/joblauncher.h"
#include "api/jobs/jobtracker.h"
#include "api/sandbox/sandboxlauncher.h"
#include "api/session/providersession.h"
#include "core/checks/pricecatalog.h"
#include "core/jobs/jobstore.h"
#include "core/session/workspacemanager.h"
#include "core/session/workspacesession.h"
#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"
#include "core/workspace/datasetstore.h"
#include "tests/api/testhttpserver.h"
#include "ui/charts/trainingchart.h"
#include "ui/common/messages.h"
#include "ui/datasets/datasetlistpanel.h"
#include "ui/datasets/datasetspage.h"
#include "ui/jobs/checkpointsmodel.h"
#include "ui/jobs/finetunecheckpage.h"
#include "ui/jobs/finetunecostpage.h"
#include "ui/jobs/finetunefailurepage.h"
#include "ui/jobs/finetunesetuppage.h"
#include "ui/jobs/hyperparameterform.h"
#include "ui/jobs/jobdetailsview.h"
#include "ui/jobs/jobeventsmodel.h"
#include "ui/jobs/jobeventsview.h"
#include "ui/jobs/jobfiltermodel.h"
#include "ui/jobs/joblistmodel.h"
#include "ui/jobs/jobpage.h"
#include "ui/jobs/jobscontroller.h"
#include "ui/jobs/jobspage.h"
#include "ui/jobs/jobstatusbanner.h"
#include "ui/jobs/notificationbanner.h"
#include "ui/jobs/startfinetunedialog.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>
#include <memory>

namespace {

constexpr int LaunchTimeoutMs = 30000;
constexpr int JobTimeoutMs = 90000;

// Everything main() builds, with temporary settings and the real Sandbox program at a pace.
struct Fixture : JobsAppFixture
{
    Fixture(const QString &folder, double sandboxSpeed) : JobsAppFixture(folder)
    {
        sandbox.setSpeed(sandboxSpeed);
    }
};

JobsPage *jobsPage(MainWindow &window)
{
    return window.findChild<JobsPage *>();
}

// A second Sandbox that refuses new fine-tuning jobs as OpenAI refuses organisations it no
// longer takes; its address, or empty.
QUrl startRefusingSandbox(QProcess &process)
{
    process.start(
        QStringLiteral(AJUSTE_SANDBOX_PATH),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--refuse-fine-tuning")});
    if (!process.waitForStarted(10000))
        return {};
    QDeadlineTimer deadline(10000);
    QByteArray line;
    while (!line.contains('\n') && !deadline.hasExpired()) {
        process.waitForReadyRead(200);
        line += process.readAllStandardOutput();
    }
    const int at = line.indexOf("http://");
    return at < 0 ? QUrl() : QUrl(QString::fromUtf8(line.mid(at).trimmed()));
}

// Together as its API answers a launch from the form: its models, uploads, the price estimate,
// the job and what the tracker then asks about it.
TestHttpServer::Reply togetherReply(const TestHttpServer::Request &request)
{
    using Reply = TestHttpServer::Reply;
    const QString &path = request.path;
    const QByteArray job =
        R"({"id":"ft-1","status":"pending","model":"meta-llama/Llama-3.2-3B-Instruct",
        "created_at":"2026-11-20T10:00:00Z","updated_at":"2026-11-20T10:00:00Z",
        "training_file":"file-t","n_epochs":1,"training_method":{"method":"sft","train_on_inputs":false}})";
    if (path == QLatin1String("/v1/fine-tunes/models/supported"))
        return Reply::json(R"({"models":["meta-llama/Llama-3.2-3B-Instruct"]})");
    if (path == QLatin1String("/v1/fine-tunes/models/limits"))
        return Reply::json(R"({"max_num_epochs":20,"max_learning_rate":1,"min_learning_rate":0,
            "lora_training":{"max_batch_size":32,"min_batch_size":8,"max_rank":64}})");
    if (path == QLatin1String("/v1/files/upload")) {
        const bool training = request.body.contains("-train.jsonl");
        return Reply::json(QByteArray(R"({"id":")") + (training ? "file-t" : "file-v") +
                           R"(","object":"file","created_at":1,"filename":"x.jsonl","bytes":16,
            "purpose":"fine-tune","Processed":true,"FileType":"jsonl"})");
    }
    if (path == QLatin1String("/v1/fine-tunes/estimate-price"))
        return Reply::json(R"({"estimated_total_price":4.5,"allowed_to_proceed":true,
            "user_limit":100,"estimated_train_token_count":150000,"estimated_eval_token_count":0})");
    if (request.method == "DELETE" && path.startsWith(QLatin1String("/v1/files/")))
        return Reply::json(QByteArray(R"({"id":")") + path.mid(10).toUtf8() +
                           R"(","deleted":true})");
    if (path == QLatin1String("/v1/fine-tunes") && request.method == "POST")
        return Reply::json(job);
    if (path == QLatin1String("/v1/fine-tunes/ft-1"))
        return Reply::json(job);
    return Reply::json(R"({"data":[]})");
}

QStringList requested(const TestHttpServer &server)
{
    QStringList lines;
    for (const TestHttpServer::Request &request : server.requests())
        lines.append(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path);
    return lines;
}

} // namespace

class TestStartFineTune : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void guidedFormFromDatasetToJobPage();
    void errorsBlockWithAWayToTheExamples();
    void refusedLaunchOffersAnotherProvider();
    void cancelFromJobPageIsConfirmed();
    void pauseAndResumeFromJobPageAreConfirmed();
    void togetherEstimateIsConfirmedBeforeTheJob();
    void cancelAtTogetherEstimateLeavesNoJob();

private:
    // The form on the sample dataset with a Together profile at `server`, walked to Together's
    // own estimate.
    StartFineTuneDialog *walkToTogetherEstimate(MainWindow &window, Fixture &fixture,
                                                TestHttpServer &server);
    // Opens the form from the Datasets page on the sample and waits until the provider
    // answered with its models.
    StartFineTuneDialog *openFormFromDatasets(MainWindow &window);
    // Checks, confirms the cost and starts; returns the stored job's id (0 on failure).
    void walkToLaunch(StartFineTuneDialog *dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<Messages::Shown> m_messages;
    QList<QMessageBox::StandardButton> m_answers; // what the hook answers, in turn
};

void TestStartFineTune::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AjusteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("AjusteStartFineTune"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestStartFineTune::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_messages.clear();
    m_answers.clear();
    Messages::setTestHook([this](const Messages::Shown &shown) {
        m_messages.append(shown);
        return m_answers.isEmpty() ? QMessageBox::Ok : m_answers.takeFirst();
    });
}

void TestStartFineTune::cleanup()
{
    Messages::setTestHook({});
}

StartFineTuneDialog *TestStartFineTune::openFormFromDatasets(MainWindow &window)
{
    window.openSampleWorkspace();
    auto datasets = window.findChild<DatasetsPage *>();
    if (!datasets || !datasets->currentDataset())
        return nullptr;
    QAction *start = datasets->startFineTuneAction();
    // Offered in the toolbar and in the dataset list's context menu.
    if (!start->isEnabled() || !datasets->datasetPanel()->view()->actions().contains(start))
        return nullptr;
    start->trigger();
    if (window.currentPageId() != QLatin1String("jobs"))
        return nullptr;
    StartFineTuneDialog *dialog = jobsPage(window)->dialog();
    if (!dialog || !dialog->isVisible() || dialog->windowModality() != Qt::WindowModal)
        return nullptr;
    if (dialog->setupPage()->choice().datasetId != datasets->currentDataset())
        return nullptr;
    return dialog;
}

void TestStartFineTune::walkToLaunch(StartFineTuneDialog *dialog)
{
    QTRY_VERIFY_WITH_TIMEOUT(dialog->nextButton()->isEnabled(), LaunchTimeoutMs);
    dialog->nextButton()->click();
    QCOMPARE(dialog->step(), StartFineTuneDialog::Step::Checks);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->checkPage()->isDone(), LaunchTimeoutMs);
    QVERIFY2(dialog->checkPage()->allowsLaunch(),
             qPrintable(dialog->checkPage()->summaryLabel()->text()));
    dialog->nextButton()->click();
    QCOMPARE(dialog->step(), StartFineTuneDialog::Step::Cost);
    // Money is never spent without the estimate confirmed.
    QVERIFY(!dialog->nextButton()->isEnabled());
    QVERIFY(!dialog->costPage()->costLabel()->text().isEmpty());
    dialog->costPage()->confirmBox()->setChecked(true);
    QVERIFY(dialog->nextButton()->isEnabled());
    dialog->nextButton()->click();
    QCOMPARE(dialog->step(), StartFineTuneDialog::Step::Sending);
    QVERIFY(dialog->cancelButton()->isVisible());
}

void TestStartFineTune::guidedFormFromDatasetToJobPage()
{
    Fixture fixture(m_dir->path(), 300);
    MainWindow window(fixture.context());
    window.restoreAndShow();
    QPointer<StartFineTuneDialog> dialog = openFormFromDatasets(window);
    QVERIFY(dialog);
    FineTuneSetupPage *setup = dialog->setupPage();
    QCOMPARE(setup->choice().profileId, QStringLiteral("sandbox"));
    QVERIFY(setup->providerNotice()->text().contains(QStringLiteral("Sandbox")));
    QTRY_VERIFY_WITH_TIMEOUT(setup->modelBox()->isEnabled(), LaunchTimeoutMs);
    QVERIFY(setup->modelBox()->count() > 0);
    // The settings stay folded, every one automatic.
    QVERIFY(!setup->settings()->isVisible());
    QVERIFY(setup->choice().hyperparameters.isAuto());
    setup->advancedButton()->setChecked(true);
    QVERIFY(setup->settings()->isVisible());
    QCheckBox *automaticEpochs = setup->settings()->automaticBox(Hyperparameters::Epochs);
    QVERIFY(automaticEpochs && automaticEpochs->isChecked());
    QVERIFY(setup->settings()
                ->editor(Hyperparameters::Epochs)
                ->toolTip()
                .contains(QStringLiteral("n_epochs")));
    const QString name = setup->suffixEdit()->text();
    QVERIFY(!name.isEmpty()); // named after the dataset

    walkToLaunch(dialog);
    JobsPage *jobs = jobsPage(window);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, LaunchTimeoutMs);
    QVERIFY(jobs->showsJob());
    JobPage *page = jobs->jobPage();
    const qint64 jobId = page->jobId();
    QVERIFY(jobId > 0);
    QCOMPARE(jobs->listModel()->rowCount(), 1);
    // Known by the name the user gave, though OpenAI's job object does not carry it.
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("jobTitle"))->text(), name);

    // The page fills live: events, measurements, checkpoints, then success and the model.
    QTRY_VERIFY_WITH_TIMEOUT(page->events()->model()->rowCount() > 0, JobTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(page->banner()->headline(),
                              QStringLiteral("Finished: your tuned model is ready"), JobTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!page->tunedModelField()->text().isEmpty(), JobTimeoutMs);
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("jobTitle"))->text(), name);
    QVERIFY(page->tunedModelField()->isVisible());
    QVERIFY(page->tunedModelField()->text().startsWith(QStringLiteral("ft:")));
    QTRY_VERIFY_WITH_TIMEOUT(page->checkpoints()->rowCount() > 0, JobTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!page->chart()->run().isEmpty(), JobTimeoutMs);
    QVERIFY(!page->cancelButton()->isVisible()); // nothing to cancel once finished
    // The settings the provider really used, named for people.
    QTRY_VERIFY(page->details()->settingValue(Hyperparameters::Epochs));

    // The notification: offscreen has no tray, so the banner at the top of the window.
    auto banner = window.findChild<NotificationBanner *>();
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), JobTimeoutMs);
    QCOMPARE(banner->title(), QStringLiteral("Fine-tune finished"));
    QVERIFY(banner->text().contains(page->tunedModelField()->text()));

    // The events log copies what it shows; the search keeps matching lines.
    page->events()->searchEdit()->setText(QStringLiteral("step"));
    QTRY_VERIFY(page->events()->filter()->rowCount() > 0 && !page->events()->model()->isSearching());
    QVERIFY(page->events()->filter()->rowCount() <= page->events()->model()->rowCount());
    page->events()->copy();
    QVERIFY(
        QApplication::clipboard()->text().contains(QStringLiteral("Step"), Qt::CaseInsensitive));

    // Back to the list: the job is there, finished, and opens again on double-click.
    jobs->showList();
    QVERIFY(!jobs->showsJob());
    const QModelIndex status =
        jobs->listModel()->index(jobs->listModel()->rowOf(jobId), JobListModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Finished"));
    jobs->listView()->setCurrentIndex(jobs->filterModel()->index(0, 0));
    Q_EMIT jobs->listView()->activated(jobs->filterModel()->index(0, 0));
    QVERIFY(jobs->showsJob());
    QCOMPARE(jobs->jobPage()->jobId(), jobId);
}

void TestStartFineTune::errorsBlockWithAWayToTheExamples()
{
    Fixture fixture(m_dir->path(), 300);
    MainWindow window(fixture.context());
    window.restoreAndShow();
    window.openSampleWorkspace();
    DatasetStore *store = fixture.workspaces.session()->datasets();
    const qint64 dataset = store->createDataset(QStringLiteral("Broken"));
    const auto message = [](const QString &role, const QString &content) {
        return QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("content"), content}};
    };
    for (int i = 0; i < 12; ++i)
        store->appendExample(
            dataset,
            {{QStringLiteral("messages"),
              QJsonArray{message(QStringLiteral("user"), QStringLiteral("Question %1").arg(i)),
                         message(QStringLiteral("assistant"),
                                 QStringLiteral("Answer number %1.").arg(i))}}});
    const qint64 broken = store->appendExample(
        dataset, {{QStringLiteral("messages"),
                   QJsonArray{message(QStringLiteral("robot"), QStringLiteral("Beep")),
                              message(QStringLiteral("assistant"), QStringLiteral("Hello."))}}});
    QVERIFY(broken > 0);

    JobsPage *jobs = jobsPage(window);
    jobs->startFineTune(dataset);
    QPointer<StartFineTuneDialog> dialog = jobs->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->setupPage()->choice().datasetId, dataset);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->nextButton()->isEnabled(), LaunchTimeoutMs);
    dialog->nextButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->checkPage()->isDone(), LaunchTimeoutMs);
    // The provider would refuse the file: nothing goes on from here but to the examples.
    QVERIFY(!dialog->checkPage()->allowsLaunch());
    QVERIFY(!dialog->nextButton()->isEnabled());
    QVERIFY(dialog->checkPage()->issueList()->count() > 0);
    QPushButton *show = dialog->checkPage()->showExamplesButton();
    QVERIFY(show->isVisible());
    show->click();
    QTRY_VERIFY(!dialog);
    QCOMPARE(window.currentPageId(), QStringLiteral("datasets"));
    auto datasets = window.findChild<DatasetsPage *>();
    QCOMPARE(datasets->currentDataset(), dataset);
    QCOMPARE(datasets->selectedExamples(), QList<qint64>{broken});
}

void TestStartFineTune::refusedLaunchOffersAnotherProvider()
{
    QProcess refusing;
    const QUrl url = startRefusingSandbox(refusing);
    QVERIFY2(url.isValid(), "the refusing Sandbox did not start");
    Fixture fixture(m_dir->path(), 300);
    ProviderProfile openAi = ProviderProfile::makeNew(ProviderKind::OpenAI);
    openAi.id = QStringLiteral("openai-test");
    openAi.name = QStringLiteral("OpenAI (test)");
    openAi.baseUrl = url;
    openAi.keyStorage = KeyStorage::Session;
    fixture.profiles.save(openAi);
    bool keyStored = false;
    fixture.keys.write(openAi.id, QStringLiteral("sk-test"), KeyStorage::Session,
                       [&keyStored](const KeyStore::Result &) { keyStored = true; });
    QTRY_VERIFY(keyStored);

    MainWindow window(fixture.context());
    window.restoreAndShow();
    QPointer<StartFineTuneDialog> dialog = openFormFromDatasets(window);
    QVERIFY(dialog);
    FineTuneSetupPage *setup = dialog->setupPage();
    setup->profileBox()->setCurrentIndex(setup->profileBox()->findData(openAi.id));
    // Choosing OpenAI says, in plain words, who may still start a job and until when.
    QVERIFY(setup->providerNotice()->text().contains(QStringLiteral("2027")));
    QVERIFY(setup->providerNotice()->text().contains(QStringLiteral("already fine-tune")));
    QTRY_VERIFY_WITH_TIMEOUT(setup->modelBox()->isEnabled(), LaunchTimeoutMs);
    // Settings the user chose, to find again on the other provider.
    setup->advancedButton()->setChecked(true);
    setup->settings()->automaticBox(Hyperparameters::Epochs)->setChecked(false);
    qobject_cast<QSpinBox *>(setup->settings()->editor(Hyperparameters::Epochs))->setValue(2);
    setup->suffixEdit()->setText(QStringLiteral("kept-name"));
    const FineTuneChoice before = setup->choice();
    QCOMPARE(before.hyperparameters.integer(Hyperparameters::Epochs), std::optional<int>(2));

    walkToLaunch(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), StartFineTuneDialog::Step::Failed, LaunchTimeoutMs);
    FineTuneFailurePage *failure = dialog->failurePage();
    QCOMPARE(failure->error().kind, ApiError::Kind::FineTuningClosed);
    QVERIFY(failure->messageLabel()->text().contains(QStringLiteral("Together")));
    // No job is left behind.
    QCOMPARE(jobsPage(window)->listModel()->rowCount(), 0);

    // One click: the same form on another provider, with the dataset and settings kept.
    QPushButton *sandbox = nullptr;
    for (QPushButton *button : failure->alternativeButtons()) {
        if (button->objectName() == QLatin1String("alternative_sandbox"))
            sandbox = button;
    }
    QVERIFY(sandbox);
    sandbox->click();
    QCOMPARE(dialog->step(), StartFineTuneDialog::Step::Setup);
    QCOMPARE(setup->choice().profileId, QStringLiteral("sandbox"));
    QTRY_VERIFY_WITH_TIMEOUT(setup->modelBox()->isEnabled(), LaunchTimeoutMs);
    const FineTuneChoice after = setup->choice();
    QCOMPARE(after.datasetId, before.datasetId);
    QCOMPARE(after.suffix, before.suffix);
    QCOMPARE(after.model, before.model);
    QCOMPARE(after.hyperparameters.integer(Hyperparameters::Epochs), std::optional<int>(2));
    QVERIFY(setup->settings()->isVisible());

    // And this time it starts.
    walkToLaunch(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, LaunchTimeoutMs);
    QCOMPARE(jobsPage(window)->listModel()->rowCount(), 1);
    refusing.kill();
    refusing.waitForFinished();
}

void TestStartFineTune::cancelFromJobPageIsConfirmed()
{
    // At the real pace the job spends its first seconds checking files: time to cancel.
    Fixture fixture(m_dir->path(), 1);
    MainWindow window(fixture.context());
    window.restoreAndShow();
    QPointer<StartFineTuneDialog> dialog = openFormFromDatasets(window);
    QVERIFY(dialog);
    walkToLaunch(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, LaunchTimeoutMs);
    JobPage *page = jobsPage(window)->jobPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->cancelButton()->isVisible() && page->cancelButton()->isEnabled(),
                             LaunchTimeoutMs);
    QVERIFY(!page->pauseButton()->isVisible()); // not running yet

    // Asked first; "No" changes nothing.
    m_answers = {QMessageBox::No};
    page->cancelButton()->click();
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.last().icon, QMessageBox::Question);
    QVERIFY(m_messages.last().text.contains(QStringLiteral("Cancel the fine-tune")));
    QVERIFY(page->cancelButton()->isEnabled());
    QVERIFY(page->banner()->headline() != QLatin1String("Cancelled"));

    m_answers = {QMessageBox::Yes};
    page->cancelButton()->click();
    QCOMPARE(m_messages.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(page->banner()->headline(), QStringLiteral("Cancelled"),
                              LaunchTimeoutMs);
    QVERIFY(!page->cancelButton()->isVisible());
    auto banner = window.findChild<NotificationBanner *>();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), JobTimeoutMs);
    QCOMPARE(banner->title(), QStringLiteral("Fine-tune cancelled"));
}

void TestStartFineTune::pauseAndResumeFromJobPageAreConfirmed()
{
    // Slow enough that the job trains for a while; followed closely.
    Fixture fixture(m_dir->path(), 4);
    MainWindow window(fixture.context());
    window.restoreAndShow();
    QPointer<StartFineTuneDialog> dialog = openFormFromDatasets(window);
    QVERIFY(dialog);
    JobsController *controller = window.findChild<JobsController *>();
    QVERIFY(controller && controller->tracker());
    controller->tracker()->setPollOptions({200, 1000});
    walkToLaunch(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, LaunchTimeoutMs);
    JobPage *page = jobsPage(window)->jobPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->pauseButton()->isVisible() && page->pauseButton()->isEnabled(),
                             JobTimeoutMs);
    QVERIFY(!page->resumeButton()->isVisible());

    // Asked first; "No" changes nothing.
    m_answers = {QMessageBox::No};
    page->pauseButton()->click();
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.last().icon, QMessageBox::Question);
    QVERIFY(m_messages.last().text.contains(QStringLiteral("Pause the fine-tune")));
    QTest::qWait(300);
    QVERIFY(page->pauseButton()->isVisible());
    QCOMPARE(controller->jobs()->job(page->jobId()).job.status, JobStatus::Running);

    m_answers = {QMessageBox::Yes};
    page->pauseButton()->click();
    QCOMPARE(m_messages.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(controller->jobs()->job(page->jobId()).job.status, JobStatus::Paused,
                              LaunchTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->resumeButton()->isVisible() && page->resumeButton()->isEnabled(),
                             LaunchTimeoutMs);
    QVERIFY(!page->pauseButton()->isVisible());
    // A paused job stays where it is.
    const int stepsAtPause = controller->jobs()->metricCount(page->jobId());
    QTest::qWait(1500);
    QCOMPARE(controller->jobs()->metricCount(page->jobId()), stepsAtPause);
    QCOMPARE(controller->jobs()->job(page->jobId()).job.status, JobStatus::Paused);

    m_answers = {QMessageBox::No};
    page->resumeButton()->click();
    QCOMPARE(m_messages.size(), 3);
    QVERIFY(m_messages.last().text.contains(QStringLiteral("Resume the fine-tune")));
    QTest::qWait(300);
    QCOMPARE(controller->jobs()->job(page->jobId()).job.status, JobStatus::Paused);

    m_answers = {QMessageBox::Yes};
    page->resumeButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(controller->jobs()->job(page->jobId()).job.status, JobStatus::Running,
                              LaunchTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->pauseButton()->isVisible(), LaunchTimeoutMs);
    // Training carries on from where it stopped.
    QTRY_VERIFY_WITH_TIMEOUT(controller->jobs()->metricCount(page->jobId()) > stepsAtPause,
                             JobTimeoutMs);
}

StartFineTuneDialog *TestStartFineTune::walkToTogetherEstimate(MainWindow &window, Fixture &fixture,
                                                               TestHttpServer &server)
{
    server.setHandler(togetherReply);
    if (!server.listen())
        return nullptr;
    ProviderProfile together = ProviderProfile::makeNew(ProviderKind::Together);
    together.id = QStringLiteral("together-test");
    together.name = QStringLiteral("Together (test)");
    together.baseUrl = server.baseUrl();
    together.keyStorage = KeyStorage::Session;
    fixture.profiles.save(together);
    bool keyStored = false;
    fixture.keys.write(together.id, QStringLiteral("tg-test"), KeyStorage::Session,
                       [&keyStored](const KeyStore::Result &) { keyStored = true; });
    if (!QTest::qWaitFor([&keyStored] { return keyStored; }))
        return nullptr;
    window.restoreAndShow();
    StartFineTuneDialog *dialog = openFormFromDatasets(window);
    if (!dialog)
        return nullptr;
    FineTuneSetupPage *setup = dialog->setupPage();
    setup->profileBox()->setCurrentIndex(setup->profileBox()->findData(together.id));
    if (!QTest::qWaitFor([setup] { return setup->isComplete(); }, LaunchTimeoutMs))
        return nullptr;
    walkToLaunch(dialog);
    if (!QTest::qWaitFor([dialog] { return dialog->step() == StartFineTuneDialog::Step::Confirm; },
                         LaunchTimeoutMs))
        return nullptr;
    return dialog;
}

void TestStartFineTune::togetherEstimateIsConfirmedBeforeTheJob()
{
    Fixture fixture(m_dir->path(), 300);
    MainWindow window(fixture.context());
    TestHttpServer server;
    QPointer<StartFineTuneDialog> dialog = walkToTogetherEstimate(window, fixture, server);
    QVERIFY2(dialog, qPrintable(requested(server).join(QLatin1Char('\n'))));
    // Both estimates side by side; the files are there, no job yet.
    FineTuneCostPage *cost = dialog->costPage();
    QVERIFY(cost->isVisible());
    QVERIFY(!cost->costLabel()->text().isEmpty()); // the price table's
    QVERIFY(cost->providerEstimateLabel()->isVisible());
    QVERIFY(cost->providerEstimateLabel()->text().contains(QStringLiteral("Together (test)")));
    QVERIFY(cost->providerEstimateLabel()->text().contains(QStringLiteral("4.50")));
    QVERIFY(cost->providerEstimateLabel()->text().contains(QStringLiteral("150,000")));
    QVERIFY(cost->confirmBox()->text().contains(QStringLiteral("4.50")));
    QVERIFY(requested(server).contains(QStringLiteral("POST /v1/files/upload")));
    QVERIFY(!requested(server).contains(QStringLiteral("POST /v1/fine-tunes")));
    QCOMPARE(jobsPage(window)->listModel()->rowCount(), 0);
    // Asked again for this figure.
    QVERIFY(!cost->confirmBox()->isChecked());
    QVERIFY(!dialog->nextButton()->isEnabled());
    cost->confirmBox()->setChecked(true);
    QVERIFY(dialog->nextButton()->isEnabled());
    dialog->nextButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, LaunchTimeoutMs);
    QVERIFY(requested(server).contains(QStringLiteral("POST /v1/fine-tunes")));
    QCOMPARE(jobsPage(window)->listModel()->rowCount(), 1);
    QVERIFY(jobsPage(window)->showsJob());
}

void TestStartFineTune::cancelAtTogetherEstimateLeavesNoJob()
{
    Fixture fixture(m_dir->path(), 300);
    MainWindow window(fixture.context());
    TestHttpServer server;
    QPointer<StartFineTuneDialog> dialog = walkToTogetherEstimate(window, fixture, server);
    QVERIFY2(dialog, qPrintable(requested(server).join(QLatin1Char('\n'))));
    // Back: the launch stops, the files go, the form stays to change something.
    dialog->backButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), StartFineTuneDialog::Step::Cost, LaunchTimeoutMs);
    QVERIFY(!dialog->costPage()->providerEstimateLabel()->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("stepBlocker"))
                ->text()
                .contains(QStringLiteral("deleted")));
    QTRY_VERIFY_WITH_TIMEOUT(requested(server).contains(QStringLiteral("DELETE /v1/files/file-t")),
                             LaunchTimeoutMs);
    // Again to the estimate, then Cancel: the form closes and nothing is left anywhere.
    const int uploadsBefore = int(requested(server).count(QStringLiteral("POST /v1/files/upload")));
    dialog->costPage()->confirmBox()->setChecked(true);
    dialog->nextButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), StartFineTuneDialog::Step::Confirm, LaunchTimeoutMs);
    QVERIFY(requested(server).count(QStringLiteral("POST /v1/files/upload")) > uploadsBefore);
    const int deletesBefore =
        int(requested(server).count(QStringLiteral("DELETE /v1/files/file-t")));
    dialog->cancelButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, LaunchTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(requested(server).count(QStringLiteral("DELETE /v1/files/file-t")) >
                                 deletesBefore,
                             LaunchTimeoutMs);
    QVERIFY(!requested(server).contains(QStringLiteral("POST /v1/fine-tunes")));
    QCOMPARE(jobsPage(window)->listModel()->rowCount(), 0);
}

QTEST_MAIN(TestStartFineTune)
#include "tst_startfinetune.moc"

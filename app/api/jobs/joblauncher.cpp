#include "joblauncher.h"

#include "api/client/apicall.h"
#include "api/client/providerclient.h"
#include "api/session/providersession.h"
#include "core/jobs/jobstore.h"
#include "core/workspace/datasetexporter.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

// One launch in flight: what was asked, the client it runs on, the files made and sent so far.
struct JobLauncher::Run
{
    Request request;
    QPointer<ProviderClient> client;
    ProviderProfile profile;
    std::unique_ptr<QTemporaryDir> folder; // the exported splits, removed with the run
    std::unique_ptr<DatasetExporter> exporter;
    QString trainingPath;
    QString validationPath;
    QString trainingFileId;
    QString validationFileId;
    QPointer<ApiCall> call;
    bool cancelRequested = false;
};

namespace {

// A file name that says what the file is when it shows in the provider's file list.
QString fileStem(const QString &datasetName)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString stem = datasetName;
    stem.replace(unsafe, QStringLiteral("-"));
    stem = stem.left(60);
    while (stem.startsWith(QLatin1Char('-')) || stem.startsWith(QLatin1Char('.')))
        stem.remove(0, 1);
    return stem.isEmpty() ? QStringLiteral("dataset") : stem;
}

} // namespace

JobLauncher::JobLauncher(ProviderSession *providers, JobStore *jobs, DatasetStore *datasets,
                         QObject *parent)
    : QObject(parent), m_providers(providers), m_jobs(jobs), m_datasets(datasets)
{
}

JobLauncher::~JobLauncher()
{
    if (!m_run)
        return;
    std::unique_ptr<Run> run = std::move(m_run); // callbacks from here on find no run
    if (run->exporter)
        run->exporter->cancel();
    if (run->call && m_stage != Stage::Creating)
        run->call->abort();
}

bool JobLauncher::isRunning() const
{
    return m_run != nullptr;
}

QString JobLauncher::stageText(Stage stage)
{
    switch (stage) {
    case Stage::Exporting:
        return tr("Preparing your examples…");
    case Stage::UploadingTraining:
        return tr("Sending the training examples to the provider…");
    case Stage::UploadingValidation:
        return tr("Sending the validation examples to the provider…");
    case Stage::Estimating:
        return tr("Asking the provider what the fine-tune will cost…");
    case Stage::AwaitingConfirmation:
        return tr("Waiting for you to confirm the provider's estimate…");
    case Stage::Creating:
        return tr("Asking the provider to start the fine-tune…");
    }
    return {};
}

ApiError JobLauncher::problem(ApiError::Kind kind, const QString &message, const QString &details)
{
    ApiError error = ApiError::make(kind, details);
    error.userMessage = message;
    return error;
}

void JobLauncher::start(const Request &request)
{
    if (m_run)
        return;
    m_run = std::make_unique<Run>();
    m_run->request = request;
    m_stage = request.datasetId > 0 ? Stage::Exporting : Stage::UploadingTraining;
    if (const ApiError refused = checkRequest(request)) {
        // Never before start() returns: the caller connects, then hears the answer.
        QMetaObject::invokeMethod(
            this, [this, refused] { fail(refused); }, Qt::QueuedConnection);
        return;
    }
    m_providers->request(request.profileId, this, [this](const ProviderSession::Ready &ready) {
        if (!m_run)
            return;
        if (m_run->cancelRequested)
            return finishCancelled();
        if (!ready.ok())
            return fail(ready.error);
        m_run->client = ready.client;
        m_run->profile = ready.profile;
        // Before any file is made or sent: a setting this provider does not take.
        if (const ApiError refused = checkSettings(*ready.client, m_run->request))
            return fail(refused);
        if (m_run->request.datasetId > 0)
            return exportSplit(DatasetStore::trainSplit());
        m_run->trainingPath = m_run->request.trainingPath;
        m_run->validationPath = m_run->request.validationPath;
        upload(Stage::UploadingTraining, m_run->trainingPath);
    });
}

ApiError JobLauncher::checkRequest(const Request &request) const
{
    if (request.model.trimmed().isEmpty()) {
        return problem(ApiError::Kind::InvalidRequest,
                       tr("Choose the model to fine-tune before starting."));
    }
    if (request.datasetId > 0) {
        if (!m_datasets) {
            return problem(ApiError::Kind::LocalFile,
                           tr("No workspace is open, so the dataset cannot be read. Open the "
                              "workspace that holds it, then start again."));
        }
        if (m_datasets->dataset(request.datasetId).id == 0) {
            return problem(ApiError::Kind::LocalFile,
                           tr("The dataset is no longer in this workspace. Choose another one."));
        }
        return {};
    }
    if (request.trainingPath.isEmpty()) {
        return problem(ApiError::Kind::LocalFile,
                       tr("Choose a dataset or a training file before starting."));
    }
    for (const QString &path : {request.trainingPath, request.validationPath}) {
        if (!path.isEmpty() && !QFileInfo(path).isReadable()) {
            return problem(ApiError::Kind::LocalFile,
                           tr("Ajuste cannot read “%1”. Check that the file exists and that you "
                              "may open it.")
                               .arg(QDir::toNativeSeparators(path)));
        }
    }
    return {};
}

ApiError JobLauncher::checkSettings(const ProviderClient &client, const Request &request)
{
    const ProviderCapabilities capabilities = client.capabilities();
    const QString name = client.providerName();
    if (!capabilities.canFineTune) {
        return problem(ApiError::Kind::Unsupported,
                       tr("%1 cannot train models: it only answers chats. Choose a provider "
                          "that offers fine-tuning, or switch fine-tuning on for this profile in "
                          "Settings if the service offers it.")
                           .arg(name));
    }
    if (!capabilities.supports(request.method)) {
        return problem(ApiError::Kind::Unsupported,
                       tr("%1 does not offer training from preferred and rejected answers. "
                          "Choose another provider for this dataset.")
                           .arg(name));
    }
    const QString wrong = HyperparameterSpec::validate(
        client.hyperparameters(), request.hyperparameters, request.method, name);
    return wrong.isEmpty() ? ApiError{} : problem(ApiError::Kind::InvalidRequest, wrong);
}

void JobLauncher::exportSplit(const QString &split)
{
    Run &run = *m_run;
    m_stage = Stage::Exporting;
    if (!run.folder) {
        run.folder = std::make_unique<QTemporaryDir>();
        if (!run.folder->isValid()) {
            return fail(problem(ApiError::Kind::LocalFile,
                                tr("Ajuste could not make a temporary folder for the training "
                                   "files. Check that the disk is not full, then try again."),
                                run.folder->errorString()));
        }
    }
    const QString stem = fileStem(m_datasets->dataset(run.request.datasetId).name);
    const QString path =
        run.folder->filePath(stem + QLatin1Char('-') + split + QStringLiteral(".jsonl"));
    run.exporter = std::make_unique<DatasetExporter>(m_datasets->workspace()->path());
    connect(run.exporter.get(), &WorkspaceTask::progressChanged, this,
            [this](qint64 done, qint64 total) { Q_EMIT progress(Stage::Exporting, done, total); });
    connect(run.exporter.get(), &DatasetExporter::finished, this,
            [this, split](const DatasetExporter::Result &result) { exported(split, result); });
    run.exporter->start({run.request.datasetId, split, path});
}

void JobLauncher::exported(const QString &split, const DatasetExporter::Result &result)
{
    Run &run = *m_run;
    // The exporter is done; it is released once this signal has been delivered.
    run.exporter.release()->deleteLater();
    if (run.cancelRequested)
        return finishCancelled();
    if (!result.ok)
        return fail(problem(ApiError::Kind::LocalFile, result.error));
    const bool training = split == DatasetStore::trainSplit();
    if (training) {
        if (result.examples == 0) {
            return fail(problem(ApiError::Kind::LocalFile,
                                tr("The dataset has no training examples: every example is in "
                                   "the validation split. Move some examples to training, then "
                                   "start again.")));
        }
        run.trainingPath = result.outPath;
        if (run.request.useValidationSplit)
            return exportSplit(DatasetStore::validationSplit());
    } else if (result.examples > 0) {
        run.validationPath = result.outPath;
    }
    upload(Stage::UploadingTraining, run.trainingPath);
}

void JobLauncher::upload(Stage stage, const QString &path)
{
    m_stage = stage;
    Q_EMIT progress(stage, 0, QFileInfo(path).size());
    if (!m_run)
        return;
    if (m_run->cancelRequested)
        return finishCancelled();
    QPointer<ApiCall> call = m_run->client->uploadFile(
        path, [this, stage](const ApiResult<RemoteFile> &result) { uploaded(stage, result); });
    m_run->call = call;
    if (call) {
        connect(call, &ApiCall::progress, this,
                [this, stage](qint64 done, qint64 total) { Q_EMIT progress(stage, done, total); });
    }
}

void JobLauncher::uploaded(Stage stage, const ApiResult<RemoteFile> &result)
{
    if (!m_run)
        return;
    Run &run = *m_run;
    run.call = nullptr;
    if (result.ok())
        (stage == Stage::UploadingTraining ? run.trainingFileId : run.validationFileId) =
            result.value.id;
    if (run.cancelRequested || result.error.kind == ApiError::Kind::Cancelled)
        return finishCancelled(); // removes a file that arrived after all
    if (!result.ok())
        return fail(result.error);
    if (stage == Stage::UploadingTraining && !run.validationPath.isEmpty())
        return upload(Stage::UploadingValidation, run.validationPath);
    if (run.request.confirmProviderEstimate && run.client &&
        run.client->capabilities().hasPriceEstimate)
        return estimate();
    createJob();
}

FineTuneRequest JobLauncher::jobRequest() const
{
    const Run &run = *m_run;
    FineTuneRequest request;
    request.model = run.request.model.trimmed();
    request.trainingFile = run.trainingFileId;
    request.validationFile = run.validationFileId;
    request.method = run.request.method;
    request.hyperparameters = run.request.hyperparameters;
    request.suffix = run.request.suffix.trimmed();
    return request;
}

void JobLauncher::estimate()
{
    m_stage = Stage::Estimating;
    Q_EMIT progress(Stage::Estimating, 0, 0);
    m_run->call =
        m_run->client->estimatePrice(jobRequest(), [this](const ApiResult<PriceEstimate> &result) {
            if (!m_run)
                return;
            m_run->call = nullptr;
            if (m_run->cancelRequested || result.error.kind == ApiError::Kind::Cancelled)
                return finishCancelled();
            m_stage = Stage::AwaitingConfirmation;
            Q_EMIT progress(Stage::AwaitingConfirmation, 0, 0);
            Q_EMIT providerEstimate(result.value, result.error);
        });
}

void JobLauncher::confirmEstimate()
{
    if (m_run && !m_run->cancelRequested && m_stage == Stage::AwaitingConfirmation)
        createJob();
}

void JobLauncher::createJob()
{
    Run &run = *m_run;
    m_stage = Stage::Creating;
    Q_EMIT progress(Stage::Creating, 0, 0);
    const FineTuneRequest request = jobRequest();
    // Not aborted by cancel(): once sent, the provider may already have started the job, so
    // the answer is awaited and a job made after all is cancelled at once.
    run.call =
        run.client->createJob(request, [this](const ApiResult<Job> &result) { created(result); });
}

void JobLauncher::created(const ApiResult<Job> &result)
{
    if (!m_run)
        return;
    Run &run = *m_run;
    run.call = nullptr;
    if (!result.ok()) {
        if (run.cancelRequested)
            return finishCancelled();
        return fail(result.error);
    }
    if (run.cancelRequested) {
        if (run.client)
            run.client->cancelJob(result.value.id, [](const ApiResult<Job> &) {});
        return finishCancelled();
    }
    qint64 storedId = 0;
    if (m_jobs) {
        JobRecord record;
        record.profileId = run.request.profileId;
        record.providerKind = ProviderProfile::kindId(run.profile.kind);
        record.datasetId = run.request.datasetId;
        record.job = result.value;
        // OpenAI's job object has no suffix: keep the name the user gave (h-jobsui).
        if (record.job.suffix.isEmpty())
            record.job.suffix = run.request.suffix.trimmed();
        record.estimatedCostUsd = run.request.estimatedCostUsd;
        storedId = m_jobs->saveJob(record);
    }
    const Job job = result.value;
    m_run.reset();
    Q_EMIT launched(storedId, job);
}

void JobLauncher::cancel()
{
    if (!m_run || m_run->cancelRequested)
        return;
    m_run->cancelRequested = true;
    if (m_run->exporter) {
        m_run->exporter->cancel(); // finished() follows and ends the run
        return;
    }
    if (m_stage == Stage::AwaitingConfirmation) {
        // Nothing in flight: the files sent are removed, and cancelled() follows (never
        // before cancel() returns, as for the other stages).
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_run)
                    finishCancelled();
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_stage != Stage::Creating && m_run->call)
        m_run->call->abort(); // the upload's (or estimate's) callback ends the run
    // Otherwise the provider's answer (client, or creation) ends it.
}

void JobLauncher::forgetUploads()
{
    // Files sent for a job that will never run are of no use: remove them at the provider.
    Run &run = *m_run;
    if (!run.client || !run.client->capabilities().canManageFiles)
        return;
    for (const QString &fileId : {run.trainingFileId, run.validationFileId}) {
        if (!fileId.isEmpty())
            run.client->deleteFile(fileId, [](const ApiResult<bool> &) {});
    }
}

void JobLauncher::finishCancelled()
{
    forgetUploads();
    m_run.reset();
    Q_EMIT cancelled();
}

void JobLauncher::fail(const ApiError &error)
{
    const Request request = m_run->request;
    forgetUploads();
    m_run.reset();
    Q_EMIT failed(error, request);
}

#pragma once

#include "api/client/apierror.h"
#include "api/client/apiresult.h"
#include "api/client/providerclient.h"
#include "core/jobs/finetunemethod.h"
#include "core/jobs/finetunerequest.h"
#include "core/jobs/hyperparameters.h"
#include "core/jobs/job.h"
#include "core/jobs/remotefile.h"
#include "core/workspace/datasetexporter.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>
#include <optional>

class DatasetStore;
class JobStore;
class ProviderClient;
class ProviderSession;

// Starts one fine-tune, from a dataset of the workspace or from files on disk: exports the
// dataset's training and validation splits to temporary JSONL files on a worker, uploads each
// file (bytes sent as progress), creates the job, records it in the JobStore and reports it.
// cancel() stops whatever is in flight (export, upload, creation) and a cancelled launch
// leaves no job behind. One launch at a time per launcher.
//
// Failures arrive as ApiError in plain words (the provider's own message in `details`). A
// refusal because OpenAI no longer takes new fine-tuning jobs from the organisation keeps its
// kind, ApiError::Kind::FineTuningClosed, with the request that was refused, so the caller can
// offer "try another provider" with the same settings.
class JobLauncher : public QObject
{
    Q_OBJECT

public:
    enum class Stage {
        Exporting,            // writing the dataset's splits to files
        UploadingTraining,    // sending the training file
        UploadingValidation,  // sending the validation file
        Estimating,           // asking the provider what the job will cost (files sent)
        AwaitingConfirmation, // the provider's estimate is shown; nothing starts unconfirmed
        Creating,             // asking the provider to start the job
    };
    Q_ENUM(Stage)

    struct Request
    {
        QString profileId;    // the provider profile (ProviderSession) to start it on
        qint64 datasetId = 0; // a dataset of the workspace: its "train" and "validation" splits
        // Files on disk, used when datasetId is 0. validationPath is optional.
        QString trainingPath;
        QString validationPath;
        // With a dataset: upload its validation split too (skipped when the split is empty).
        bool useValidationSplit = true;
        QString model;
        FineTuneMethod method = FineTuneMethod::Supervised;
        Hyperparameters hyperparameters; // by key; absent keys are automatic
        QString suffix;
        std::optional<double> estimatedCostUsd; // the estimate shown before starting
        // When the provider estimates prices itself (Together, from the uploaded files): ask
        // it once the files are sent, report providerEstimate() and create the job only after
        // confirmEstimate(). Without it, or when the provider has no estimate, the job is
        // created as soon as the files are sent.
        bool confirmProviderEstimate = false;
    };

    // `jobs` (optional) records the new job; `datasets` (optional) is needed to launch from a
    // dataset of the workspace. Neither is owned.
    JobLauncher(ProviderSession *providers, JobStore *jobs, DatasetStore *datasets,
                QObject *parent = nullptr);
    ~JobLauncher() override;

    // Starts the launch; progress, then exactly one of launched / failed / cancelled follow
    // (never before start returns). Ignored while a launch is running.
    void start(const Request &request);
    // Stops the launch in flight; cancelled() follows, and files already sent are removed at
    // the provider. While the provider is creating the job its answer is awaited, and a job
    // made after all is cancelled there at once and not recorded. Nothing happens when no
    // launch is running.
    void cancel();
    // Creates the job the provider's estimate was shown for (AwaitingConfirmation only).
    void confirmEstimate();
    bool isRunning() const;
    Stage stage() const { return m_stage; }

    // "Preparing your examples…", "Sending the training examples…", … for a progress line.
    static QString stageText(Stage stage);

Q_SIGNALS:
    // done/total: examples written while exporting, bytes sent while uploading; 0/0 when
    // the amount is not known (creating).
    void progress(JobLauncher::Stage stage, qint64 done, qint64 total);
    // The provider accepted the job. storedJobId is the JobStore's id (0 without a store).
    void launched(qint64 storedJobId, const Job &job);
    // The files are at the provider and it answered what the job would cost (or, in error,
    // why it could not say); the launch waits for confirmEstimate() or cancel(). A refusal in
    // the estimate (allowedToProceed false) is for the caller to explain: confirming it still
    // asks the provider, which then refuses with its own reason.
    void providerEstimate(const PriceEstimate &estimate, const ApiError &error);
    void failed(const ApiError &error, const JobLauncher::Request &request);
    void cancelled();

private:
    struct Run;

    static ApiError problem(ApiError::Kind kind, const QString &message,
                            const QString &details = {});
    ApiError checkRequest(const Request &request) const;
    static ApiError checkSettings(const ProviderClient &client, const Request &request);
    void exportSplit(const QString &split);
    void exported(const QString &split, const DatasetExporter::Result &result);
    void upload(Stage stage, const QString &path);
    void uploaded(Stage stage, const ApiResult<RemoteFile> &result);
    FineTuneRequest jobRequest() const;
    void estimate();
    void createJob();
    void created(const ApiResult<Job> &result);
    void forgetUploads();
    void finishCancelled();
    void fail(const ApiError &error);

    ProviderSession *m_providers;
    QPointer<JobStore> m_jobs;
    QPointer<DatasetStore> m_datasets;
    std::unique_ptr<Run> m_run;
    Stage m_stage = Stage::Exporting;
};

Q_DECLARE_METATYPE(JobLauncher::Request)

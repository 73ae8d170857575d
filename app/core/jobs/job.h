#pragma once

#include "finetunemethod.h"
#include "hyperparameters.h"
#include "jobstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// Why a job failed, as the provider said it. All empty means no error.
struct JobError
{
    QString code;
    QString message;
    QString param;

    bool isEmpty() const { return code.isEmpty() && message.isEmpty() && param.isEmpty(); }
    friend bool operator==(const JobError &, const JobError &) = default;
};

// A fine-tuning job as a provider reported it, in provider-neutral fields (each provider's
// client maps its own JSON onto them: api/openai/openaijson, api/together/togetherjson). `raw`
// keeps the provider's JSON so fields this type does not know survive a round trip through the
// workspace. `hyperparameters` are the values the provider says it actually used.
struct Job
{
    QString id;
    JobStatus status = JobStatus::Unknown;
    QString statusText; // the provider's own word, e.g. "paused" or "compressing"
    QString model;
    QString fineTunedModel;
    QDateTime createdAt;
    QDateTime finishedAt;
    QDateTime estimatedFinish;
    std::optional<qint64> trainedTokens;
    QString trainingFile;
    QString validationFile;
    QStringList resultFiles;
    JobError error;
    FineTuneMethod method = FineTuneMethod::Supervised;
    Hyperparameters hyperparameters;
    QString suffix;
    std::optional<qint64> seed;
    QMap<QString, QString> metadata;
    QJsonObject raw;

    bool isFinished() const { return JobStatusText::isFinal(status); }
    QString statusDisplayName() const { return JobStatusText::displayName(status, statusText); }

    // Whether every field but `raw` is equal: what a person would call "the job changed".
    bool sameState(const Job &other) const;

    // Ajuste's own storage form, for the workspace: not any provider's wire format. Times are
    // ISO 8601 UTC, the status and method are JobStatusText::id and methodId, hyperparameters
    // are Hyperparameters::toStorageJson, and the provider's JSON is kept under "provider".
    QJsonObject toStorageJson() const;
    static Job fromStorageJson(const QJsonObject &object);

    static QString methodId(FineTuneMethod method);
    static FineTuneMethod methodFromId(const QString &id);

    friend bool operator==(const Job &, const Job &) = default;
};

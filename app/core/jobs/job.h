#pragma once

#include "hyperparameters.h"
#include "jobstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

enum class FineTuneMethod {
    Supervised,
    Dpo,
    Other, // e.g. reinforcement: shown, never offered
};

// Why a job failed, as the provider said it. All empty means no error.
struct JobError
{
    QString code;
    QString message;
    QString param;

    bool isEmpty() const { return code.isEmpty() && message.isEmpty() && param.isEmpty(); }
    friend bool operator==(const JobError &, const JobError &) = default;
};

// A fine-tuning job as a provider reported it. `raw` keeps the provider's JSON so fields this
// type does not know survive a round trip through the workspace.
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

    // OpenAI's fine_tuning.job object (also what the Sandbox serves).
    static Job fromOpenAiJson(const QJsonObject &object);

    static QString methodId(FineTuneMethod method);
    static FineTuneMethod methodFromId(const QString &id);
};

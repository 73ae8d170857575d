#pragma once

#include "trainingfile.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// One simulated fine-tuning job: what was asked, where it stands, what it produced.
struct SandboxJob
{
    // What the client asked for; "auto" hyperparameters are 0 until validation resolves them.
    QString id;
    QString model;
    QString trainingFile;
    QString validationFile;
    QString suffix;
    QString method; // supervised or dpo
    QJsonValue metadata;
    qint64 seed = 0;
    qint64 createdAt = 0;
    int requestedEpochs = 0;
    int requestedBatchSize = 0;
    double requestedLearningRate = 0;
    double requestedBeta = 0;

    // Where it stands.
    QString status = QStringLiteral("validating_files");
    double phaseSeconds = 0; // simulated seconds spent in the current phase
    int nEpochs = 0;
    int batchSize = 0;
    double learningRate = 0;
    double beta = 0;
    int stepsPerEpoch = 0;
    int totalSteps = 0;
    int stepsDone = 0;
    qint64 finishedAt = 0;
    qint64 estimatedFinish = 0;
    QString errorCode;
    QString errorMessage;
    QString errorParam;

    // What it read and produced.
    QByteArray trainingContent; // shared with the file store's copy, kept if the file goes
    QByteArray validationContent;
    TrainingFile training;
    TrainingFile validation;
    bool hasValidation = false;
    QString modelId; // the short id inside the tuned model's name
    QString fineTunedModel;
    qint64 trainedTokens = -1;
    QStringList resultFiles;
    QList<QJsonObject> events;      // oldest first
    QList<QJsonObject> checkpoints; // oldest first
    QByteArray resultCsv;

    bool isFinished() const;
    bool isActive() const { return !isFinished() && status != QLatin1String("paused"); }
    QString checkpointModel(int step) const;
    QJsonObject toJson() const;

    // Everything but the file contents, to keep the job across runs.
    QJsonObject toState() const;
    static SandboxJob fromState(const QJsonObject &state);

private:
    QJsonObject hyperparametersJson() const;
};

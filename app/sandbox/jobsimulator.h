#pragma once

#include "sandboxjob.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class FileStore;
class IdGenerator;

// Runs simulated fine-tuning jobs: validating_files -> queued -> running -> succeeded, at a
// pace scaled by the speed factor, writing events, metrics, checkpoints and the result file as
// OpenAI does. Pause, resume and cancel behave like the real ones.
class JobSimulator : public QObject
{
    Q_OBJECT

public:
    // Simulated seconds each phase takes at speed 1.
    static constexpr double validatingSeconds = 8;
    static constexpr double queuedSeconds = 12;
    static constexpr double secondsPerStep = 2;
    static constexpr double minimumRunSeconds = 60;
    static constexpr double maximumRunSeconds = 600;

    JobSimulator(FileStore &files, IdGenerator &ids, double speed, QObject *parent = nullptr);

    // Takes a job filled with what the client asked; returns it as OpenAI shows a new job.
    QJsonObject start(SandboxJob job);
    SandboxJob *find(const QString &id);
    QList<QJsonObject> list() const; // newest first
    QList<QJsonObject> events(const SandboxJob &job) const;
    QList<QJsonObject> checkpoints(const SandboxJob &job) const;
    // The succeeded job whose model or checkpoint has this name, or null.
    const SandboxJob *jobForModel(const QString &model) const;
    QList<const SandboxJob *> succeededJobs() const;

    // Each returns an empty string on success, otherwise why it is refused.
    QString cancel(SandboxJob &job);
    QString pause(SandboxJob &job);
    QString resume(SandboxJob &job);

    const QList<SandboxJob> &jobs() const { return m_jobs; }
    void restore(const SandboxJob &job);
    bool hasActiveJobs() const;

    // Advances every active job by the real time elapsed since the last call.
    void advance();

private:
    void advanceJob(SandboxJob &job, double simulatedSeconds);
    void finishValidation(SandboxJob &job);
    void resolveHyperparameters(SandboxJob &job);
    void runSteps(SandboxJob &job);
    void emitStep(SandboxJob &job, int step);
    void addCheckpoint(SandboxJob &job, int step, const QJsonObject &metrics);
    void succeed(SandboxJob &job);
    void fail(SandboxJob &job, const QString &message);
    void addEvent(SandboxJob &job, const QString &level, const QString &message,
                  const QJsonObject &data = {});
    double runSeconds(const SandboxJob &job) const;
    void updateEstimate(SandboxJob &job) const;
    void scheduleTicks();

    FileStore &m_files;
    IdGenerator &m_ids;
    double m_speed;
    QList<SandboxJob> m_jobs; // oldest first
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
};

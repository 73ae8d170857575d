#pragma once

#include <QJsonObject>
#include <QString>

class FileStore;
class JobSimulator;
class SandboxExchange;
struct SandboxJob;

// /v1/fine_tuning/jobs and everything under it: create (with OpenAI's checks of the request),
// list, get, cancel, pause, resume, events and checkpoints.
class JobsEndpoints
{
public:
    JobsEndpoints(JobSimulator &jobs, FileStore &files);

    // False when the path is not one of its own.
    bool handle(SandboxExchange &exchange);

private:
    void create(SandboxExchange &exchange);
    void list(SandboxExchange &exchange);
    void handleJob(SandboxExchange &exchange, SandboxJob &job, const QString &action);
    void sendPage(SandboxExchange &exchange, const QList<QJsonObject> &items, int defaultLimit,
                  bool withFirstAndLast);
    // Reads the request into job; on a problem answers 400 and returns false.
    bool readRequest(SandboxExchange &exchange, const QJsonObject &request, SandboxJob &job);
    bool readHyperparameters(SandboxExchange &exchange, const QJsonObject &hyperparameters,
                             SandboxJob &job);
    bool readFile(SandboxExchange &exchange, const QJsonObject &request, const QString &name,
                  QString &id, QByteArray &content);

    JobSimulator &m_jobs;
    FileStore &m_files;
};

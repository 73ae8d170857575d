#pragma once

#include "sandboxoptions.h"

#include <QAbstractHttpServer>
#include <QTimer>
#include <QUrl>
#include <memory>

class ChatEndpoints;
class FaultInjector;
class FileStore;
class FilesEndpoints;
class IdGenerator;
class JobSimulator;
class JobsEndpoints;
class ModelCatalog;
class SandboxExchange;
class SandboxPersistence;

// The Sandbox: OpenAI's files, uploads, fine-tuning, models and chat endpoints under /v1 on
// 127.0.0.1, with simulated training and answers. Accepts any API key or none and never
// records it. Everything is kept in memory while it runs.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on the loopback interface; returns the port, or 0 when it could not.
    quint16 start();
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    // With a data folder, reads what an earlier run kept there (call before start()).
    bool loadState(QString &errorMessage);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void dispatch(const std::shared_ptr<SandboxExchange> &exchange);

    SandboxOptions m_options;
    quint16 m_port = 0;
    std::unique_ptr<IdGenerator> m_ids;
    std::unique_ptr<FileStore> m_files;
    std::unique_ptr<JobSimulator> m_jobs;
    std::unique_ptr<ModelCatalog> m_models;
    std::unique_ptr<FilesEndpoints> m_filesEndpoints;
    std::unique_ptr<JobsEndpoints> m_jobsEndpoints;
    std::unique_ptr<ChatEndpoints> m_chatEndpoints;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<SandboxPersistence> m_persistence;
    QTimer m_saveTimer;
    bool m_dirty = false;
};

#include "sandboxserver.h"

#include "chatendpoints.h"
#include "faultinjector.h"
#include "filesendpoints.h"
#include "filestore.h"
#include "idgenerator.h"
#include "jobsendpoints.h"
#include "jobsimulator.h"
#include "modelcatalog.h"
#include "sandboxexchange.h"
#include "sandboxpersistence.h"

#include <QDir>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTimer>
#include <cstdio>

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent), m_options(options),
      m_ids(std::make_unique<IdGenerator>(options.seed)),
      m_files(std::make_unique<FileStore>(*m_ids)),
      m_jobs(std::make_unique<JobSimulator>(*m_files, *m_ids, options.speed)),
      m_models(std::make_unique<ModelCatalog>(*m_jobs)),
      m_filesEndpoints(std::make_unique<FilesEndpoints>(*m_files)),
      m_jobsEndpoints(std::make_unique<JobsEndpoints>(*m_jobs, *m_files)),
      m_chatEndpoints(std::make_unique<ChatEndpoints>(*m_jobs, this, options.cutStreamAfter)),
      m_faults(std::make_unique<FaultInjector>(options))
{
    if (options.dataDir.isEmpty())
        return;
    m_persistence =
        std::make_unique<SandboxPersistence>(options.dataDir, *m_files, *m_jobs, *m_ids);
    // Saved once a second when something changed: a terminated process runs no destructor.
    m_saveTimer.setInterval(1000);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        if (m_dirty || m_jobs->hasActiveJobs()) {
            m_dirty = false;
            m_jobs->advance();
            m_persistence->save();
        }
    });
    m_saveTimer.start();
}

SandboxServer::~SandboxServer()
{
    if (m_persistence)
        m_persistence->save();
}

bool SandboxServer::loadState(QString &errorMessage)
{
    if (!m_persistence)
        return true;
    if (!m_persistence->load(errorMessage))
        return false;
    // Written at once, so a folder that cannot be written is known now, not later.
    if (!m_persistence->save()) {
        errorMessage = tr("The Sandbox cannot write to its data folder %1. Choose a folder you "
                          "can write to.")
                           .arg(QDir::toNativeSeparators(m_options.dataDir));
        return false;
    }
    return true;
}

quint16 SandboxServer::start()
{
    m_port = listen(QHostAddress::LocalHost, m_options.port);
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/v1"));
    return url;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto exchange =
        std::make_shared<SandboxExchange>(request, makeResponder(request, socket),
                                          QByteArrayLiteral("req_") + m_ids->hex(32).toLatin1());
    // The Authorization header is read by nobody: any key, or none, is accepted.
    if (m_options.verbose) {
        std::fprintf(stderr, "%s %s\n", exchange->method().constData(),
                     qUtf8Printable(exchange->path()));
    }
    if (m_options.latencyMs > 0) {
        QTimer::singleShot(m_options.latencyMs, this, [this, exchange] { dispatch(exchange); });
    } else {
        dispatch(exchange);
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Never reached: handleRequest answers every request, unknown paths included.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

void SandboxServer::dispatch(const std::shared_ptr<SandboxExchange> &exchange)
{
    if (!exchange->isConnected())
        return;
    exchange->setTruncateJson(m_options.truncateJson);
    if (m_faults->intercept(*exchange))
        return;
    m_jobs->advance(); // bring simulated jobs up to date before answering about them
    if (exchange->method() != "GET")
        m_dirty = true;
    const bool handled = exchange->segments().value(0) == QLatin1String("v1") &&
                         (m_models->handle(*exchange) || m_filesEndpoints->handle(*exchange) ||
                          m_jobsEndpoints->handle(*exchange) || m_chatEndpoints->handle(exchange));
    if (!handled) {
        exchange->sendError(404,
                            QStringLiteral("Invalid URL (%1 %2)")
                                .arg(QString::fromLatin1(exchange->method()), exchange->path()),
                            QStringLiteral("invalid_request_error"));
    }
    // A change the client was told about (a job created, cancelled) is kept at once: a
    // short-lived parent such as `ajuste job start` stops the Sandbox right after the answer,
    // before the next timed save.
    if (m_persistence && m_dirty && exchange->status() < 400) {
        m_dirty = false;
        m_persistence->save();
    }
}

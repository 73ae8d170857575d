#pragma once

#include "api/client/apierror.h"
#include "api/client/apiresult.h"
#include "batchresults.h"
#include "core/jobs/chatresult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

class ApiCall;
class ProviderClient;
class ProviderSession;

// Runs the prompts of a batch comparison through two or more models (each a model on a
// provider profile), a bounded number of requests at a time, and keeps every answer with its
// time and output tokens in results(). A failed request fails only its cell, in plain words;
// the others go on. cancel() aborts what is in flight and asks nothing more.
//
// Answers are asked row by row (every model's answer to the first prompt, then the second…),
// so the first rows of the table fill first. Plain (not streamed) chat requests: a table has
// no use for text arriving piece by piece. Runs on the GUI thread's event loop.
class BatchComparer : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultConcurrency = 4;
    static constexpr int MaximumConcurrency = 32;

    struct Settings
    {
        int concurrency = DefaultConcurrency; // requests in flight at most
        std::optional<double> temperature;
        std::optional<int> maxTokens;
    };

    explicit BatchComparer(ProviderSession *providers, QObject *parent = nullptr);
    ~BatchComparer() override;

    // Starts a run; its results replace the last run's. False (nothing started) when a run is
    // going on, or there are no prompts or no models.
    bool start(const QList<BatchPrompt> &prompts, const QList<BatchModel> &models,
               const Settings &settings);
    void cancel();

    bool isRunning() const { return m_running; }
    const BatchResults &results() const { return m_results; }
    Settings settings() const { return m_settings; }
    int inFlight() const { return int(m_calls.size()); }
    // The most requests that were in flight at once during the last run.
    int mostInFlight() const { return m_mostInFlight; }

Q_SIGNALS:
    void started();
    // A cell of results() changed: its request was sent, or its answer came.
    void answerStarted(int row, int model);
    void answerFinished(int row, int model);
    // Answers finished (done, failed or cancelled) out of all.
    void progress(int finished, int total);
    // The run ended: every answer came, or it was cancelled (results().cancelled).
    void finished();

private:
    struct Cell
    {
        int row = 0;
        int model = 0;
    };

    void prepareClients();
    void clientReady(int generation, const QString &profileId, ProviderClient *client,
                     const ApiError &error);
    void dispatch();
    void send(const Cell &cell, ProviderClient *client);
    void answered(int generation, const Cell &cell, const ApiResult<ChatResult> &result);
    void fail(const Cell &cell, const ApiError &error);
    void cellFinished(const Cell &cell);
    void finishIfDone();
    BatchAnswer &answer(const Cell &cell) { return m_results.rows[cell.row].answers[cell.model]; }

    ProviderSession *m_providers;
    BatchResults m_results;
    Settings m_settings;
    bool m_running = false;
    int m_generation = 0; // answers to an earlier run are dropped
    int m_next = 0;       // the next cell to ask, row by row
    int m_waitingForClients = 0;
    QHash<QString, QPointer<ProviderClient>> m_clients;
    QHash<QString, ApiError> m_clientErrors;
    QHash<int, QPointer<ApiCall>> m_calls; // by cell index
    QElapsedTimer m_clock;
    QHash<int, qint64> m_sentAt; // ms on m_clock, by cell index
    int m_mostInFlight = 0;
};

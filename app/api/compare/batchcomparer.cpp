#include "batchcomparer.h"

#include "api/client/apicall.h"
#include "api/client/providerclient.h"
#include "api/session/providersession.h"
#include "core/tokenizer/tokenizer.h"

#include <QCoreApplication>
#include <QSet>

BatchComparer::BatchComparer(ProviderSession *providers, QObject *parent)
    : QObject(parent), m_providers(providers)
{
}

BatchComparer::~BatchComparer()
{
    // No callback may reach a comparer being destroyed.
    ++m_generation;
    const auto calls = m_calls;
    m_calls.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->abort();
    }
}

bool BatchComparer::start(const QList<BatchPrompt> &prompts, const QList<BatchModel> &models,
                          const Settings &settings)
{
    if (m_running || prompts.isEmpty() || models.isEmpty())
        return false;
    ++m_generation;
    m_settings = settings;
    m_settings.concurrency = std::clamp(settings.concurrency, 1, MaximumConcurrency);
    m_results = {};
    m_results.models = models;
    m_results.rows.reserve(prompts.size());
    for (const BatchPrompt &prompt : prompts)
        m_results.rows.append({prompt, QList<BatchAnswer>(models.size())});
    m_next = 0;
    m_mostInFlight = 0;
    m_calls.clear();
    m_sentAt.clear();
    m_clients.clear();
    m_clientErrors.clear();
    m_running = true;
    m_clock.start();
    Q_EMIT started();
    Q_EMIT progress(0, m_results.cellCount());
    prepareClients();
    return true;
}

void BatchComparer::prepareClients()
{
    QSet<QString> profiles;
    for (const BatchModel &model : std::as_const(m_results.models))
        profiles.insert(model.profileId);
    m_waitingForClients = int(profiles.size());
    const int generation = m_generation;
    for (const QString &profileId : std::as_const(profiles)) {
        m_providers->request(profileId, this,
                             [this, generation, profileId](const ProviderSession::Ready &ready) {
                                 clientReady(generation, profileId, ready.client, ready.error);
                             });
    }
}

void BatchComparer::clientReady(int generation, const QString &profileId, ProviderClient *client,
                                const ApiError &error)
{
    if (generation != m_generation || !m_running)
        return;
    if (client && !error)
        m_clients.insert(profileId, client);
    else
        m_clientErrors.insert(profileId, error ? error : ApiError::make(ApiError::Kind::NoProfile));
    if (--m_waitingForClients == 0)
        dispatch();
}

void BatchComparer::dispatch()
{
    const int total = m_results.cellCount();
    const int models = int(m_results.models.size());
    while (m_running && !m_results.cancelled && m_next < total &&
           m_calls.size() < m_settings.concurrency) {
        const Cell cell{m_next / models, m_next % models};
        ++m_next;
        const QString profileId = m_results.models.at(cell.model).profileId;
        const QPointer<ProviderClient> client = m_clients.value(profileId);
        if (m_clientErrors.contains(profileId))
            fail(cell, m_clientErrors.value(profileId));
        else if (!client)
            fail(cell, ApiError::make(ApiError::Kind::NoProfile));
        else
            send(cell, client);
    }
    finishIfDone();
}

void BatchComparer::send(const Cell &cell, ProviderClient *client)
{
    const int index = cell.row * int(m_results.models.size()) + cell.model;
    ChatRequest request;
    request.model = m_results.models.at(cell.model).model;
    request.messages = m_results.rows.at(cell.row).prompt.messages;
    request.temperature = m_settings.temperature;
    request.maxCompletionTokens = m_settings.maxTokens;
    answer(cell).state = BatchAnswer::State::Running;
    m_sentAt.insert(index, m_clock.elapsed());
    const int generation = m_generation;
    // The slot is taken before the call exists: its callback never runs before chat() returns.
    m_calls.insert(index, nullptr);
    ApiCall *call = client->chat(request, [this, generation, cell](const ApiResult<ChatResult> &r) {
        answered(generation, cell, r);
    });
    if (m_calls.contains(index))
        m_calls.insert(index, call);
    m_mostInFlight = std::max(m_mostInFlight, int(m_calls.size()));
    Q_EMIT answerStarted(cell.row, cell.model);
}

void BatchComparer::answered(int generation, const Cell &cell, const ApiResult<ChatResult> &result)
{
    if (generation != m_generation)
        return;
    const int index = cell.row * int(m_results.models.size()) + cell.model;
    m_calls.remove(index);
    BatchAnswer &a = answer(cell);
    a.seconds = double(m_clock.elapsed() - m_sentAt.value(index)) / 1000.0;
    if (result.error.kind == ApiError::Kind::Cancelled) {
        a.state = BatchAnswer::State::Cancelled;
    } else if (result.error) {
        a.state = BatchAnswer::State::Failed;
        a.error = result.error.userMessage;
        a.errorDetails = result.error.detailsText();
        a.errorKind = result.error.kind;
    } else {
        a.state = BatchAnswer::State::Done;
        a.text = result.value.content;
        if (a.text.isEmpty() && !result.value.refusal.isEmpty())
            a.text = result.value.refusal;
        for (const ChatToolCall &call : result.value.toolCalls)
            a.text += (a.text.isEmpty() ? QString() : QStringLiteral("\n")) + call.name +
                      QLatin1Char('(') + call.arguments + QLatin1Char(')');
        if (result.value.usage) {
            a.outputTokens = result.value.usage->completionTokens;
        } else {
            const QString &model = m_results.models.at(cell.model).model;
            a.outputTokens = Tokenizer(tokenEncodingForModel(model)).count(a.text);
            a.outputTokensCounted = true;
        }
    }
    cellFinished(cell);
    dispatch();
}

void BatchComparer::fail(const Cell &cell, const ApiError &error)
{
    BatchAnswer &a = answer(cell);
    a.state = BatchAnswer::State::Failed;
    a.error = error.userMessage;
    a.errorDetails = error.detailsText();
    a.errorKind = error.kind;
    cellFinished(cell);
}

void BatchComparer::cellFinished(const Cell &cell)
{
    Q_EMIT answerFinished(cell.row, cell.model);
    Q_EMIT progress(m_results.finishedCount(), m_results.cellCount());
}

void BatchComparer::cancel()
{
    if (!m_running || m_results.cancelled)
        return;
    m_results.cancelled = true;
    // What was not asked yet will not be.
    const int total = m_results.cellCount();
    const int models = int(m_results.models.size());
    for (int index = m_next; index < total; ++index)
        answer({index / models, index % models}).state = BatchAnswer::State::Cancelled;
    m_next = total;
    const auto calls = m_calls;
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->abort(); // its callback reports the cell as cancelled
    }
    Q_EMIT progress(m_results.finishedCount(), m_results.cellCount());
    finishIfDone();
}

void BatchComparer::finishIfDone()
{
    if (!m_running || !m_calls.isEmpty() || m_waitingForClients > 0)
        return;
    if (m_next < m_results.cellCount() && !m_results.cancelled)
        return;
    m_running = false;
    Q_EMIT finished();
}

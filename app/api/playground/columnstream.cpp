#include "columnstream.h"

#include "api/client/apicall.h"
#include "api/session/providersession.h"

ColumnStream::ColumnStream(ProviderSession *providers, QObject *parent)
    : QObject(parent), m_providers(providers)
{
}

ColumnStream::~ColumnStream()
{
    m_finished = true; // the abort's callback must find nothing to report to
    if (m_call)
        m_call->abort();
}

void ColumnStream::start(const QString &profileId, const ChatRequest &request)
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_clock.start();
    m_providers->request(profileId, this, [this, request](const ProviderSession::Ready &ready) {
        if (m_finished)
            return;
        m_providerKind = ready.profile.kind;
        if (!ready.ok()) {
            finish(std::nullopt, ready.error);
            return;
        }
        send(request, ready.client);
    });
}

void ColumnStream::send(const ChatRequest &request, ProviderClient *client)
{
    QPointer<ColumnStream> self(this);
    ChatStreamHandlers handlers;
    handlers.onText = [self](const QString &piece) {
        if (self)
            self->onText(piece);
    };
    handlers.done = [self](const ApiResult<ChatResult> &result) {
        if (self)
            self->onDone(result);
    };
    m_call = client->chatStream(request, std::move(handlers));
}

void ColumnStream::stop()
{
    if (!isActive())
        return;
    if (m_call) {
        m_call->abort(); // onDone follows with Cancelled
        return;
    }
    finish(std::nullopt, ApiError::make(ApiError::Kind::Cancelled)); // not sent yet
}

void ColumnStream::onText(const QString &piece)
{
    if (m_finished || piece.isEmpty())
        return;
    if (m_firstTokenMs < 0)
        m_firstTokenMs = m_clock.elapsed();
    m_text += piece;
    Q_EMIT textArrived(piece);
}

void ColumnStream::onDone(const ApiResult<ChatResult> &result)
{
    if (m_finished)
        return;
    // The stream's own text is the truth; a result that has more (a provider that sent the
    // whole answer in its last event) completes it.
    const QString &content = result.value.content;
    if (content.size() > m_text.size() && content.startsWith(m_text))
        onText(content.mid(m_text.size()));
    finish(result.value.usage, result.error);
}

void ColumnStream::finish(std::optional<ChatUsage> usage, const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_call.clear();
    StreamOutcome outcome;
    outcome.text = m_text;
    outcome.usage = error ? std::nullopt : usage; // a cut stream's usage never came anyway
    outcome.firstTokenMs = m_firstTokenMs;
    outcome.totalMs = m_clock.elapsed();
    outcome.error = error;
    Q_EMIT finished(outcome);
}

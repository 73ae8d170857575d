#pragma once

#include "answeraccounting.h"
#include "api/client/apiresult.h"
#include "core/jobs/chatrequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class ApiCall;
class ProviderClient;
class ProviderSession;

// One answer of one Playground column, streamed: asks the provider session for the profile's
// client, sends the request, reports each piece of text as it arrives and, once, how the
// answer ended (with what arrived when it was cut or stopped). Deleting the stream stops it
// silently.
class ColumnStream : public QObject
{
    Q_OBJECT

public:
    ColumnStream(ProviderSession *providers, QObject *parent = nullptr);
    ~ColumnStream() override;

    // Starts the answer; call once. The clock for the timings starts here.
    void start(const QString &profileId, const ChatRequest &request);
    // Ends the answer now: finished() follows (soon, or at once when nothing was sent yet)
    // with Kind::Cancelled and the text so far.
    void stop();
    bool isActive() const { return m_started && !m_finished; }

    QString text() const { return m_text; }
    // The kind of provider that answers (known once the client is ready).
    ProviderKind providerKind() const { return m_providerKind; }

Q_SIGNALS:
    void textArrived(const QString &piece);
    void finished(const StreamOutcome &outcome);

private:
    void send(const ChatRequest &request, ProviderClient *client);
    void onText(const QString &piece);
    void onDone(const ApiResult<ChatResult> &result);
    void finish(std::optional<ChatUsage> usage, const ApiError &error);

    ProviderSession *m_providers;
    QPointer<ApiCall> m_call;
    QElapsedTimer m_clock;
    QString m_text;
    qint64 m_firstTokenMs = -1;
    ProviderKind m_providerKind = ProviderKind::OpenAI;
    bool m_started = false;
    bool m_finished = false;
};

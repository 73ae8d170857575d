#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <memory>

class JobSimulator;
class SandboxExchange;
struct SandboxJob;

// POST /v1/chat/completions, plain and streamed as server-sent events. Answers come from
// ChatSimulator; usage counts are estimates, not real token counts.
class ChatEndpoints
{
public:
    static constexpr int chunkDelayMs = 15;

    // context owns the timers of running streams; cutStreamAfter < 0 never cuts a stream.
    ChatEndpoints(JobSimulator &jobs, QObject *context, int cutStreamAfter);

    // False when the path is not its own.
    bool handle(const std::shared_ptr<SandboxExchange> &exchange);

private:
    struct Completion
    {
        QString id;
        QString model;
        QString answer;
        QString finishReason;
        QJsonArray toolCalls; // set when the tuned model answers by calling tools
        qint64 created = 0;
        int promptTokens = 0;
        int completionTokens = 0;
    };

    bool answer(SandboxExchange &exchange, const QJsonObject &request, Completion &completion);
    void answerAsTuned(const SandboxJob &job, const QJsonObject &request, const QString &prompt,
                       Completion &completion);
    QList<QJsonArray> toolCallDeltas(const Completion &completion) const;
    void sendPlain(SandboxExchange &exchange, const Completion &completion);
    void stream(const std::shared_ptr<SandboxExchange> &exchange, const Completion &completion,
                bool includeUsage);
    QJsonObject usageJson(const Completion &completion) const;

    JobSimulator &m_jobs;
    QObject *m_context;
    int m_cutStreamAfter;
    quint64 m_counter = 0;
    QHash<QString, QList<QSet<QString>>> m_wordsByJob; // a tuned model's examples, as words
};

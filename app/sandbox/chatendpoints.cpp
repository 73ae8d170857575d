#include "chatendpoints.h"

#include "chatsimulator.h"
#include "jobsimulator.h"
#include "modelcatalog.h"
#include "sandboxexchange.h"
#include "trainingfile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace {

const QString invalidRequest = QStringLiteral("invalid_request_error");

QString messageText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList pieces;
    const QJsonArray parts = content.toArray();
    for (const QJsonValue &part : parts)
        pieces.append(part.toObject().value(QStringLiteral("text")).toString());
    return pieces.join(QLatin1Char(' '));
}

// Cuts the answer at the first stop sequence; returns true when it did.
bool applyStop(const QJsonValue &stop, QString &answer)
{
    QStringList sequences;
    if (stop.isString())
        sequences.append(stop.toString());
    const QJsonArray list = stop.toArray();
    for (const QJsonValue &value : list)
        sequences.append(value.toString());
    qsizetype cut = -1;
    for (const QString &sequence : std::as_const(sequences)) {
        const qsizetype at = sequence.isEmpty() ? -1 : answer.indexOf(sequence);
        if (at >= 0 && (cut < 0 || at < cut))
            cut = at;
    }
    if (cut < 0)
        return false;
    answer.truncate(cut);
    return true;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

ChatEndpoints::ChatEndpoints(JobSimulator &jobs, QObject *context, int cutStreamAfter)
    : m_jobs(jobs), m_context(context), m_cutStreamAfter(cutStreamAfter)
{
}

bool ChatEndpoints::handle(const std::shared_ptr<SandboxExchange> &exchange)
{
    const QStringList segments = exchange->segments();
    if (segments.size() != 3 || segments.at(1) != QLatin1String("chat") ||
        segments.at(2) != QLatin1String("completions") || exchange->method() != "POST")
        return false;
    QJsonObject request;
    if (!exchange->readJsonObject(request))
        return true;
    Completion completion;
    if (!answer(*exchange, request, completion))
        return true;
    if (request.value(QStringLiteral("stream")).toBool()) {
        const bool includeUsage = request.value(QStringLiteral("stream_options"))
                                      .toObject()
                                      .value(QStringLiteral("include_usage"))
                                      .toBool();
        stream(exchange, completion, includeUsage);
    } else {
        sendPlain(*exchange, completion);
    }
    return true;
}

bool ChatEndpoints::answer(SandboxExchange &exchange, const QJsonObject &request,
                           Completion &completion)
{
    completion.model = request.value(QStringLiteral("model")).toString();
    if (completion.model.isEmpty()) {
        exchange.sendError(400, QStringLiteral("You must provide a model parameter."),
                           invalidRequest, QStringLiteral("model"));
        return false;
    }
    const QJsonArray messages = request.value(QStringLiteral("messages")).toArray();
    if (messages.isEmpty()) {
        exchange.sendError(400, QStringLiteral("'messages' must be a non-empty list of messages."),
                           invalidRequest, QStringLiteral("messages"),
                           QStringLiteral("missing_required_parameter"));
        return false;
    }
    QString prompt;
    // Usage is an estimate (about four characters a token plus OpenAI's per-message overhead):
    // the Sandbox does not run the real tokenizer.
    completion.promptTokens = 3;
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        const QString text = messageText(message.value(QStringLiteral("content")));
        completion.promptTokens += 3 + int(TrainingFile::estimateTokens(text));
        if (message.value(QStringLiteral("role")).toString() == QLatin1String("user"))
            prompt = text; // the last user message is what the model answers
    }
    const SandboxJob *tuned = m_jobs.jobForModel(completion.model);
    if (tuned) {
        answerAsTuned(*tuned, request, prompt, completion);
    } else if (ModelCatalog::isBaseModel(completion.model)) {
        completion.answer = ChatSimulator::baseAnswer(prompt);
    } else {
        exchange.sendError(404,
                           QStringLiteral("The model `%1` does not exist or you do not have "
                                          "access to it.")
                               .arg(completion.model),
                           invalidRequest, QStringLiteral("model"),
                           QStringLiteral("model_not_found"));
        return false;
    }
    completion.id = QStringLiteral("chatcmpl-sandbox%1").arg(++m_counter);
    completion.created = QDateTime::currentSecsSinceEpoch();
    if (!completion.toolCalls.isEmpty()) {
        completion.finishReason = QStringLiteral("tool_calls");
        completion.completionTokens = int(TrainingFile::estimateTokens(
            QString::fromUtf8(QJsonDocument(completion.toolCalls).toJson(QJsonDocument::Compact))));
        return true;
    }
    completion.finishReason = QStringLiteral("stop");
    applyStop(request.value(QStringLiteral("stop")), completion.answer);
    const QJsonValue maxTokens = request.contains(QStringLiteral("max_completion_tokens"))
                                     ? request.value(QStringLiteral("max_completion_tokens"))
                                     : request.value(QStringLiteral("max_tokens"));
    if (maxTokens.isDouble() &&
        TrainingFile::estimateTokens(completion.answer) > maxTokens.toInteger()) {
        completion.answer.truncate(qsizetype(maxTokens.toInteger()) * 4);
        completion.finishReason = QStringLiteral("length");
    }
    completion.completionTokens = int(TrainingFile::estimateTokens(completion.answer));
    return true;
}

void ChatEndpoints::answerAsTuned(const SandboxJob &job, const QJsonObject &request,
                                  const QString &prompt, Completion &completion)
{
    const QList<TrainingFile::Example> examples = job.training.examples();
    auto words = m_wordsByJob.find(job.id);
    if (words == m_wordsByJob.end())
        words = m_wordsByJob.insert(job.id, ChatSimulator::wordSets(examples));
    completion.answer = ChatSimulator::tunedAnswer(examples, *words, prompt);
    // When the closest example answered by calling tools, and the request offers tools and
    // waits for an answer to the user, the tuned model calls them the same way.
    const int index = ChatSimulator::closestExample(*words, prompt);
    const QJsonArray messages = request.value(QStringLiteral("messages")).toArray();
    const bool awaitsUser =
        messages.last()[QStringLiteral("role")].toString() == QLatin1String("user");
    const bool toolsOffered =
        !request.value(QStringLiteral("tools")).toArray().isEmpty() &&
        request.value(QStringLiteral("tool_choice")).toString() != QLatin1String("none");
    if (index < 0 || !awaitsUser || !toolsOffered || examples.at(index).toolCalls.isEmpty())
        return;
    int number = 0;
    for (const QJsonValue &call : examples.at(index).toolCalls) {
        QJsonObject fresh = call.toObject();
        fresh.insert(QStringLiteral("id"),
                     QStringLiteral("call_sandbox%1_%2").arg(m_counter + 1).arg(++number));
        fresh.insert(QStringLiteral("type"), QStringLiteral("function"));
        completion.toolCalls.append(fresh);
    }
    completion.answer.clear();
}

QList<QJsonArray> ChatEndpoints::toolCallDeltas(const Completion &completion) const
{
    // Like OpenAI: one delta opens each call (id, type, name, empty arguments), then the
    // arguments arrive in pieces under the call's index.
    QList<QJsonArray> deltas;
    for (qsizetype i = 0; i < completion.toolCalls.size(); ++i) {
        const QJsonObject call = completion.toolCalls.at(i).toObject();
        const QJsonObject function = call.value(QStringLiteral("function")).toObject();
        deltas.append(QJsonArray{QJsonObject{
            {QStringLiteral("index"), int(i)},
            {QStringLiteral("id"), call.value(QStringLiteral("id"))},
            {QStringLiteral("type"), QStringLiteral("function")},
            {QStringLiteral("function"),
             QJsonObject{{QStringLiteral("name"), function.value(QStringLiteral("name"))},
                         {QStringLiteral("arguments"), QString()}}}}});
        const QString arguments = function.value(QStringLiteral("arguments")).toString();
        for (qsizetype at = 0; at < arguments.size(); at += 8) {
            deltas.append(QJsonArray{
                QJsonObject{{QStringLiteral("index"), int(i)},
                            {QStringLiteral("function"),
                             QJsonObject{{QStringLiteral("arguments"), arguments.mid(at, 8)}}}}});
        }
    }
    return deltas;
}

QJsonObject ChatEndpoints::usageJson(const Completion &completion) const
{
    return {{QStringLiteral("prompt_tokens"), completion.promptTokens},
            {QStringLiteral("completion_tokens"), completion.completionTokens},
            {QStringLiteral("total_tokens"), completion.promptTokens + completion.completionTokens},
            {QStringLiteral("prompt_tokens_details"),
             QJsonObject{{QStringLiteral("cached_tokens"), 0}}},
            {QStringLiteral("completion_tokens_details"),
             QJsonObject{{QStringLiteral("reasoning_tokens"), 0}}}};
}

void ChatEndpoints::sendPlain(SandboxExchange &exchange, const Completion &completion)
{
    QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("content"), completion.answer},
                        {QStringLiteral("refusal"), QJsonValue()}};
    if (!completion.toolCalls.isEmpty()) {
        message.insert(QStringLiteral("content"), QJsonValue());
        message.insert(QStringLiteral("tool_calls"), completion.toolCalls);
    }
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("logprobs"), QJsonValue()},
                             {QStringLiteral("finish_reason"), completion.finishReason}};
    exchange.sendJson(200, {{QStringLiteral("id"), completion.id},
                            {QStringLiteral("object"), QStringLiteral("chat.completion")},
                            {QStringLiteral("created"), completion.created},
                            {QStringLiteral("model"), completion.model},
                            {QStringLiteral("choices"), QJsonArray{choice}},
                            {QStringLiteral("usage"), usageJson(completion)},
                            {QStringLiteral("system_fingerprint"), QStringLiteral("fp_sandbox")}});
}

void ChatEndpoints::stream(const std::shared_ptr<SandboxExchange> &exchange,
                           const Completion &completion, bool includeUsage)
{
    const auto chunk = [&completion, includeUsage](const QJsonArray &choices) {
        QJsonObject object{{QStringLiteral("id"), completion.id},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("created"), completion.created},
                           {QStringLiteral("model"), completion.model},
                           {QStringLiteral("system_fingerprint"), QStringLiteral("fp_sandbox")},
                           {QStringLiteral("choices"), choices}};
        if (includeUsage) // OpenAI then sends "usage": null on every chunk but the last
            object.insert(QStringLiteral("usage"), QJsonValue());
        return object;
    };
    const auto choice = [](const QJsonObject &delta, const QJsonValue &finishReason) {
        return QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                      {QStringLiteral("delta"), delta},
                                      {QStringLiteral("finish_reason"), finishReason}}};
    };
    auto events = std::make_shared<QList<QByteArray>>();
    const bool callsTools = !completion.toolCalls.isEmpty();
    events->append(compact(chunk(
        choice({{QStringLiteral("role"), QStringLiteral("assistant")},
                {QStringLiteral("content"), callsTools ? QJsonValue() : QJsonValue(QString())},
                {QStringLiteral("refusal"), QJsonValue()}},
               QJsonValue()))));
    for (const QJsonArray &toolCalls : toolCallDeltas(completion)) {
        events->append(
            compact(chunk(choice({{QStringLiteral("tool_calls"), toolCalls}}, QJsonValue()))));
    }
    for (const QString &piece : ChatSimulator::pieces(completion.answer))
        events->append(compact(chunk(choice({{QStringLiteral("content"), piece}}, QJsonValue()))));
    events->append(compact(chunk(choice({}, completion.finishReason))));
    if (includeUsage) {
        QJsonObject last = chunk({});
        last.insert(QStringLiteral("usage"), usageJson(completion));
        events->append(compact(last));
    }
    events->append(QByteArrayLiteral("[DONE]"));

    exchange->beginEventStream();
    const int cutAfter = m_cutStreamAfter;
    auto sent = std::make_shared<int>(0);
    auto timer = new QTimer(m_context);
    timer->setInterval(chunkDelayMs);
    QObject::connect(timer, &QTimer::timeout, timer, [exchange, events, sent, cutAfter, timer] {
        if (!exchange->isConnected()) {
            timer->deleteLater();
            return;
        }
        if (cutAfter >= 0 && *sent >= cutAfter) {
            exchange->abortConnection(); // a fault for tests: no [DONE], no usage
            timer->deleteLater();
            return;
        }
        exchange->writeEvent(events->at((*sent)++));
        if (*sent == events->size()) {
            exchange->endEventStream();
            timer->deleteLater();
        }
    });
    timer->start();
}

#include "playgroundrunner.h"

#include "columnstream.h"
#include "playgroundconversation.h"

PlaygroundRunner::PlaygroundRunner(ProviderSession *providers, PriceCatalog *prices,
                                   QObject *parent)
    : QObject(parent), m_providers(providers), m_accounting(prices)
{
}

PlaygroundRunner::~PlaygroundRunner()
{
    for (const QPointer<ColumnStream> &stream : std::as_const(m_streams))
        delete stream.data(); // stops silently: nobody listens any more
}

void PlaygroundRunner::setColumns(const QList<PlaygroundColumn> &columns)
{
    for (QPointer<ColumnStream> &stream : m_streams) {
        delete stream.data();
        stream.clear();
    }
    m_columns = columns.mid(0, MaximumColumns);
    m_streams = QList<QPointer<ColumnStream>>(m_columns.size());
    m_asked = QList<AnswerRequest>(m_columns.size());
    m_turnOpen = false;
    Q_EMIT columnsChanged();
}

bool PlaygroundRunner::isAnswering(int column) const
{
    return validColumn(column) && m_streams.at(column) && m_streams.at(column)->isActive();
}

bool PlaygroundRunner::isAnyAnswering() const
{
    for (int column = 0; column < columnCount(); ++column) {
        if (isAnswering(column))
            return true;
    }
    return false;
}

QString PlaygroundRunner::partialAnswer(int column) const
{
    return isAnswering(column) ? m_streams.at(column)->text() : QString();
}

bool PlaygroundRunner::send(const QString &userText)
{
    if (userText.trimmed().isEmpty() || m_columns.isEmpty() || isAnyAnswering())
        return false;
    for (int column = 0; column < columnCount(); ++column) {
        m_columns[column].conversation.append(PlaygroundConversation::userMessage(userText));
        Q_EMIT conversationChanged(column);
    }
    m_turnOpen = true;
    for (int column = 0; column < columnCount(); ++column)
        ask(column);
    return true;
}

bool PlaygroundRunner::regenerate(int column, int messageIndex)
{
    if (!validColumn(column) || isAnswering(column))
        return false;
    QJsonArray &conversation = m_columns[column].conversation;
    if (messageIndex < 0 || messageIndex > conversation.size())
        return false;
    const bool isUser = messageIndex < conversation.size() &&
                        PlaygroundConversation::isUser(conversation.at(messageIndex));
    const qsizetype keep = isUser ? messageIndex + 1 : messageIndex;
    while (conversation.size() > keep)
        conversation.removeLast();
    if (conversation.isEmpty() || !PlaygroundConversation::isUser(conversation.last()))
        return false; // nothing to answer
    Q_EMIT conversationChanged(column);
    m_turnOpen = true;
    ask(column);
    return true;
}

bool PlaygroundRunner::editMessage(int column, int messageIndex, const QString &text)
{
    if (!validColumn(column) || isAnswering(column))
        return false;
    QJsonArray &conversation = m_columns[column].conversation;
    if (messageIndex < 0 || messageIndex >= conversation.size())
        return false;
    conversation = PlaygroundConversation::withText(conversation, messageIndex, text);
    Q_EMIT conversationChanged(column);
    return true;
}

void PlaygroundRunner::stop(int column)
{
    if (isAnswering(column))
        m_streams.at(column)->stop();
}

void PlaygroundRunner::stopAll()
{
    for (int column = 0; column < columnCount(); ++column)
        stop(column);
}

ChatRequest PlaygroundRunner::requestFor(int column) const
{
    ChatRequest request;
    if (!validColumn(column))
        return request;
    const PlaygroundColumn &target = m_columns.at(column);
    request.model = target.model.trimmed();
    request.messages = PlaygroundConversation::requestMessages(m_systemPrompt, target.conversation);
    PlaygroundSettings::fromJson(m_settings)
        .overriddenBy(PlaygroundSettings::fromJson(target.settings))
        .applyTo(request);
    return request;
}

AnswerRequest PlaygroundRunner::answerRequest(int column, const ChatRequest &request) const
{
    AnswerRequest asked;
    asked.model = request.model;
    asked.baseModel = m_columns.at(column).settings.value(QLatin1String(BaseModelKey)).toString();
    asked.messages = request.messages;
    return asked;
}

void PlaygroundRunner::ask(int column)
{
    const ChatRequest request = requestFor(column);
    auto stream = new ColumnStream(m_providers, this);
    m_streams[column] = stream;
    m_asked[column] = answerRequest(column, request);
    connect(stream, &ColumnStream::textArrived, this,
            [this, column](const QString &piece) { Q_EMIT answerText(column, piece); });
    connect(stream, &ColumnStream::finished, this,
            [this, column, stream](const StreamOutcome &outcome) {
                onFinished(column, stream, outcome);
            });
    Q_EMIT answerStarted(column);
    stream->start(m_columns.at(column).profileId, request);
}

void PlaygroundRunner::onFinished(int column, ColumnStream *stream, const StreamOutcome &outcome)
{
    if (!validColumn(column) || m_streams.at(column) != stream)
        return;
    AnswerRequest asked = m_asked.at(column);
    asked.providerKind = stream->providerKind();
    const AnswerStats stats = m_accounting.stats(asked, outcome);
    const bool reachedModel = !outcome.text.isEmpty() || !outcome.error ||
                              outcome.error.kind == ApiError::Kind::StreamCut;
    if (reachedModel) {
        m_columns[column].conversation.append(
            PlaygroundConversation::answerMessage(outcome.text, stats, outcome.error));
    }
    m_streams[column].clear();
    stream->deleteLater();
    // The answer is in the conversation already; views that follow the stream hear that it
    // ended before they read the conversation again.
    Q_EMIT answerFinished(column, stats, outcome.error);
    if (reachedModel)
        Q_EMIT conversationChanged(column);
    if (m_turnOpen && !isAnyAnswering()) {
        m_turnOpen = false;
        Q_EMIT turnFinished();
    }
}

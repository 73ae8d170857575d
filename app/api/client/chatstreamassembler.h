#pragma once

#include "apierror.h"
#include "ssestreamparser.h"

#include "core/jobs/chatresult.h"

#include <QByteArray>
#include <QMap>
#include <QString>

// Builds a ChatResult from a streamed chat completion, piece by piece: text deltas, tool-call
// deltas (an id and name once, arguments in fragments, keyed by index), the finish reason and
// the usage chunk that include_usage adds before "data: [DONE]".
class ChatStreamAssembler
{
public:
    struct Update
    {
        QString text;             // new text since the previous update
        bool toolCallsChanged = false;
        ApiError error;           // an error object sent inside the stream
    };

    Update feed(const QByteArray &bytes);
    // After the connection closed: the final result, and StreamCut if [DONE] never came.
    ApiError finish() const;

    const ChatResult &result() const { return m_result; }
    bool isDone() const { return m_done; }

private:
    void applyChunk(const QString &data, Update &update);

    SseStreamParser m_parser;
    ChatResult m_result;
    QMap<int, ChatToolCall> m_toolCalls;
    bool m_done = false;
};

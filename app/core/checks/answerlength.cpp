#include "answerlength.h"

#include "core/dataset/examplejson.h"

#include <QJsonArray>

qint64 AnswerLength::lastAnswerTokens(const QJsonObject &example, const ChatTokenCount &count,
                                      const Tokenizer &tokenizer)
{
    QJsonArray messages = example.value(QLatin1String("messages")).toArray();
    if (!example.contains(QLatin1String("messages")))
        messages = example.value(QLatin1String("preferred_output")).toArray();
    int answers = 0;
    QJsonObject last;
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        if (message.value(QLatin1String("role")).toString() == u"assistant") {
            ++answers;
            last = message;
        }
    }
    if (answers == 0)
        return 0;
    if (answers == 1 && example.contains(QLatin1String("messages"))
        && last.value(QLatin1String("weight")).toDouble(1) != 0.0)
        return count.trained;
    return tokenizer.count(ExampleJson::contentText(last.value(QLatin1String("content"))));
}

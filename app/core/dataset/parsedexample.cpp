#include "parsedexample.h"

#include "examplejson.h"

#include <QJsonDocument>

ParsedExample ParsedExample::fromJson(const QJsonObject &example, const QByteArray &rawJson,
                                      qint64 line)
{
    ParsedExample parsed;
    parsed.line = line;
    parsed.json = rawJson.isEmpty() ? QJsonDocument(example).toJson(QJsonDocument::Compact)
                                    : rawJson;
    parsed.summary = ExampleJson::summary(example);
    parsed.turns = ExampleJson::turns(example);
    parsed.searchText = ExampleJson::searchText(example).toUtf8();
    parsed.contentHash = ExampleJson::contentHash(example);
    return parsed;
}

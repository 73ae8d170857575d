#include "parsedexample.h"

#include "exampledigest.h"

#include <QJsonDocument>

ParsedExample ParsedExample::fromJson(const QJsonObject &example, const QByteArray &rawJson,
                                      qint64 line)
{
    ParsedExample parsed;
    parsed.line = line;
    parsed.json =
        rawJson.isEmpty() ? QJsonDocument(example).toJson(QJsonDocument::Compact) : rawJson;
    ExampleDigest digest = ExampleDigest::of(example);
    parsed.summary = std::move(digest.summary);
    parsed.turns = digest.turns;
    parsed.searchText = std::move(digest.searchText);
    parsed.contentHash = digest.contentHash;
    return parsed;
}

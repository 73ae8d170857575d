#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

// Cursor pagination the way OpenAI lists do it: items in list order, `after` names the last id
// of the previous page, `limit` caps the page, `has_more` says whether anything follows.
class ListPage
{
public:
    // Reads `limit` from the query. Returns false when it is not a whole number in range.
    static bool readLimit(const QUrlQuery &query, int defaultLimit, int maximum, int &limit);

    static QJsonObject make(const QList<QJsonObject> &items, const QString &after, int limit,
                            bool withFirstAndLast);
};

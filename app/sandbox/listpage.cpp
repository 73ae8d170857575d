#include "listpage.h"

bool ListPage::readLimit(const QUrlQuery &query, int defaultLimit, int maximum, int &limit)
{
    limit = defaultLimit;
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return true;
    bool ok = false;
    const int value = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || value < 1 || value > maximum)
        return false;
    limit = value;
    return true;
}

QJsonObject ListPage::make(const QList<QJsonObject> &items, const QString &after, int limit,
                           bool withFirstAndLast)
{
    qsizetype start = 0;
    if (!after.isEmpty()) {
        start = items.size(); // an unknown cursor gives an empty page
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).value(QStringLiteral("id")).toString() == after) {
                start = i + 1;
                break;
            }
        }
    }
    QJsonArray data;
    const qsizetype end = std::min(items.size(), start + limit);
    for (qsizetype i = start; i < end; ++i)
        data.append(items.at(i));
    QJsonObject page{{QStringLiteral("object"), QStringLiteral("list")},
                     {QStringLiteral("data"), data},
                     {QStringLiteral("has_more"), end < items.size()}};
    if (withFirstAndLast) {
        // OpenAI's file list declares both as strings; an empty page gets empty strings.
        page.insert(QStringLiteral("first_id"),
                    data.isEmpty() ? QString() : data.first()[QStringLiteral("id")].toString());
        page.insert(QStringLiteral("last_id"),
                    data.isEmpty() ? QString() : data.last()[QStringLiteral("id")].toString());
    }
    return page;
}

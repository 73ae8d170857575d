#include "apiresponse.h"

#include <QJsonObject>

bool ApiResponse::parseObject(QJsonObject *object) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}

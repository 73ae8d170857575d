#include "modelinfo.h"

#include "jsonvalues.h"

ModelInfo ModelInfo::fromOpenAiJson(const QJsonObject &object)
{
    ModelInfo model;
    model.id = JsonValues::string(object, QLatin1String("id"));
    model.ownedBy = JsonValues::string(object, QLatin1String("owned_by"));
    if (model.ownedBy.isEmpty())
        model.ownedBy = JsonValues::string(object, QLatin1String("organization"));
    model.created = JsonValues::time(object, QLatin1String("created"));
    model.shutdownDate = QDate::fromString(JsonValues::string(object, QLatin1String("shutdown_date")),
                                           Qt::ISODate);
    model.displayName = JsonValues::string(object, QLatin1String("display_name"));
    model.type = JsonValues::string(object, QLatin1String("type"));
    return model;
}

#include "remotefile.h"

#include "jsonvalues.h"

RemoteFile RemoteFile::fromOpenAiJson(const QJsonObject &object)
{
    RemoteFile file;
    file.id = JsonValues::string(object, QLatin1String("id"));
    file.filename = JsonValues::string(object, QLatin1String("filename"));
    file.bytes = JsonValues::integer(object, QLatin1String("bytes")).value_or(0);
    file.createdAt = JsonValues::time(object, QLatin1String("created_at"));
    file.purpose = JsonValues::string(object, QLatin1String("purpose"));
    file.status = JsonValues::string(object, QLatin1String("status"));
    return file;
}

#include "modelcatalog.h"

#include "jobsimulator.h"
#include "sandboxexchange.h"

#include <QJsonArray>

namespace {

struct BaseModel
{
    const char *id;
    qint64 created;
    const char *shutdownDate; // nullptr: none announced
    const char *aliasOf;      // nullptr: it is itself a dated model
};

// GPT-4o, 4o mini, 4.1 and 4.1 mini shut down on 2027-01-14 (PROVIDERS.md).
constexpr BaseModel baseModels[] = {
    {"gpt-4o-mini-2024-07-18", 1721172717, "2027-01-14", nullptr},
    {"gpt-4o-2024-08-06", 1722814719, "2027-01-14", nullptr},
    {"gpt-4.1-mini-2025-04-14", 1744317547, "2027-01-14", nullptr},
    {"gpt-4.1-2025-04-14", 1744316542, "2027-01-14", nullptr},
    {"gpt-3.5-turbo-0125", 1706048358, nullptr, nullptr},
    {"gpt-4o-mini", 1721172741, "2027-01-14", "gpt-4o-mini-2024-07-18"},
    {"gpt-4o", 1715367049, "2027-01-14", "gpt-4o-2024-08-06"},
    {"gpt-4.1-mini", 1744318173, "2027-01-14", "gpt-4.1-mini-2025-04-14"},
    {"gpt-4.1", 1744316542, "2027-01-14", "gpt-4.1-2025-04-14"},
    {"gpt-3.5-turbo", 1677610602, nullptr, "gpt-3.5-turbo-0125"},
};

QJsonValue dateOrNull(const char *date)
{
    return date ? QJsonValue(QString::fromLatin1(date)) : QJsonValue();
}

QJsonObject modelJson(const QString &id, qint64 created, const QString &owner,
                      const QJsonValue &shutdownDate)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("object"), QStringLiteral("model")},
            {QStringLiteral("created"), created},
            {QStringLiteral("owned_by"), owner},
            {QStringLiteral("shutdown_date"), shutdownDate}};
}

QJsonValue shutdownOf(const QString &base)
{
    for (const BaseModel &model : baseModels) {
        if (base == QLatin1String(model.id))
            return dateOrNull(model.shutdownDate);
    }
    return QJsonValue();
}

} // namespace

ModelCatalog::ModelCatalog(JobSimulator &jobs) : m_jobs(jobs) {}

QString ModelCatalog::fineTunableBase(const QString &model)
{
    for (const BaseModel &base : baseModels) {
        if (model == QLatin1String(base.id))
            return QString::fromLatin1(base.aliasOf ? base.aliasOf : base.id);
    }
    return {};
}

bool ModelCatalog::isBaseModel(const QString &model)
{
    return !fineTunableBase(model).isEmpty();
}

QList<QJsonObject> ModelCatalog::models() const
{
    QList<QJsonObject> list;
    for (const BaseModel &model : baseModels) {
        list.append(modelJson(QString::fromLatin1(model.id), model.created,
                              QStringLiteral("system"), dateOrNull(model.shutdownDate)));
    }
    // A tuned model lives until its base model shuts down.
    for (const SandboxJob *job : m_jobs.succeededJobs()) {
        list.append(modelJson(job->fineTunedModel, job->finishedAt, QStringLiteral("user-sandbox"),
                              shutdownOf(job->model)));
    }
    return list;
}

bool ModelCatalog::handle(SandboxExchange &exchange)
{
    const QStringList segments = exchange.segments();
    if (segments.value(1) != QLatin1String("models") || segments.size() > 3)
        return false;
    if (segments.size() == 2) {
        if (exchange.method() != "GET")
            return false;
        QJsonArray data;
        for (const QJsonObject &model : models())
            data.append(model);
        exchange.sendJson(200, {{QStringLiteral("object"), QStringLiteral("list")},
                                {QStringLiteral("data"), data}});
        return true;
    }
    const QString id = segments.at(2);
    for (const QJsonObject &model : models()) {
        if (model.value(QStringLiteral("id")).toString() != id)
            continue;
        if (exchange.method() == "GET") {
            exchange.sendJson(200, model);
        } else if (exchange.method() == "DELETE" && !isBaseModel(id)) {
            // The simulation keeps the model; deleting it is acknowledged like OpenAI does.
            exchange.sendJson(200, {{QStringLiteral("id"), id},
                                    {QStringLiteral("object"), QStringLiteral("model")},
                                    {QStringLiteral("deleted"), true}});
        } else if (exchange.method() == "DELETE") {
            exchange.sendError(403,
                               QStringLiteral("You do not have permission to delete %1.").arg(id),
                               QStringLiteral("invalid_request_error"), QStringLiteral("model"),
                               QStringLiteral("model_not_found"));
        } else {
            return false;
        }
        return true;
    }
    exchange.sendError(404,
                       QStringLiteral("The model `%1` does not exist or you do not have access "
                                      "to it.")
                           .arg(id),
                       QStringLiteral("invalid_request_error"), QStringLiteral("model"),
                       QStringLiteral("model_not_found"));
    return true;
}

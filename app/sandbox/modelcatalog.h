#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

class JobSimulator;
class SandboxExchange;

// The models the Sandbox offers: OpenAI's fine-tunable base models (with the shutdown dates
// OpenAI announced) plus the tuned models of succeeded jobs. Serves /v1/models.
class ModelCatalog
{
public:
    explicit ModelCatalog(JobSimulator &jobs);

    // The dated name of a base model that can be fine-tuned ("gpt-4o-mini" gives
    // "gpt-4o-mini-2024-07-18"), or an empty string.
    static QString fineTunableBase(const QString &model);
    static bool isBaseModel(const QString &model);

    // Answers GET /v1/models, GET/DELETE /v1/models/{id}; false when the path is not its own.
    bool handle(SandboxExchange &exchange);

private:
    QList<QJsonObject> models() const;

    JobSimulator &m_jobs;
};

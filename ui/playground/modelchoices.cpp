#include "modelchoices.h"

#include "api/session/providersession.h"
#include "core/jobs/jobstore.h"

#include <algorithm>

ModelChoices::ModelChoices(ProviderSession *providers, QObject *parent)
    : QObject(parent), m_providers(providers)
{
}

void ModelChoices::setJobStore(JobStore *jobs)
{
    if (m_jobs)
        disconnect(m_jobs, nullptr, this, nullptr);
    m_jobs = jobs;
    const auto changedAll = [this] {
        for (const QString &profileId : std::as_const(m_asked))
            Q_EMIT choicesChanged(profileId);
    };
    if (jobs) {
        connect(jobs, &JobStore::jobChanged, this, changedAll);
        connect(jobs, &JobStore::checkpointsChanged, this, changedAll);
    }
}

QList<ModelChoice> ModelChoices::workspaceChoices(const QString &profileId) const
{
    QList<ModelChoice> choices;
    if (!m_jobs)
        return choices;
    for (const JobRecord &record : m_jobs->jobs(profileId)) {
        if (record.job.fineTunedModel.isEmpty())
            continue;
        const QString name =
            record.job.suffix.isEmpty() ? record.job.fineTunedModel : record.job.suffix;
        choices.append({record.job.fineTunedModel, tr("Tuned: %1").arg(name), record.job.model,
                        ModelChoice::Kind::Tuned});
        for (const Checkpoint &checkpoint : m_jobs->checkpoints(record.id)) {
            if (checkpoint.modelName.isEmpty() || checkpoint.modelName == record.job.fineTunedModel)
                continue;
            choices.append({checkpoint.modelName,
                            tr("Checkpoint at step %1: %2").arg(checkpoint.stepNumber).arg(name),
                            record.job.model, ModelChoice::Kind::Checkpoint});
        }
    }
    return choices;
}

QList<ModelChoice> ModelChoices::choices(const QString &profileId) const
{
    QList<ModelChoice> choices = workspaceChoices(profileId);
    for (const QString &model : m_listed.value(profileId)) {
        const bool known = std::any_of(choices.cbegin(), choices.cend(),
                                       [&](const ModelChoice &c) { return c.model == model; });
        if (!known)
            choices.append({model, model, {}, ModelChoice::Kind::Listed});
    }
    return choices;
}

QString ModelChoices::baseModelOf(const QString &profileId, const QString &model) const
{
    for (const ModelChoice &choice : workspaceChoices(profileId)) {
        if (choice.model == model)
            return choice.baseModel;
    }
    return {};
}

void ModelChoices::fetch(const QString &profileId)
{
    if (profileId.isEmpty() || m_asked.contains(profileId))
        return;
    m_asked.insert(profileId);
    m_providers->request(profileId, this, [this, profileId](const ProviderSession::Ready &ready) {
        if (!ready.ok()) {
            m_problems.insert(profileId, ready.error.userMessage);
            m_asked.remove(profileId); // ask again next time: the key may be there by then
            Q_EMIT choicesChanged(profileId);
            return;
        }
        QPointer<ModelChoices> self(this);
        ready.client->listModels([self, profileId](const ApiResult<QList<ModelInfo>> &result) {
            if (!self)
                return;
            if (!result.ok()) {
                self->m_problems.insert(profileId, result.error.userMessage);
                self->m_asked.remove(profileId);
            } else {
                QStringList models;
                for (const ModelInfo &info : result.value)
                    models.append(info.id);
                std::sort(models.begin(), models.end());
                self->m_listed.insert(profileId, models);
                self->m_problems.remove(profileId);
            }
            Q_EMIT self->choicesChanged(profileId);
        });
    });
}

#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class JobStore;
class ProviderSession;

// A model a Playground column can ask, with where it comes from.
struct ModelChoice
{
    enum class Kind { Tuned, Checkpoint, Listed };
    QString model;
    QString label;     // what the list shows
    QString baseModel; // the base a tuned model or checkpoint was trained from
    Kind kind = Kind::Listed;
};

// The models each profile offers the Playground: the workspace's tuned models and
// checkpoints (JobStore) first, then what the provider lists (asked once per profile, in the
// background). A local server's list may be empty: the model name can always be typed.
class ModelChoices : public QObject
{
    Q_OBJECT

public:
    explicit ModelChoices(ProviderSession *providers, QObject *parent = nullptr);

    void setJobStore(JobStore *jobs);
    QList<ModelChoice> choices(const QString &profileId) const;
    // Asks the provider for its models unless it was asked already; choicesChanged follows.
    void fetch(const QString &profileId);
    // The base of a tuned model or checkpoint of this workspace; empty for any other model.
    QString baseModelOf(const QString &profileId, const QString &model) const;
    // Why the provider's list could not be read, for the column's tooltip; empty when it was.
    QString problem(const QString &profileId) const { return m_problems.value(profileId); }

Q_SIGNALS:
    void choicesChanged(const QString &profileId);

private:
    QList<ModelChoice> workspaceChoices(const QString &profileId) const;

    ProviderSession *m_providers;
    QPointer<JobStore> m_jobs;
    QHash<QString, QStringList> m_listed;
    QHash<QString, QString> m_problems;
    QSet<QString> m_asked;
};

#pragma once

#include "api/compare/batchresults.h"

#include <QPointer>
#include <QWidget>

class ApiCall;
class JobStore;
class ProfileStore;
class ProviderSession;
class QComboBox;
class QLabel;
class QToolButton;

// One model of a batch comparison: the provider (a saved profile) and the model's name, which
// the provider's list fills (with the tuned models of this workspace's finished jobs first)
// and the person may also type.
class BatchModelPicker : public QWidget
{
    Q_OBJECT

public:
    BatchModelPicker(ProfileStore *profiles, ProviderSession *providers, JobStore *jobs,
                     QWidget *parent = nullptr);
    ~BatchModelPicker() override;

    BatchModel model() const;
    void setModel(const QString &profileId, const QString &model);
    bool isComplete() const;
    void setRemovable(bool removable);

    QComboBox *profileBox() const { return m_profile; }
    QComboBox *modelBox() const { return m_model; }
    QToolButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void fillProfiles();
    void listModels();
    void showModels(const QStringList &names, const QString &problem);

    ProfileStore *m_profiles;
    ProviderSession *m_providers;
    JobStore *m_jobs;
    QComboBox *m_profile;
    QComboBox *m_model;
    QToolButton *m_remove;
    QLabel *m_problem;
    QPointer<ApiCall> m_listing;
    int m_generation = 0;
};

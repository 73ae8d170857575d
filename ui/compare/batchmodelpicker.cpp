#include "batchmodelpicker.h"

#include "api/client/providerclient.h"
#include "api/session/providersession.h"
#include "core/jobs/jobstore.h"
#include "core/settings/profilestore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

BatchModelPicker::BatchModelPicker(ProfileStore *profiles, ProviderSession *providers,
                                   JobStore *jobs, QWidget *parent)
    : QWidget(parent), m_profiles(profiles), m_providers(providers), m_jobs(jobs),
      m_profile(new QComboBox), m_model(new QComboBox), m_remove(new QToolButton),
      m_problem(new QLabel)
{
    m_profile->setAccessibleName(tr("Provider"));
    m_profile->setToolTip(tr("The provider that runs this model"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setAccessibleName(tr("Model"));
    m_model->lineEdit()->setPlaceholderText(tr("The model's name"));
    m_model->setMinimumContentsLength(28);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Leave this model out"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_profile);
    row->addWidget(m_model, 1);
    row->addWidget(m_remove);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_problem);

    fillProfiles();
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        listModels();
        Q_EMIT changed();
    });
    connect(m_model, &QComboBox::currentTextChanged, this, &BatchModelPicker::changed);
    connect(m_remove, &QToolButton::clicked, this, &BatchModelPicker::removeRequested);
    listModels();
}

BatchModelPicker::~BatchModelPicker()
{
    if (m_listing)
        m_listing->abort();
}

void BatchModelPicker::fillProfiles()
{
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    for (const ProviderProfile &profile : m_profiles->profiles())
        m_profile->addItem(profile.name, profile.id);
    const int current = m_profile->findData(m_profiles->defaultProfileId());
    m_profile->setCurrentIndex(std::max(current, 0));
}

BatchModel BatchModelPicker::model() const
{
    return {m_profile->currentData().toString(), m_model->currentText().trimmed(), {}};
}

void BatchModelPicker::setModel(const QString &profileId, const QString &model)
{
    const int index = m_profile->findData(profileId);
    if (index >= 0)
        m_profile->setCurrentIndex(index);
    m_model->setCurrentText(model);
}

bool BatchModelPicker::isComplete() const
{
    return !model().profileId.isEmpty() && !model().model.isEmpty();
}

void BatchModelPicker::setRemovable(bool removable)
{
    m_remove->setEnabled(removable);
}

void BatchModelPicker::listModels()
{
    if (m_listing)
        m_listing->abort();
    const QString profileId = m_profile->currentData().toString();
    const int generation = ++m_generation;
    if (profileId.isEmpty() || !m_providers)
        return;
    m_providers->request(profileId, this, [this, generation](const ProviderSession::Ready &ready) {
        if (generation != m_generation)
            return;
        if (!ready.ok())
            return showModels({}, ready.error.userMessage);
        m_listing =
            ready.client->listModels([this, generation](const ApiResult<QList<ModelInfo>> &models) {
                if (generation != m_generation || models.error.kind == ApiError::Kind::Cancelled)
                    return;
                QStringList names;
                for (const ModelInfo &info : models.value)
                    names.append(info.id);
                showModels(names, models.ok() ? QString() : models.error.userMessage);
            });
    });
}

void BatchModelPicker::showModels(const QStringList &listed, const QString &problem)
{
    // The workspace's own tuned models first: those are what a person came to compare.
    QStringList names;
    const QString profileId = m_profile->currentData().toString();
    if (m_jobs) {
        for (const JobRecord &record : m_jobs->jobs(profileId)) {
            if (!record.job.fineTunedModel.isEmpty() && !names.contains(record.job.fineTunedModel))
                names.append(record.job.fineTunedModel);
        }
    }
    for (const QString &name : listed) {
        if (!names.contains(name))
            names.append(name);
    }
    const QString typed = m_model->currentText();
    {
        const QSignalBlocker blocker(m_model);
        m_model->clear();
        m_model->addItems(names);
        m_model->setCurrentText(typed);
    }
    m_problem->setText(problem.isEmpty()
                           ? QString()
                           : tr("The list of models could not be read: %1 You can still type a "
                                "model's name.")
                                 .arg(problem));
    m_problem->setVisible(!problem.isEmpty());
    Q_EMIT changed();
}

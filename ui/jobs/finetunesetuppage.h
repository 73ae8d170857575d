#pragma once

#include "api/client/providercapabilities.h"
#include "api/client/providerclient.h"
#include "core/jobs/tunablemodel.h"
#include "finetunechoice.h"

#include <QPointer>
#include <QWidget>

class ApiCall;
class DatasetStore;
class HyperparameterForm;
class ProfileStore;
class ProviderSession;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QToolButton;

// The first step of Start fine-tune: which dataset, on which provider, from which base model
// (with its shutdown date when known), which kind of training and a name; the training
// settings folded under Advanced, automatic unless the user changes them. What the chosen
// provider needs people to know (OpenAI's wind-down, a deployment before the tuned model
// answers, the Sandbox being a simulation) is said under it in plain words.
class FineTuneSetupPage : public QWidget
{
    Q_OBJECT

public:
    FineTuneSetupPage(DatasetStore *datasets, ProfileStore *profiles, ProviderSession *providers,
                      QWidget *parent = nullptr);
    ~FineTuneSetupPage() override;

    // Fills the form (choosing the dataset, the profile, and, once the provider has answered,
    // the model and the settings that still apply).
    void setChoice(const FineTuneChoice &choice);
    FineTuneChoice choice() const;

    // Everything needed is chosen and the provider answered; otherwise blocker() says what is
    // missing, in a sentence.
    bool isComplete() const;
    QString blocker() const;

    ProviderClient *client() const { return m_client; }
    ProviderCapabilities capabilities() const { return m_capabilities; }
    TunableModel model() const;
    QString providerName() const;
    bool isSandbox() const;

    // Parts the tests and the layout check drive.
    QComboBox *datasetBox() const { return m_dataset; }
    QComboBox *profileBox() const { return m_profile; }
    QComboBox *modelBox() const { return m_model; }
    QLineEdit *suffixEdit() const { return m_suffix; }
    QLabel *providerNotice() const { return m_notice; }
    QToolButton *advancedButton() const { return m_advancedButton; }
    HyperparameterForm *settings() const { return m_form; }

Q_SIGNALS:
    void completeChanged();
    // Advanced was unfolded: the dialog scrolls it into view.
    void advancedOpened(QWidget *settings);

private:
    void fillDatasets();
    void fillProfiles();
    void onDatasetChanged();
    void onProfileChanged();
    void onClientReady(const QString &profileId, ProviderClient *client, const QString &error);
    void onModelsListed(const QList<TunableModel> &models, const QString &error);
    void onModelChanged();
    void updateMethods();
    void updateNotice();
    void setAdvancedShown(bool shown);
    void emitComplete();
    QString datasetKind() const;

    DatasetStore *m_datasets;
    ProfileStore *m_profiles;
    ProviderSession *m_providers;
    QPointer<ProviderClient> m_client;
    ProviderCapabilities m_capabilities;
    QString m_clientError;
    QList<TunableModel> m_models;
    QPointer<ApiCall> m_listing;
    int m_generation = 0;
    QString m_suggestedSuffix;
    FineTuneChoice m_wanted; // what setChoice asked for, applied as the answers arrive

    QComboBox *m_dataset;
    QLabel *m_datasetHint;
    QComboBox *m_profile;
    QLabel *m_notice;
    QComboBox *m_model;
    QLabel *m_modelHint;
    QRadioButton *m_supervised;
    QRadioButton *m_preference;
    QButtonGroup *m_methods;
    QLabel *m_methodHint;
    QLineEdit *m_suffix;
    QToolButton *m_advancedButton;
    QWidget *m_advanced;
    HyperparameterForm *m_form;
};

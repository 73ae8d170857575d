#include "finetunesetuppage.h"

#include "api/session/providersession.h"
#include "core/checks/modellifecycle.h"
#include "core/settings/profilestore.h"
#include "core/workspace/datasetstore.h"
#include "hyperparameterform.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int ProviderKindRole = Qt::UserRole + 2;

QLabel *hintLabel()
{
    auto label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// OpenAI's wind-down, for when no client could be made yet (no key): the same facts the
// client's capabilities state.
QString openAiNotice()
{
    const QDate until(2027, 1, 6);
    const QString date = ModelLifecycle::longDate(until);
    if (QDate::currentDate() <= until)
        return FineTuneSetupPage::tr("OpenAI accepts new fine-tuning jobs only until %1, and only "
                                     "from organisations that already fine-tune. Models you "
                                     "tuned keep answering until their base model shuts down.")
            .arg(date);
    return FineTuneSetupPage::tr("OpenAI stopped accepting new fine-tuning jobs on %1. To train, "
                                 "choose another provider.")
        .arg(date);
}
// A field with its explanation right under it, as one row of the form.
QVBoxLayout *withHint(QWidget *field, QLabel *hint)
{
    auto column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(hint);
    return column;
}

// The model a first fine-tune should start from when the user has not chosen: a small one
// (cheaper and quicker to train), else the provider's first.
int preferredModel(const QList<TunableModel> &models)
{
    for (const char *name : {"gpt-4.1-mini", "gpt-4o-mini", "mini", "small", "8b"}) {
        for (int i = 0; i < models.size(); ++i) {
            if (models.at(i).id.contains(QLatin1String(name), Qt::CaseInsensitive))
                return i;
        }
    }
    return 0;
}

// "Suporte Jabuti" → "suporte-jabuti": a name the provider accepts, offered until the user
// types one of their own.
QString suggestedSuffix(const QString &datasetName)
{
    QString slug;
    const QString plain = datasetName.normalized(QString::NormalizationForm_KD).toLower();
    for (const QChar c : plain) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if ((c.isSpace() || c == u'-' || c == u'_') && !slug.endsWith(u'-') && !slug.isEmpty())
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.left(40);
}
} // namespace

FineTuneSetupPage::FineTuneSetupPage(DatasetStore *datasets, ProfileStore *profiles,
                                     ProviderSession *providers, QWidget *parent)
    : QWidget(parent), m_datasets(datasets), m_profiles(profiles), m_providers(providers),
      m_dataset(new QComboBox), m_datasetHint(hintLabel()), m_profile(new QComboBox),
      m_notice(hintLabel()), m_model(new QComboBox), m_modelHint(hintLabel()),
      m_supervised(new QRadioButton(tr("From example conversations (supervised)"))),
      m_preference(new QRadioButton(tr("From preferred and rejected answers (preference)"))),
      m_methods(new QButtonGroup(this)), m_methodHint(hintLabel()), m_suffix(new QLineEdit),
      m_advancedButton(new QToolButton), m_advanced(new QWidget), m_form(new HyperparameterForm)
{
    m_dataset->setObjectName(QStringLiteral("datasetChooser"));
    m_profile->setObjectName(QStringLiteral("profileChooser"));
    m_model->setObjectName(QStringLiteral("modelChooser"));
    m_notice->setObjectName(QStringLiteral("providerNotice"));
    m_notice->setForegroundRole(QPalette::WindowText);
    m_suffix->setObjectName(QStringLiteral("suffixEdit"));
    m_suffix->setPlaceholderText(tr("for example support-v1"));
    m_suffix->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{0,40}")), m_suffix));
    m_suffix->setToolTip(tr("Letters, digits, dots, dashes and underscores, up to 40 (suffix)"));
    m_methods->addButton(m_supervised, int(FineTuneMethod::Supervised));
    m_methods->addButton(m_preference, int(FineTuneMethod::Dpo));
    m_supervised->setChecked(true);
    m_supervised->setToolTip(tr("The model learns to answer as your examples do (method "
                                "“supervised”)"));
    m_preference->setToolTip(tr("The model learns which of two answers you prefer (method "
                                "“dpo”)"));

    m_advancedButton->setObjectName(QStringLiteral("advancedButton"));
    m_advancedButton->setText(tr("Advanced: training settings"));
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setArrowType(Qt::RightArrow);
    m_advancedButton->setCheckable(true);
    m_advancedButton->setAutoRaise(true);
    m_advancedButton->setToolTip(tr("Every setting is automatic unless you change it: the "
                                    "provider picks what suits your examples."));
    auto reset = new QToolButton;
    reset->setText(tr("Back to automatic"));
    reset->setAutoRaise(true);
    auto advancedLayout = new QVBoxLayout(m_advanced);
    advancedLayout->setContentsMargins(20, 0, 0, 0);
    advancedLayout->addWidget(m_form);
    advancedLayout->addWidget(reset, 0, Qt::AlignLeft);
    m_advanced->hide();

    auto methodBox = new QVBoxLayout;
    methodBox->setSpacing(2);
    methodBox->addWidget(m_supervised);
    methodBox->addWidget(m_preference);
    methodBox->addWidget(m_methodHint);

    auto suffixHint = hintLabel();
    suffixHint->setText(tr("Added to the tuned model's name so you can tell it apart."));

    auto form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(tr("Dataset:"), withHint(m_dataset, m_datasetHint));
    form->addRow(tr("Provider:"), withHint(m_profile, m_notice));
    form->addRow(tr("Base model:"), withHint(m_model, m_modelHint));
    form->addRow(tr("Learn:"), methodBox);
    form->addRow(tr("Name:"), withHint(m_suffix, suffixHint));

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_advancedButton, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addStretch();

    connect(m_dataset, &QComboBox::currentIndexChanged, this, &FineTuneSetupPage::onDatasetChanged);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &FineTuneSetupPage::onProfileChanged);
    connect(m_model, &QComboBox::currentIndexChanged, this, &FineTuneSetupPage::onModelChanged);
    connect(m_methods, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (!on)
            return;
        m_form->setMethod(choice().method);
        emitComplete();
    });
    connect(m_suffix, &QLineEdit::textChanged, this, &FineTuneSetupPage::emitComplete);
    connect(m_form, &HyperparameterForm::changed, this, &FineTuneSetupPage::emitComplete);
    connect(m_advancedButton, &QToolButton::toggled, this, &FineTuneSetupPage::setAdvancedShown);
    connect(reset, &QToolButton::clicked, m_form, &HyperparameterForm::resetToAutomatic);

    fillDatasets();
    fillProfiles();
}

FineTuneSetupPage::~FineTuneSetupPage()
{
    ++m_generation; // an answer arriving while the page goes is not for it
    if (m_listing)
        m_listing->abort();
}

void FineTuneSetupPage::fillDatasets()
{
    const QSignalBlocker blocker(m_dataset);
    m_dataset->clear();
    if (!m_datasets)
        return;
    for (const DatasetInfo &info : m_datasets->datasets()) {
        m_dataset->addItem(tr("%1 (%n example(s))", nullptr, info.exampleCount).arg(info.name),
                           info.id);
        m_dataset->setItemData(m_dataset->count() - 1, info.kind, KindRole);
    }
    onDatasetChanged();
}

void FineTuneSetupPage::fillProfiles()
{
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    if (!m_profiles)
        return;
    for (const ProviderProfile &profile : m_profiles->profiles()) {
        if (!profile.canFineTune())
            continue;
        m_profile->addItem(profile.name, profile.id);
        m_profile->setItemData(m_profile->count() - 1, int(profile.kind), ProviderKindRole);
    }
    const int preferred = m_profile->findData(m_profiles->defaultProfileId());
    m_profile->setCurrentIndex(std::max(0, preferred));
    onProfileChanged();
}

void FineTuneSetupPage::setChoice(const FineTuneChoice &wanted)
{
    m_wanted = wanted;
    if (const int index = m_dataset->findData(wanted.datasetId); index >= 0)
        m_dataset->setCurrentIndex(index);
    if (!wanted.suffix.isEmpty())
        m_suffix->setText(wanted.suffix);
    if (QAbstractButton *method = m_methods->button(int(wanted.method)); method->isEnabled())
        method->setChecked(true);
    m_advancedButton->setChecked(wanted.advancedShown);
    const int profile = m_profile->findData(wanted.profileId);
    if (profile >= 0 && profile != m_profile->currentIndex())
        m_profile->setCurrentIndex(profile); // the model and settings follow once it answers
    else if (!m_models.isEmpty())
        onModelsListed(m_models, {});
    emitComplete();
}

FineTuneChoice FineTuneSetupPage::choice() const
{
    FineTuneChoice result;
    result.datasetId = m_dataset->currentData().toLongLong();
    result.profileId = m_profile->currentData().toString();
    result.model = m_model->currentData().toString();
    result.method = FineTuneMethod(m_methods->checkedId());
    result.suffix = m_suffix->text();
    result.hyperparameters = m_form->values();
    result.advancedShown = m_advancedButton->isChecked();
    return result;
}

QString FineTuneSetupPage::datasetKind() const
{
    return m_dataset->currentData(KindRole).toString();
}

bool FineTuneSetupPage::isSandbox() const
{
    return ProviderKind(m_profile->currentData(ProviderKindRole).toInt()) == ProviderKind::Sandbox;
}

QString FineTuneSetupPage::providerName() const
{
    return m_profile->currentText();
}

TunableModel FineTuneSetupPage::model() const
{
    const QString id = m_model->currentData().toString();
    for (const TunableModel &model : m_models) {
        if (model.id == id)
            return model;
    }
    return {};
}

void FineTuneSetupPage::onDatasetChanged()
{
    const qint64 id = m_dataset->currentData().toLongLong();
    const DatasetInfo info = m_datasets && id ? m_datasets->dataset(id) : DatasetInfo{};
    if (m_suffix->text().isEmpty() || m_suffix->text() == m_suggestedSuffix) {
        m_suggestedSuffix = suggestedSuffix(info.name);
        m_suffix->setText(m_suggestedSuffix);
    }
    if (info.kind == QLatin1String("preference"))
        m_datasetHint->setText(tr("Preference examples: each has a preferred and a rejected "
                                  "answer. The check step counts the training and validation "
                                  "examples."));
    else
        m_datasetHint->setText(tr("Example conversations, with the split into training and "
                                  "validation you made in the dataset."));
    updateMethods();
    emitComplete();
}

void FineTuneSetupPage::onProfileChanged()
{
    const int generation = ++m_generation;
    if (m_listing)
        m_listing->abort();
    m_client = nullptr;
    m_capabilities = {};
    m_clientError.clear();
    m_models.clear();
    {
        const QSignalBlocker blocker(m_model);
        m_model->clear();
        m_model->addItem(tr("Asking the provider which models it can tune…"));
        m_model->setEnabled(false);
    }
    m_modelHint->clear();
    updateNotice();
    updateMethods();
    emitComplete();
    const QString profileId = m_profile->currentData().toString();
    if (profileId.isEmpty() || !m_providers)
        return;
    m_providers->request(profileId, this,
                         [this, generation, profileId](const ProviderSession::Ready &ready) {
                             if (generation != m_generation)
                                 return;
                             onClientReady(profileId, ready.ok() ? ready.client.data() : nullptr,
                                           ready.error.userMessage);
                         });
}

void FineTuneSetupPage::onClientReady(const QString &, ProviderClient *client, const QString &error)
{
    if (!client) {
        m_clientError = error.isEmpty() ? tr("Ajuste could not reach this provider.") : error;
        const QSignalBlocker blocker(m_model);
        m_model->clear();
        updateNotice();
        emitComplete();
        return;
    }
    m_client = client;
    m_capabilities = client->capabilities();
    updateNotice();
    updateMethods();
    const int generation = m_generation;
    QPointer<FineTuneSetupPage> guard(this);
    m_listing = client->listTunableModels(
        [guard, generation](const ApiResult<QList<TunableModel>> &result) {
            if (!guard || generation != guard->m_generation ||
                result.error.kind == ApiError::Kind::Cancelled)
                return;
            guard->onModelsListed(result.value, result.error.userMessage);
        });
}

void FineTuneSetupPage::onModelsListed(const QList<TunableModel> &models, const QString &error)
{
    m_models = models;
    const QString keep =
        !m_wanted.model.isEmpty() ? m_wanted.model : m_model->currentData().toString();
    {
        const QSignalBlocker blocker(m_model);
        m_model->clear();
        for (const TunableModel &model : models) {
            QString text = model.displayName.isEmpty() ? model.id : model.displayName;
            if (model.shutdownDate.isValid())
                text = tr("%1 (shuts down %2)")
                           .arg(text, QLocale().toString(model.shutdownDate, QLocale::ShortFormat));
            m_model->addItem(text, model.id);
            m_model->setItemData(m_model->count() - 1, model.id, Qt::ToolTipRole);
        }
        m_model->setEnabled(!models.isEmpty());
        const int index = m_model->findData(keep);
        m_model->setCurrentIndex(index >= 0 ? index : preferredModel(models));
    }
    if (models.isEmpty())
        m_clientError = error.isEmpty() ? tr("%1 offers no model that can be fine-tuned with "
                                             "this account.")
                                              .arg(providerName())
                                        : error;
    onModelChanged();
}

void FineTuneSetupPage::onModelChanged()
{
    const TunableModel chosen = model();
    if (chosen.shutdownDate.isValid())
        m_modelHint->setText(tr("The provider shuts this model down on %1: models tuned from it "
                                "stop answering that day.")
                                 .arg(ModelLifecycle::longDate(chosen.shutdownDate)));
    else
        m_modelHint->setText(chosen.id.isEmpty() ? QString()
                                                 : tr("No shutdown date has been announced for "
                                                      "this model."));
    // What the user set carries over where the new model takes it.
    Hyperparameters keep = m_form->values();
    for (auto it = m_wanted.hyperparameters.values.cbegin();
         it != m_wanted.hyperparameters.values.cend(); ++it)
        keep.values.insert(it.key(), it.value());
    m_wanted.hyperparameters = {};
    m_wanted.model.clear();
    m_form->setSpecs(m_client && !chosen.id.isEmpty() ? m_client->hyperparameters(chosen)
                                                      : QList<HyperparameterSpec>(),
                     choice().method, keep);
    updateMethods();
    emitComplete();
}

void FineTuneSetupPage::updateMethods()
{
    const bool preferenceData = datasetKind() == QLatin1String("preference");
    const TunableModel chosen = model();
    const bool readyClient = m_client != nullptr;
    const bool supervisedOk =
        !preferenceData && (!readyClient || m_capabilities.supports(FineTuneMethod::Supervised));
    const bool preferenceOk = preferenceData &&
                              (!readyClient || m_capabilities.supportsPreference()) &&
                              chosen.supports(FineTuneMethod::Dpo);
    m_supervised->setEnabled(supervisedOk);
    m_preference->setEnabled(preferenceOk);
    if (preferenceData && preferenceOk)
        m_preference->setChecked(true);
    else if (!preferenceData)
        m_supervised->setChecked(true);
    if (!preferenceData)
        m_methodHint->setText(tr("Preference training needs a dataset of preference examples "
                                 "(a preferred and a rejected answer to each question)."));
    else if (!preferenceOk)
        m_methodHint->setText(tr("%1 cannot learn from preference examples with this model. "
                                 "Choose another provider or model.")
                                  .arg(providerName()));
    else
        m_methodHint->setText(tr("Your dataset holds preference examples: the model learns "
                                 "which answers you prefer."));
}

void FineTuneSetupPage::updateNotice()
{
    QStringList lines;
    const auto kind = ProviderKind(m_profile->currentData(ProviderKindRole).toInt());
    if (kind == ProviderKind::Sandbox)
        lines.append(tr("The Sandbox simulates a provider on this computer: no key, no cost and "
                        "no real training. Try the whole way here; the tuned model answers with "
                        "your own examples."));
    if (!m_capabilities.fineTuningNotice.isEmpty())
        lines.append(m_capabilities.fineTuningNotice);
    else if (kind == ProviderKind::OpenAI)
        lines.append(openAiNotice());
    if (m_capabilities.tunedModelNeedsDeployment && !m_capabilities.deploymentNote.isEmpty())
        lines.append(m_capabilities.deploymentNote);
    if (!m_clientError.isEmpty())
        lines.append(m_clientError);
    m_notice->setText(lines.join(QLatin1Char('\n')));
    m_notice->setVisible(!lines.isEmpty());
}

void FineTuneSetupPage::setAdvancedShown(bool shown)
{
    m_advancedButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_advanced->setVisible(shown);
    if (shown)
        Q_EMIT advancedOpened(m_advanced);
}

bool FineTuneSetupPage::isComplete() const
{
    return blocker().isEmpty();
}

QString FineTuneSetupPage::blocker() const
{
    if (m_dataset->count() == 0)
        return tr("There is no dataset yet: import a file or make a dataset first.");
    const qint64 datasetId = m_dataset->currentData().toLongLong();
    if (m_datasets && m_datasets->dataset(datasetId).exampleCount == 0)
        return tr("This dataset has no examples yet.");
    if (m_profile->count() == 0)
        return tr("No provider here can fine-tune. Add one in Settings ▸ Providers.");
    if (!m_clientError.isEmpty())
        return m_clientError;
    if (!m_client)
        return tr("Waiting for the provider…");
    if (model().id.isEmpty())
        return tr("Waiting for the list of models…");
    if (!m_methods->checkedButton() || !m_methods->checkedButton()->isEnabled())
        return m_methodHint->text();
    if (m_suffix->text().isEmpty())
        return tr("Give the fine-tune a name, so you can tell its model apart.");
    return m_form->problem(providerName());
}

void FineTuneSetupPage::emitComplete()
{
    Q_EMIT completeChanged();
}

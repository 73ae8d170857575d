#include "batchsetuppage.h"

#include "batchmodelpicker.h"
#include "core/settings/profilestore.h"
#include "core/workspace/datasetstore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

BatchSetupPage::BatchSetupPage(ProfileStore *profiles, ProviderSession *providers,
                               DatasetStore *datasets, JobStore *jobs, QWidget *parent)
    : QWidget(parent), m_profiles(profiles), m_providers(providers), m_datasets(datasets),
      m_jobs(jobs)
{
    auto layout = new QVBoxLayout(this);
    layout->addWidget(createSourceBox());
    layout->addWidget(createModelsBox());
    layout->addWidget(createSettingsBox());
    layout->addStretch(1);
    // Two models to start with: the default provider's, to be chosen.
    addModel();
    addModel();
}

QWidget *BatchSetupPage::createSourceBox()
{
    auto box = new QGroupBox(tr("Prompts"));
    auto grid = new QGridLayout(box);
    m_sources = new QButtonGroup(this);
    m_fromDataset = new QRadioButton(tr("The examples of a dataset:"));
    m_fromSelection = new QRadioButton(tr("The examples chosen on the Datasets page"));
    m_fromFile = new QRadioButton(tr("The examples of a file (JSONL):"));
    m_sources->addButton(m_fromDataset);
    m_sources->addButton(m_fromSelection);
    m_sources->addButton(m_fromFile);
    m_fromSelection->setEnabled(false);
    m_dataset = new QComboBox;
    m_dataset->setAccessibleName(tr("Dataset"));
    fillDatasets();
    m_split = new QComboBox;
    m_split->setAccessibleName(tr("Which examples"));
    m_split->addItem(tr("Validation examples"), DatasetStore::validationSplit());
    m_split->addItem(tr("Training examples"), DatasetStore::trainSplit());
    m_split->addItem(tr("All examples"), QString());
    m_path = new QLineEdit;
    m_path->setPlaceholderText(tr("A file of chat examples, one per line"));
    m_browse = new QPushButton(tr("Choose…"));
    auto explanation =
        new QLabel(tr("Each example's conversation up to its last answer is asked; that answer "
                      "is shown beside the models' as the dataset's own."));
    explanation->setWordWrap(true);
    grid->addWidget(m_fromDataset, 0, 0);
    grid->addWidget(m_dataset, 0, 1);
    grid->addWidget(m_split, 0, 2);
    grid->addWidget(m_fromSelection, 1, 0, 1, 3);
    grid->addWidget(m_fromFile, 2, 0);
    grid->addWidget(m_path, 2, 1);
    grid->addWidget(m_browse, 2, 2);
    grid->addWidget(explanation, 3, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    m_fromDataset->setChecked(m_dataset->count() > 0);
    m_fromFile->setChecked(m_dataset->count() == 0);
    connect(m_sources, &QButtonGroup::buttonToggled, this, &BatchSetupPage::changed);
    connect(m_dataset, &QComboBox::currentIndexChanged, this, [this] {
        m_fromDataset->setChecked(true);
        Q_EMIT changed();
    });
    connect(m_split, &QComboBox::currentIndexChanged, this, [this] {
        m_fromDataset->setChecked(true);
        Q_EMIT changed();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_fromFile->setChecked(true);
        Q_EMIT changed();
    });
    connect(m_browse, &QPushButton::clicked, this, &BatchSetupPage::chooseFile);
    return box;
}

QWidget *BatchSetupPage::createModelsBox()
{
    auto box = new QGroupBox(tr("Models"));
    auto layout = new QVBoxLayout(box);
    auto explanation = new QLabel(
        tr("Two to four models answer every prompt: for example the base model and the model "
           "you tuned from it."));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    m_pickerLayout = new QVBoxLayout;
    layout->addLayout(m_pickerLayout);
    m_addModel = new QPushButton(tr("Add a Model"));
    auto row = new QHBoxLayout;
    row->addWidget(m_addModel);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_addModel, &QPushButton::clicked, this, &BatchSetupPage::addModel);
    return box;
}

QWidget *BatchSetupPage::createSettingsBox()
{
    auto box = new QGroupBox(tr("How"));
    auto form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_concurrency = new QSpinBox;
    m_concurrency->setRange(1, 16);
    m_concurrency->setValue(BatchComparer::DefaultConcurrency);
    m_concurrency->setToolTip(tr("More at a time is faster; a provider may refuse too many at "
                                 "once (rate limits)."));
    m_temperature = new QDoubleSpinBox;
    m_temperature->setRange(-0.1, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(1);
    m_temperature->setSpecialValueText(tr("The provider's default"));
    m_temperature->setValue(-0.1);
    m_temperature->setToolTip(tr("How varied the answers are: 0 gives the same answer every time, "
                                 "higher values vary more (temperature)."));
    m_maxTokens = new QSpinBox;
    m_maxTokens->setRange(0, 100000);
    m_maxTokens->setSingleStep(100);
    m_maxTokens->setSpecialValueText(tr("The provider's default"));
    m_maxTokens->setSuffix(tr(" tokens"));
    m_maxTokens->setToolTip(tr("Answers stop after this many tokens (max_completion_tokens)."));
    m_blind = new QCheckBox(tr("Hide which model wrote which answer until I have rated them"));
    m_blind->setToolTip(tr("Blind comparison: the answers are shown in a different order on each "
                           "row, so you judge the words and not the name."));
    form->addRow(tr("Questions at a time:"), m_concurrency);
    form->addRow(tr("Temperature:"), m_temperature);
    form->addRow(tr("Longest answer:"), m_maxTokens);
    form->addRow(m_blind);
    return box;
}

BatchModelPicker *BatchSetupPage::addModel()
{
    if (m_pickers.size() >= MaximumModels)
        return nullptr;
    auto picker = new BatchModelPicker(m_profiles, m_providers, m_jobs);
    m_pickers.append(picker);
    m_pickerLayout->addWidget(picker);
    connect(picker, &BatchModelPicker::changed, this, &BatchSetupPage::changed);
    connect(picker, &BatchModelPicker::removeRequested, this,
            [this, picker] { removeModel(picker); });
    updateModelButtons();
    Q_EMIT changed();
    return picker;
}

void BatchSetupPage::removeModel(BatchModelPicker *picker)
{
    if (m_pickers.size() <= 2)
        return;
    m_pickers.removeOne(picker);
    picker->deleteLater();
    updateModelButtons();
    Q_EMIT changed();
}

void BatchSetupPage::updateModelButtons()
{
    for (BatchModelPicker *picker : std::as_const(m_pickers))
        picker->setRemovable(m_pickers.size() > 2);
    m_addModel->setEnabled(m_pickers.size() < MaximumModels);
}

void BatchSetupPage::setSelection(qint64 datasetId, const QList<qint64> &exampleIds)
{
    m_selection = exampleIds;
    m_selectionDataset = datasetId;
    m_fromSelection->setEnabled(!exampleIds.isEmpty());
    m_fromSelection->setText(
        exampleIds.isEmpty()
            ? tr("The examples chosen on the Datasets page")
            : tr("The %n example(s) chosen on the Datasets page", nullptr, int(exampleIds.size())));
    setDataset(datasetId);
    if (!exampleIds.isEmpty())
        m_fromSelection->setChecked(true);
}

void BatchSetupPage::setDataset(qint64 datasetId)
{
    if (m_dataset->findData(datasetId) < 0)
        fillDatasets(); // made since the page opened
    const int index = m_dataset->findData(datasetId);
    if (index < 0)
        return;
    m_dataset->setCurrentIndex(index);
    if (m_selection.isEmpty())
        m_fromDataset->setChecked(true);
}

void BatchSetupPage::fillDatasets()
{
    const QSignalBlocker blocker(m_dataset);
    const QVariant current = m_dataset->currentData();
    m_dataset->clear();
    if (m_datasets) {
        for (const DatasetInfo &info : m_datasets->datasets())
            m_dataset->addItem(info.name, info.id);
    }
    m_dataset->setCurrentIndex(std::max(0, m_dataset->findData(current)));
}

void BatchSetupPage::setFile(const QString &path)
{
    m_path->setText(path);
    m_fromFile->setChecked(true);
    Q_EMIT changed();
}

void BatchSetupPage::chooseFile()
{
    const QString path =
        m_choosePath ? m_choosePath()
                     : QFileDialog::getOpenFileName(this, tr("Choose the Prompts"), m_path->text(),
                                                    tr("Chat examples (*.jsonl);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

BatchSource BatchSetupPage::source() const
{
    BatchSource source;
    if (m_fromSelection->isChecked()) {
        source.kind = BatchSource::Kind::Selection;
        source.datasetId = m_selectionDataset;
        source.exampleIds = m_selection;
        const QString dataset =
            m_datasets ? m_datasets->dataset(m_selectionDataset).name : QString();
        source.description =
            tr("%1, %n chosen example(s)", nullptr, int(m_selection.size())).arg(dataset);
    } else if (m_fromFile->isChecked()) {
        source.kind = BatchSource::Kind::File;
        source.path = m_path->text().trimmed();
        source.description = QFileInfo(source.path).fileName();
    } else {
        source.kind = BatchSource::Kind::Dataset;
        source.datasetId = m_dataset->currentData().toLongLong();
        source.split = m_split->currentData().toString();
        source.description =
            m_dataset->currentText() + QStringLiteral(", ") + m_split->currentText().toLower();
    }
    return source;
}

QList<BatchModel> BatchSetupPage::models() const
{
    QList<BatchModel> models;
    QHash<QString, int> uses;
    for (const BatchModelPicker *picker : m_pickers) {
        models.append(picker->model());
        ++uses[models.last().model];
    }
    // Two providers' models of the same name: the column says whose.
    for (BatchModel &model : models) {
        model.label = model.model;
        if (uses.value(model.model) > 1) {
            const auto profile = m_profiles->profile(model.profileId);
            model.label += QStringLiteral(" (") + (profile ? profile->name : model.profileId) +
                           QLatin1Char(')');
        }
    }
    return models;
}

BatchComparer::Settings BatchSetupPage::settings() const
{
    BatchComparer::Settings settings;
    settings.concurrency = m_concurrency->value();
    if (m_temperature->value() >= 0)
        settings.temperature = m_temperature->value();
    if (m_maxTokens->value() > 0)
        settings.maxTokens = m_maxTokens->value();
    return settings;
}

bool BatchSetupPage::isBlind() const
{
    return m_blind->isChecked();
}

QString BatchSetupPage::problem() const
{
    const BatchSource chosen = source();
    if (chosen.kind == BatchSource::Kind::Dataset && chosen.datasetId == 0)
        return tr("Choose a dataset, or a file of examples.");
    if (chosen.kind == BatchSource::Kind::File && chosen.path.isEmpty())
        return tr("Choose the file of examples to ask.");
    for (const BatchModelPicker *picker : m_pickers) {
        if (!picker->isComplete())
            return tr("Choose a model in every row, or remove the empty row.");
    }
    const QList<BatchModel> chosenModels = models();
    for (int i = 0; i < chosenModels.size(); ++i) {
        for (int j = i + 1; j < chosenModels.size(); ++j) {
            if (chosenModels.at(i).profileId == chosenModels.at(j).profileId &&
                chosenModels.at(i).model == chosenModels.at(j).model)
                return tr("“%1” is chosen twice: compare different models.")
                    .arg(chosenModels.at(i).model);
        }
    }
    return {};
}

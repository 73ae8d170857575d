#pragma once

#include "api/compare/batchcomparer.h"
#include "batchsource.h"

#include <QWidget>
#include <functional>

class BatchModelPicker;
class DatasetStore;
class JobStore;
class ProfileStore;
class ProviderSession;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QVBoxLayout;

// The first step of Batch compare: which prompts (a dataset's split, the examples chosen on
// the Datasets page, or a file), which models (two to four, each on its provider), and how
// (questions at a time, temperature, longest answer, blind).
class BatchSetupPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaximumModels = 4;

    BatchSetupPage(ProfileStore *profiles, ProviderSession *providers, DatasetStore *datasets,
                   JobStore *jobs, QWidget *parent = nullptr);

    // Offers the examples chosen on the Datasets page (and picks them) when there are some.
    void setSelection(qint64 datasetId, const QList<qint64> &exampleIds);
    void setDataset(qint64 datasetId);
    void setFile(const QString &path);
    // A file dialog replacement for tests.
    void setPathChooser(std::function<QString()> chooser) { m_choosePath = std::move(chooser); }

    BatchSource source() const;
    QList<BatchModel> models() const;
    BatchComparer::Settings settings() const;
    bool isBlind() const;
    // Empty when Compare may start; otherwise what is missing, in words.
    QString problem() const;

    QList<BatchModelPicker *> pickers() const { return m_pickers; }
    BatchModelPicker *addModel();
    QRadioButton *datasetChoice() const { return m_fromDataset; }
    QRadioButton *selectionChoice() const { return m_fromSelection; }
    QRadioButton *fileChoice() const { return m_fromFile; }
    QComboBox *splitBox() const { return m_split; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QCheckBox *blindBox() const { return m_blind; }

Q_SIGNALS:
    void changed();

private:
    QWidget *createSourceBox();
    QWidget *createModelsBox();
    QWidget *createSettingsBox();
    void chooseFile();
    void fillDatasets();
    void removeModel(BatchModelPicker *picker);
    void updateModelButtons();

    ProfileStore *m_profiles;
    ProviderSession *m_providers;
    DatasetStore *m_datasets;
    JobStore *m_jobs;
    std::function<QString()> m_choosePath;
    QList<qint64> m_selection;
    qint64 m_selectionDataset = 0;

    QButtonGroup *m_sources = nullptr;
    QRadioButton *m_fromDataset = nullptr;
    QRadioButton *m_fromSelection = nullptr;
    QRadioButton *m_fromFile = nullptr;
    QComboBox *m_dataset = nullptr;
    QComboBox *m_split = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QVBoxLayout *m_pickerLayout = nullptr;
    QList<BatchModelPicker *> m_pickers;
    QPushButton *m_addModel = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QCheckBox *m_blind = nullptr;
};

#pragma once

#include "core/jobs/finetunemethod.h"
#include "core/jobs/hyperparameters.h"
#include "core/jobs/hyperparameterspec.h"

#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;

// The training settings a provider takes, built from its declarations (HyperparameterSpec): a
// spin box, a switch or a list for each, "Automatic" wherever the provider can choose, the
// one-line explanation under it and the provider's own field name in its tooltip. Settings
// that do not apply (another kind of training, LoRA settings without LoRA) are hidden.
class HyperparameterForm : public QWidget
{
    Q_OBJECT

public:
    explicit HyperparameterForm(QWidget *parent = nullptr);

    // Builds the rows; values in `keep` that this provider takes carry over (a form re-opened
    // on another provider keeps what still applies).
    void setSpecs(const QList<HyperparameterSpec> &specs, FineTuneMethod method,
                  const Hyperparameters &keep = {});
    void setMethod(FineTuneMethod method);
    const QList<HyperparameterSpec> &specs() const { return m_specs; }

    // The values chosen: settings left on automatic, or on the provider's default, are absent.
    Hyperparameters values() const;
    // The first problem with the values for the provider (HyperparameterSpec::validate); empty
    // when they may be sent.
    QString problem(const QString &providerName) const;
    // "Automatic" everywhere, as when the form was first opened.
    void resetToAutomatic();

    // For tests and the layout check.
    QWidget *editor(const QString &key) const;
    QCheckBox *automaticBox(const QString &key) const;

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        HyperparameterSpec spec;
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QCheckBox *automatic = nullptr; // Integer and Number settings that can be automatic
        QLabel *explanation = nullptr;
    };

    void clearRows();
    void addRow(const HyperparameterSpec &spec);
    QWidget *createEditor(const HyperparameterSpec &spec, QCheckBox **automatic);
    QVariant valueOf(const Row &row) const; // null when automatic
    void setValue(Row &row, const QVariant &value);
    void updateRows();
    const Row *row(const QString &key) const;

    QWidget *m_body = nullptr; // holds the grid of rows, rebuilt by setSpecs
    QGridLayout *m_grid = nullptr;
    QList<HyperparameterSpec> m_specs;
    QList<Row> m_rows;
    FineTuneMethod m_method = FineTuneMethod::Supervised;
};

#pragma once

#include "core/jobs/hyperparameterspec.h"
#include "core/jobs/jobrecord.h"

#include <QWidget>

class QFormLayout;
class QLabel;

// What a job really ran with: the training settings the provider says it used (named as the
// launch form names them, the provider's field names in tooltips), the kind of training, the
// files sent and made, and the facts for support (ids, times, the estimate shown).
class JobDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit JobDetailsView(QWidget *parent = nullptr);

    // `specs` name the settings; empty names them by key.
    void setJob(const JobRecord &record, const QString &datasetName,
                const QList<HyperparameterSpec> &specs);
    // The label showing a setting's value (tests).
    QLabel *settingValue(const QString &key) const;

private:
    void clear();
    void addRow(QFormLayout *form, const QString &label, const QString &value,
                const QString &tip = {}, const QString &name = {});
    static QString valueText(const QVariant &value, const HyperparameterSpec *spec);

    QFormLayout *m_settings;
    QFormLayout *m_files;
    QFormLayout *m_facts;
};

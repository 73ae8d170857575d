#include "jobdetailsview.h"

#include "jobformat.h"
#include "ui/checks/costpanel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {
QFormLayout *groupForm(const QString &title, QLayout *into)
{
    auto group = new QGroupBox(title);
    auto form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    into->addWidget(group);
    return form;
}

QString methodText(FineTuneMethod method)
{
    switch (method) {
    case FineTuneMethod::Supervised:
        return JobDetailsView::tr("From example conversations (supervised)");
    case FineTuneMethod::Dpo:
        return JobDetailsView::tr("From preferred and rejected answers (preference)");
    case FineTuneMethod::Other:
        break;
    }
    return JobDetailsView::tr("Another kind of training");
}
} // namespace

JobDetailsView::JobDetailsView(QWidget *parent) : QWidget(parent)
{
    auto columns = new QHBoxLayout(this);
    columns->setContentsMargins(0, 0, 0, 0);
    auto left = new QVBoxLayout;
    auto right = new QVBoxLayout;
    m_settings = groupForm(tr("Training settings used"), left);
    left->addStretch();
    m_files = groupForm(tr("Files"), right);
    m_facts = groupForm(tr("For support"), right);
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
}

void JobDetailsView::clear()
{
    for (QFormLayout *form : {m_settings, m_files, m_facts}) {
        while (form->rowCount() > 0)
            form->removeRow(0);
    }
}

void JobDetailsView::addRow(QFormLayout *form, const QString &label, const QString &value,
                            const QString &tip, const QString &name)
{
    auto field = new QLabel(value.isEmpty() ? QStringLiteral("—") : value);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setTextFormat(Qt::PlainText);
    field->setWordWrap(true);
    field->setToolTip(tip);
    if (!name.isEmpty())
        field->setObjectName(name);
    auto title = new QLabel(label);
    title->setToolTip(tip);
    form->addRow(title, field);
}

QString JobDetailsView::valueText(const QVariant &value, const HyperparameterSpec *spec)
{
    if (spec && spec->kind == HyperparameterSpec::Kind::Choice) {
        for (const HyperparameterSpec::Choice &choice : spec->choices) {
            if (choice.value == value.toString())
                return choice.label;
        }
    }
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? tr("On") : tr("Off");
    if (value.typeId() == QMetaType::Double)
        return QLocale().toString(value.toDouble(), 'g', 6);
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
        return QLocale().toString(value.toLongLong());
    return value.toString();
}

void JobDetailsView::setJob(const JobRecord &record, const QString &datasetName,
                            const QList<HyperparameterSpec> &specs)
{
    clear();
    const Job &job = record.job;
    addRow(m_settings, tr("Learned"), methodText(job.method));
    addRow(m_settings, tr("Base model"), job.model);
    const QVariantMap &values = job.hyperparameters.values;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const HyperparameterSpec *spec = HyperparameterSpec::find(specs, it.key());
        const QString label = spec ? spec->label : it.key();
        QString tip = spec ? spec->explanation : QString();
        if (spec && !spec->technicalName.isEmpty())
            tip += QLatin1Char('\n') + tr("Field name: %1").arg(spec->technicalName);
        addRow(m_settings, label, valueText(it.value(), spec), tip.trimmed(),
               QStringLiteral("used_") + it.key());
    }
    if (values.isEmpty())
        addRow(m_settings, tr("Settings"),
               job.isFinished() ? tr("The provider did not say which it used.")
                                : tr("The provider says once training starts."));
    if (job.seed)
        addRow(m_settings, tr("Seed"), QString::number(*job.seed),
               tr("The same seed and settings give the same training"));

    addRow(m_files, tr("Dataset"), datasetName);
    addRow(m_files, tr("Training file"), job.trainingFile, tr("The provider's id of the file"));
    addRow(m_files, tr("Validation file"),
           job.validationFile.isEmpty() ? tr("None") : job.validationFile);
    addRow(m_files, tr("Results"), job.resultFiles.join(QStringLiteral(", ")),
           tr("The provider's files of measurements, read when the job ends"));

    addRow(m_facts, tr("Job id"), job.id, {}, QStringLiteral("providerJobId"));
    addRow(m_facts, tr("Started"), JobFormat::dateTime(job.createdAt));
    if (job.finishedAt.isValid())
        addRow(m_facts, tr("Finished"), JobFormat::dateTime(job.finishedAt));
    addRow(m_facts, tr("Tokens learned"), JobFormat::tokens(job.trainedTokens));
    addRow(m_facts, tr("Estimate shown"),
           record.estimatedCostUsd ? CostPanel::formatUsd(*record.estimatedCostUsd) : QString(),
           tr("What Ajuste estimated before the job started"));
}

QLabel *JobDetailsView::settingValue(const QString &key) const
{
    return findChild<QLabel *>(QStringLiteral("used_") + key);
}

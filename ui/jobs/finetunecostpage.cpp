#include "finetunecostpage.h"

#include "core/checks/costestimator.h"
#include "ui/checks/costpanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {
QLabel *wrapped()
{
    auto label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

FineTuneCostPage::FineTuneCostPage(QWidget *parent)
    : QWidget(parent), m_summary(wrapped()), m_cost(new QLabel), m_breakdown(wrapped()),
      m_note(wrapped()), m_confirm(new QCheckBox)
{
    m_cost->setObjectName(QStringLiteral("costEstimate"));
    QFont big = m_cost->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_cost->setFont(big);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_confirm->setObjectName(QStringLiteral("confirmCost"));

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_cost);
    layout->addWidget(m_breakdown);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(m_confirm);
    connect(m_confirm, &QCheckBox::toggled, this, &FineTuneCostPage::confirmationChanged);
}

void FineTuneCostPage::setPlan(const Plan &plan, const DatasetReport &report)
{
    m_sandbox = plan.sandbox;
    m_estimate =
        CostEstimator::estimate(report.costInput(), plan.price.value_or(ModelPrice{}), plan.epochs);
    if (!plan.price)
        m_estimate.trainingPrice.reset();
    const QLocale locale;
    m_summary->setText(summaryText(plan, report));
    if (plan.sandbox) {
        m_cost->setText(tr("Free"));
        m_note->setText(m_estimate.trainingPrice
                            ? tr("The Sandbox only simulates training. The same fine-tune at "
                                 "OpenAI would cost about %1.")
                                  .arg(CostPanel::formatUsd(*m_estimate.trainingPrice, locale))
                            : tr("The Sandbox only simulates training."));
        m_confirm->setText(tr("Start the simulated fine-tune"));
    } else if (m_estimate.trainingPrice) {
        m_cost->setText(
            tr("About %1").arg(CostPanel::formatUsd(*m_estimate.trainingPrice, locale)));
        m_note->setText(tr("From Ajuste's price table (Settings ▸ Prices, figures of %1). The "
                           "provider bills what it really trains; check its price page when in "
                           "doubt.")
                            .arg(plan.pricesReadOn));
        m_confirm->setText(
            tr("I accept that %1 will bill about %2 for this fine-tune")
                .arg(plan.providerName, CostPanel::formatUsd(*m_estimate.trainingPrice, locale)));
    } else {
        m_cost->setText(tr("Price unknown"));
        m_note->setText(tr("Ajuste does not know what %1 charges for this model. Look it up on "
                           "the provider's price page before you start, or add the price in "
                           "Settings ▸ Prices.")
                            .arg(plan.providerName));
        m_confirm->setText(tr("I have checked the price and want to start"));
    }
    m_breakdown->setText(breakdownText(plan));
    m_breakdown->setVisible(!m_breakdown->text().isEmpty());
    m_confirm->setChecked(false);
}

QString FineTuneCostPage::summaryText(const Plan &plan, const DatasetReport &report) const
{
    const QString passes =
        plan.epochs > 0
            ? tr("%n pass(es) over the examples", nullptr, plan.epochs)
            : tr("%n pass(es) over the examples (automatic)", nullptr, m_estimate.epochs);
    QString text =
        tr("%1 will teach %2 from %n training example(s) in %3.", nullptr, report.trainingExamples)
            .arg(plan.providerName, plan.model, passes);
    if (report.validationExamples > 0)
        text += QLatin1Char(' ') + tr("%n validation example(s) measure how well it learns; they "
                                      "are not billed.",
                                      nullptr, report.validationExamples);
    else
        text += QLatin1Char(' ') + tr("No validation examples: the chart will show training loss "
                                      "only.");
    return text;
}

QString FineTuneCostPage::breakdownText(const Plan &plan) const
{
    if (!plan.price || !plan.price->trainingPerMillion)
        return {};
    const QLocale locale;
    QString text = tr("%L1 tokens per pass × %2 = %L3 tokens, at %4 per million.")
                       .arg(m_estimate.billedTokensPerEpoch)
                       .arg(m_estimate.epochs)
                       .arg(m_estimate.billedTokens)
                       .arg(CostPanel::formatUsd(*plan.price->trainingPerMillion, locale));
    if (m_estimate.truncatedExamples > 0)
        text += QLatin1Char(' ') + tr("%n example(s) are longer than the model takes and will be "
                                      "cut short.",
                                      nullptr, m_estimate.truncatedExamples);
    return text;
}

bool FineTuneCostPage::isConfirmed() const
{
    return m_confirm->isChecked();
}

std::optional<double> FineTuneCostPage::estimatedCostUsd() const
{
    if (m_sandbox)
        return 0.0;
    return m_estimate.trainingPrice;
}

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
      m_note(wrapped()), m_confirm(new QCheckBox), m_provider(wrapped())
{
    m_provider->setObjectName(QStringLiteral("providerEstimate"));
    m_provider->setFrameShape(QFrame::StyledPanel);
    m_provider->setMargin(8);
    m_provider->hide();
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
    layout->addSpacing(8);
    layout->addWidget(m_provider);
    layout->addStretch();
    layout->addWidget(m_confirm);
    connect(m_confirm, &QCheckBox::toggled, this, &FineTuneCostPage::confirmationChanged);
}

void FineTuneCostPage::setPlan(const Plan &plan, const DatasetReport &report)
{
    m_sandbox = plan.sandbox;
    m_providerName = plan.providerName;
    m_providerShown = false;
    m_providerAllows = true;
    m_provider->hide();
    m_confirm->setEnabled(true);
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

void FineTuneCostPage::setProviderEstimate(const PriceEstimate &estimate, const ApiError &error)
{
    const QLocale locale;
    m_providerShown = true;
    m_providerAllows = error || estimate.allowedToProceed;
    m_confirm->setChecked(false);
    m_confirm->setEnabled(m_providerAllows);
    if (error) {
        m_provider->setText(tr("%1 could not estimate the price: %2 The figure above, from "
                               "Ajuste's price table, is the only estimate.")
                                .arg(m_providerName, error.userMessage));
        m_confirm->setText(tr("I have checked the price and want to start"));
    } else {
        const QString price = CostPanel::formatUsd(estimate.totalPrice, locale);
        QString text = tr("%1's own estimate, now that it has your files: about %2 for %L3 "
                          "training tokens.")
                           .arg(m_providerName, price)
                           .arg(estimate.trainTokens);
        if (estimate.evalTokens > 0)
            text += QLatin1Char(' ') + tr("%L1 more tokens are used to measure the validation "
                                          "examples.")
                                           .arg(estimate.evalTokens);
        if (!estimate.allowedToProceed)
            text += QLatin1Char(' ') + tr("%1 says this fine-tune cannot start on your account "
                                          "now (its balance or limits). Add credit or lower the "
                                          "passes at %1, then start again.")
                                           .arg(m_providerName);
        m_provider->setText(text);
        m_confirm->setText(tr("I accept that %1 will bill about %2 for this fine-tune")
                               .arg(m_providerName, price));
    }
    m_provider->show();
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

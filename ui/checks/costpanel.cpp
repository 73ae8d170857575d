#include "costpanel.h"

#include "core/checks/modellifecycle.h"
#include "core/checks/pricecatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

CostPanel::CostPanel(const PriceTable &prices, QWidget *parent)
    : QWidget(parent),
      m_prices(prices),
      m_model(new QComboBox(this)),
      m_automatic(new QCheckBox(tr("Automatic"), this)),
      m_epochs(new QSpinBox(this)),
      m_examples(new QLabel(this)),
      m_billed(new QLabel(this)),
      m_validation(new QLabel(this)),
      m_price(new QLabel(this)),
      m_inference(new QLabel(this)),
      m_note(new QLabel(this)),
      m_deadline(new QLabel(this))
{
    m_automatic->setChecked(true);
    m_automatic->setToolTip(tr("Let the provider choose how many times training goes through "
                               "your examples (n_epochs \"auto\")."));
    m_epochs->setRange(1, 50);
    m_epochs->setEnabled(false);
    m_epochs->setToolTip(tr("How many times training goes through all your examples (n_epochs)."));
    m_price->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_price->font();
    bold.setBold(true);
    m_price->setFont(bold);
    // Values wrap; a value that has less than this room beside its label goes under it.
    const int valueWidth = fontMetrics().averageCharWidth() * 24;
    for (QLabel *label : {m_examples, m_billed, m_validation, m_price, m_inference}) {
        label->setWordWrap(true);
        label->setMinimumWidth(valueWidth);
    }
    m_note->setWordWrap(true);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_deadline->setObjectName(QStringLiteral("deadlineNotice"));
    m_deadline->setWordWrap(true);
    m_deadline->hide();

    auto *epochs = new QHBoxLayout;
    epochs->addWidget(m_automatic);
    epochs->addWidget(m_epochs);
    epochs->addStretch(1);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Model"), m_model);
    form->addRow(tr("Passes over the examples"), epochs);
    form->addRow(tr("Examples"), m_examples);
    form->addRow(tr("Billed training tokens"), m_billed);
    form->addRow(tr("Test examples"), m_validation);
    form->addRow(tr("Estimated training price"), m_price);
    form->addRow(tr("Using the tuned model"), m_inference);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_deadline);
    layout->addWidget(m_note);
    layout->addStretch(1);

    fillModels({});
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        recompute();
        Q_EMIT modelChanged(currentPrice());
    });
    connect(m_automatic, &QCheckBox::toggled, this, [this](bool automatic) {
        m_epochs->setEnabled(!automatic);
        recompute();
    });
    connect(m_epochs, &QSpinBox::valueChanged, this, &CostPanel::recompute);
    recompute();
}

QString CostPanel::formatUsd(double amount, const QLocale &locale)
{
    const int decimals = amount != 0 && amount < 0.1 ? 4 : 2;
    // The C locale has no way of writing money of its own (it would give "25.00US$").
    if (locale.language() == QLocale::C)
        return tr("US$ %1").arg(locale.toString(amount, 'f', decimals));
    return locale.toCurrencyString(amount, QStringLiteral("US$"), decimals);
}

void CostPanel::fillModels(const QString &keep)
{
    const QSignalBlocker blocker(m_model);
    m_model->clear();
    for (const ModelPrice &price : m_prices.models()) {
        const QString provider = price.provider == u"openai" ? QStringLiteral("OpenAI")
                                 : price.provider == u"together" ? QStringLiteral("Together AI")
                                                                 : price.provider;
        m_model->addItem(tr("%1 — %2").arg(price.displayName, provider), price.key());
    }
    const int index = m_model->findData(keep);
    m_model->setCurrentIndex(index >= 0 ? index : 0);
}

void CostPanel::setPrices(const PriceTable &prices)
{
    const QString keep = m_model->currentData().toString();
    m_prices = prices;
    fillModels(keep);
    recompute();
}

void CostPanel::followCatalog(PriceCatalog *catalog)
{
    disconnect(m_catalogConnection);
    if (!catalog)
        return;
    setPrices(catalog->table());
    m_catalogConnection = connect(catalog, &PriceCatalog::pricesChanged, this,
                                  [this, catalog] { setPrices(catalog->table()); });
}

void CostPanel::showDeadlines(const ModelPrice &price)
{
    const QString notice = ModelLifecycle::notice(price);
    m_deadline->setText(notice);
    m_deadline->setVisible(!notice.isEmpty());
}

void CostPanel::selectModel(const QString &model)
{
    const std::optional<ModelPrice> price = m_prices.find(model);
    if (price)
        m_model->setCurrentIndex(m_model->findData(price->key()));
}

ModelPrice CostPanel::currentPrice() const
{
    const QString key = m_model->currentData().toString();
    for (const ModelPrice &price : m_prices.models()) {
        if (price.key() == key)
            return price;
    }
    return {};
}

DatasetChecker::Options CostPanel::checkOptions() const
{
    const ModelPrice price = currentPrice();
    DatasetChecker::Options options;
    options.model = price.model;
    options.encoding = tokenEncodingFromName(price.encoding).value_or(tokenEncodingForModel(price.model));
    options.trainingContext = price.trainingContext;
    return options;
}

int CostPanel::epochs() const
{
    return m_automatic->isChecked() ? 0 : m_epochs->value();
}

void CostPanel::setReport(const DatasetReport &report)
{
    m_report = report;
    m_hasReport = true;
    recompute();
}

void CostPanel::recompute()
{
    const ModelPrice price = currentPrice();
    const QLocale locale;
    showDeadlines(price);
    if (!m_hasReport) {
        for (QLabel *label : {m_examples, m_billed, m_validation, m_price, m_inference})
            label->setText(tr("—"));
        m_note->setText(tr("Check the dataset to count its tokens and see the estimate."));
        return;
    }
    m_estimate = CostEstimator::estimate(m_report.costInput(), price, epochs());
    if (m_automatic->isChecked()) {
        const QSignalBlocker blocker(m_epochs);
        m_epochs->setValue(m_estimate.epochs);
    }
    m_examples->setText(tr("%L1 for training").arg(m_estimate.trainingExamples));
    QString billed = tr("%L1 (%L2 per pass × %L3 passes)")
                         .arg(m_estimate.billedTokens)
                         .arg(m_estimate.billedTokensPerEpoch)
                         .arg(m_estimate.epochs);
    if (m_estimate.truncatedExamples > 0) {
        billed += QLatin1Char('\n')
                  + tr("%Ln examples are too long and will be cut off.", nullptr, m_estimate.truncatedExamples);
    }
    m_billed->setText(billed);
    m_validation->setText(tr("%L1 examples, %L2 tokens — not billed")
                              .arg(m_estimate.validationExamples)
                              .arg(m_estimate.validationTokens));
    m_price->setText(m_estimate.trainingPrice ? formatUsd(*m_estimate.trainingPrice, locale)
                                              : tr("Price unknown — check the provider's page"));
    m_inference->setText(m_estimate.inferencePer1000
                             ? tr("about %1 per 1,000 messages like yours (%L2 tokens in, %L3 out)")
                                   .arg(formatUsd(*m_estimate.inferencePer1000, locale))
                                   .arg(m_estimate.typicalInputTokens)
                                   .arg(m_estimate.typicalOutputTokens)
                             : tr("Price unknown — check the provider's page"));
    QString note = price.validOn.isEmpty()
                       ? QString()
                       : tr("Prices as of %1; you can correct them in Settings ▸ Prices.")
                             .arg(locale.toString(QDate::fromString(price.validOn, Qt::ISODate), QLocale::ShortFormat));
    if (price.encoding.isEmpty())
        note += QLatin1Char(' ') + tr("Token counts are approximate for this model.");
    m_note->setText(note.trimmed());
}

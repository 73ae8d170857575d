#include "pricespage.h"

#include "core/checks/modellifecycle.h"
#include "core/checks/pricecatalog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace {

QString numberText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', value == std::floor(*value) ? 0 : 2) : QString();
}

// Empty means unknown; a number in the user's locale or in C ("3,75" or "3.75").
std::optional<double> numberOf(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

PricesPage::PricesPage(PriceCatalog *catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_table(new QTableWidget(0, ColumnCount, this)),
      m_add(new QPushButton(tr("Add a model"), this)),
      m_restore(new QPushButton(tr("Restore shipped prices"), this)), m_message(new QLabel(this))
{
    build();
}

PricesPage::PricesPage(const QString &overridePath, QWidget *parent)
    : QWidget(parent), m_catalog(new PriceCatalog(overridePath, this)),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_add(new QPushButton(tr("Add a model"), this)),
      m_restore(new QPushButton(tr("Restore shipped prices"), this)), m_message(new QLabel(this))
{
    build();
}

void PricesPage::build()
{
    QString introText =
        tr("Ajuste estimates what a fine-tune costs with these prices, in US dollars per million "
           "tokens. Providers change their prices: if a figure is out of date, correct it here. "
           "Leave a cell empty when you do not know the price.");
    const QDate readOn = QDate::fromString(m_catalog->table().readOn(), Qt::ISODate);
    if (readOn.isValid()) {
        introText += QLatin1Char(' ') +
                     tr("The prices that come with Ajuste were read from the providers' pages "
                        "on %1.")
                         .arg(ModelLifecycle::longDate(readOn));
    }
    auto *intro = new QLabel(introText, this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Provider"), tr("Model"), tr("Training"), tr("Input"),
                                        tr("Output"), tr("Context"), tr("Valid on")});
    m_table->horizontalHeaderItem(Training)->setToolTip(
        tr("US$ per 1 million trained tokens (training_per_1m)"));
    m_table->horizontalHeaderItem(Input)->setToolTip(
        tr("US$ per 1 million tokens sent to the tuned model (input_per_1m)"));
    m_table->horizontalHeaderItem(Output)->setToolTip(
        tr("US$ per 1 million tokens the tuned model writes (output_per_1m)"));
    m_table->horizontalHeaderItem(Context)->setToolTip(
        tr("The longest example the model reads in training, in tokens; longer ones are cut off"));
    m_table->horizontalHeaderItem(ValidOn)->setToolTip(
        tr("The date the prices were valid (YYYY-MM-DD)"));
    m_table->horizontalHeader()->setSectionResizeMode(Model, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    if (!m_catalog->errorText().isEmpty()) {
        m_message->setText(m_catalog->errorText());
        m_message->show();
    }
    fill(m_catalog->table().models());
    connect(m_restore, &QPushButton::clicked, this,
            [this] { fill(m_catalog->table().shippedModels()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        ModelPrice price;
        price.validOn = QDate::currentDate().toString(Qt::ISODate);
        addRow(price);
        m_table->setCurrentCell(m_table->rowCount() - 1, Provider);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Provider));
    });
}

void PricesPage::fill(const QList<ModelPrice> &prices)
{
    m_table->setRowCount(0);
    for (const ModelPrice &price : prices)
        addRow(price);
    m_table->resizeColumnsToContents();
}

void PricesPage::addRow(const ModelPrice &price)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const auto set = [&](int column, const QString &text, const QVariant &data = {}) {
        auto *item = new QTableWidgetItem(text);
        item->setData(Qt::UserRole, data);
        if (column >= Training && column <= Context)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    };
    set(Provider, price.provider, QVariant::fromValue(price.toJson()));
    set(Model, price.model);
    set(Training, numberText(price.trainingPerMillion));
    set(Input, numberText(price.inputPerMillion));
    set(Output, numberText(price.outputPerMillion));
    set(Context, price.trainingContext ? QLocale().toString(*price.trainingContext) : QString());
    set(ValidOn, price.validOn);
    if (!price.note.isEmpty()) {
        for (int column = 0; column < ColumnCount; ++column)
            m_table->item(row, column)->setToolTip(price.note);
    }
}

ModelPrice PricesPage::priceAt(int row) const
{
    // Start from what the row was (display name, encoding, note) and take the edited cells.
    ModelPrice price =
        ModelPrice::fromJson(m_table->item(row, Provider)->data(Qt::UserRole).toJsonObject());
    const auto text = [&](int column) { return m_table->item(row, column)->text().trimmed(); };
    const QString model = text(Model);
    if (model != price.model) {
        price.displayName = model;
        price.note.clear();
    }
    price.provider = text(Provider);
    price.model = model;
    price.trainingPerMillion = numberOf(text(Training));
    price.inputPerMillion = numberOf(text(Input));
    price.outputPerMillion = numberOf(text(Output));
    const std::optional<double> context =
        numberOf(QString(text(Context)).remove(QLocale().groupSeparator()));
    price.trainingContext = context ? std::optional<int>(int(*context)) : std::nullopt;
    price.validOn = text(ValidOn);
    return price;
}

PriceTable PricesPage::editedTable() const
{
    PriceTable table = m_catalog->table();
    QList<ModelPrice> prices;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const ModelPrice price = priceAt(row);
        if (!price.model.isEmpty())
            prices.append(price);
    }
    table.setOverrides(prices);
    return table;
}

bool PricesPage::apply()
{
    if (!m_catalog->setOverrides(editedTable().overrides())) {
        m_message->setText(m_catalog->errorText());
        m_message->show();
        return false;
    }
    m_message->hide();
    Q_EMIT pricesChanged();
    return true;
}

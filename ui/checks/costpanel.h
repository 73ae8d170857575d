#pragma once

#include "core/checks/costestimate.h"
#include "core/checks/datasetchecker.h"
#include "core/checks/datasetreport.h"
#include "core/checks/pricetable.h"

#include <QLocale>
#include <QWidget>

class PriceCatalog;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

// What training on the dataset will cost: the model (from the price table), the epochs
// (automatic or set), examples, billed tokens, validation tokens (not billed), the estimated
// training price and the price of using the tuned model. Recomputes when the user changes
// the model or the epochs; a model with another encoding or context needs a new count, so
// the panel then emits modelChanged and the page runs the checks again with checkOptions().
class CostPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CostPanel(const PriceTable &prices, QWidget *parent = nullptr);

    void setPrices(const PriceTable &prices);
    // Shows the catalog's prices now and again whenever they change (Settings ▸ Prices).
    void followCatalog(PriceCatalog *catalog);
    void setReport(const DatasetReport &report);
    void selectModel(const QString &model);

    ModelPrice currentPrice() const;
    // Options for DatasetChecker matching the chosen model (encoding, training context).
    DatasetChecker::Options checkOptions() const;
    // 0 when automatic.
    int epochs() const;
    const CostEstimate &estimate() const { return m_estimate; }

    // "US$ 25,00" in pt_BR, "US$25.00" in English: the amount in US dollars, in the
    // locale's way of writing money; small amounts keep more decimals.
    static QString formatUsd(double amount, const QLocale &locale = QLocale());

    QComboBox *modelChooser() const { return m_model; }
    QCheckBox *automaticEpochs() const { return m_automatic; }
    QSpinBox *epochsBox() const { return m_epochs; }
    QLabel *priceLabel() const { return m_price; }
    QLabel *validationLabel() const { return m_validation; }
    QLabel *deadlineLabel() const { return m_deadline; } // the provider's deadlines, if any

Q_SIGNALS:
    void modelChanged(const ModelPrice &price);

private:
    void recompute();
    void fillModels(const QString &keep);
    void showDeadlines(const ModelPrice &price);

    PriceTable m_prices;
    DatasetReport m_report;
    bool m_hasReport = false;
    CostEstimate m_estimate;
    QComboBox *m_model;
    QCheckBox *m_automatic;
    QSpinBox *m_epochs;
    QLabel *m_examples;
    QLabel *m_billed;
    QLabel *m_validation;
    QLabel *m_price;
    QLabel *m_inference;
    QLabel *m_note;
    QLabel *m_deadline;
    QMetaObject::Connection m_catalogConnection;
};

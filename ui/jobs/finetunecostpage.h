#pragma once

#include "api/client/apierror.h"
#include "api/client/providerclient.h"
#include "core/checks/costestimate.h"
#include "core/checks/datasetreport.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;

// The third step of Start fine-tune: what will happen and what it will cost, from the checked
// examples and the price table (Settings ▸ Prices), before anything is sent. Starting needs
// an explicit confirmation: money is never spent without the estimate shown first.
class FineTuneCostPage : public QWidget
{
    Q_OBJECT

public:
    struct Plan
    {
        QString providerName;
        bool sandbox = false;
        QString model;
        int epochs = 0; // 0: the provider picks
        std::optional<ModelPrice> price;
        QString pricesReadOn; // the day the shipped figures were read (YYYY-MM-DD)
    };

    explicit FineTuneCostPage(QWidget *parent = nullptr);

    void setPlan(const Plan &plan, const DatasetReport &report);
    // The provider's own estimate, asked once the files were sent (Together): shown beside the
    // price table's, and the confirmation is asked again for it. `error` when it could not
    // say. Cleared by setPlan().
    void setProviderEstimate(const PriceEstimate &estimate, const ApiError &error);
    bool showsProviderEstimate() const { return m_providerShown; }
    // False when the provider said this job cannot start (its limits or the balance).
    bool providerAllows() const { return m_providerAllows; }
    bool isConfirmed() const;
    // What to record with the job as "the estimate shown": nothing when the price is unknown.
    std::optional<double> estimatedCostUsd() const;
    const CostEstimate &estimate() const { return m_estimate; }

    QCheckBox *confirmBox() const { return m_confirm; }
    QLabel *costLabel() const { return m_cost; }
    QLabel *providerEstimateLabel() const { return m_provider; }

Q_SIGNALS:
    void confirmationChanged(bool confirmed);

private:
    QString summaryText(const Plan &plan, const DatasetReport &report) const;
    QString breakdownText(const Plan &plan) const;

    CostEstimate m_estimate;
    bool m_sandbox = false;
    QString m_providerName;
    bool m_providerShown = false;
    bool m_providerAllows = true;
    QLabel *m_summary;
    QLabel *m_cost;
    QLabel *m_breakdown;
    QLabel *m_note;
    QCheckBox *m_confirm;
    QLabel *m_provider;
};

#pragma once

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
    bool isConfirmed() const;
    // What to record with the job as "the estimate shown": nothing when the price is unknown.
    std::optional<double> estimatedCostUsd() const;
    const CostEstimate &estimate() const { return m_estimate; }

    QCheckBox *confirmBox() const { return m_confirm; }
    QLabel *costLabel() const { return m_cost; }

Q_SIGNALS:
    void confirmationChanged(bool confirmed);

private:
    QString summaryText(const Plan &plan, const DatasetReport &report) const;
    QString breakdownText(const Plan &plan) const;

    CostEstimate m_estimate;
    bool m_sandbox = false;
    QLabel *m_summary;
    QLabel *m_cost;
    QLabel *m_breakdown;
    QLabel *m_note;
    QCheckBox *m_confirm;
};

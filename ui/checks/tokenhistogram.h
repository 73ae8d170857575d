#pragma once

#include "core/checks/tokenstatistics.h"

#include <QWidget>

class QLabel;
class QChart;
class QChartView;

// How long the examples are: a bar chart of tokens per example (QtCharts) with the smallest,
// median, 90th-percentile and largest lengths, and messages per example, under it.
class TokenHistogram : public QWidget
{
    Q_OBJECT

public:
    explicit TokenHistogram(QWidget *parent = nullptr);

    void setStatistics(const TokenStatistics &tokens, const TokenStatistics &messages);
    void clear();

    QChart *chart() const;
    QLabel *summaryLabel() const { return m_summary; }

private:
    QChartView *m_view;
    QLabel *m_summary;
};

#include "tokenhistogram.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QValueAxis>
#include <QVBoxLayout>

TokenHistogram::TokenHistogram(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this)), m_summary(new QLabel(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_view->chart()->legend()->hide();
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_view->setAccessibleName(tr("Tokens per example"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    clear();
}

QChart *TokenHistogram::chart() const
{
    return m_view->chart();
}

void TokenHistogram::clear()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(tr("Tokens per example"));
    m_summary->setText(tr("Check the dataset to see how long its examples are."));
}

void TokenHistogram::setStatistics(const TokenStatistics &tokens, const TokenStatistics &messages)
{
    clear();
    if (tokens.count == 0)
        return;
    const QLocale locale;
    QChart *chart = m_view->chart();
    auto *set = new QBarSet(tr("Examples"));
    QStringList categories;
    int highest = 0;
    for (const TokenStatistics::Bin &bin : tokens.bins) {
        set->append(bin.count);
        highest = std::max(highest, bin.count);
        categories.append(bin.to - bin.from == 1
                              ? locale.toString(bin.from)
                              : tr("%1–%2").arg(locale.toString(bin.from), locale.toString(bin.to - 1)));
    }
    auto *series = new QBarSeries;
    series->setBarWidth(0.95);
    series->append(set);
    chart->addSeries(series);

    auto *lengths = new QBarCategoryAxis;
    lengths->append(categories);
    lengths->setTitleText(tr("Tokens"));
    lengths->setLabelsAngle(-60);
    auto *counts = new QValueAxis;
    counts->setRange(0, std::max(highest, 1));
    counts->applyNiceNumbers();
    counts->setLabelFormat(QStringLiteral("%.0f"));
    counts->setTitleText(tr("Examples"));
    chart->addAxis(lengths, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(lengths);
    series->attachAxis(counts);
    // Axis labels follow the user's locale (1.000 in pt_BR), not C's 1000.
    chart->setLocalizeNumbers(true);

    m_summary->setText(
        tr("Tokens per example: smallest %L1, median %L2, 90% are at most %L3, largest %L4.")
            .arg(tokens.minimum)
            .arg(tokens.median)
            .arg(tokens.p90)
            .arg(tokens.maximum)
        + QLatin1Char('\n')
        + tr("Messages per example: smallest %L1, median %L2, largest %L3.")
              .arg(messages.minimum)
              .arg(messages.median)
              .arg(messages.maximum));
}

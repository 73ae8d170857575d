#pragma once

#include "api/playground/answerstats.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// The line under an answer, in the user's locale: "First words after 0.4 s · 1.2 s in all ·
// 52 tokens in, 31 out · US$ 0.00012". Counted tokens say "about"; a model without a price
// says so.
class AnswerStatsFormat
{
    Q_DECLARE_TR_FUNCTIONS(AnswerStatsFormat)

public:
    static QString text(const AnswerStats &stats, const QLocale &locale = QLocale());
    static QString seconds(qint64 ms, const QLocale &locale = QLocale());
    static QString cost(std::optional<double> usd, const QLocale &locale = QLocale());
};

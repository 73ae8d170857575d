#include "answerstatsformat.h"

#include <QStringList>

QString AnswerStatsFormat::seconds(qint64 ms, const QLocale &locale)
{
    return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', ms < 10000 ? 1 : 0));
}

QString AnswerStatsFormat::cost(std::optional<double> usd, const QLocale &locale)
{
    if (!usd)
        return tr("cost unknown");
    // Single answers cost fractions of a cent: show enough decimals to see a difference.
    const int decimals = *usd >= 0.01 || *usd == 0 ? 2 : 5;
    return tr("US$ %1").arg(locale.toString(*usd, 'f', decimals));
}

QString AnswerStatsFormat::text(const AnswerStats &stats, const QLocale &locale)
{
    QStringList parts;
    if (stats.firstTokenMs >= 0)
        parts.append(tr("first words after %1").arg(seconds(stats.firstTokenMs, locale)));
    parts.append(tr("%1 in all").arg(seconds(stats.totalMs, locale)));
    if (stats.inputTokens > 0 || stats.outputTokens > 0) {
        const QString in = locale.toString(stats.inputTokens);
        const QString out = locale.toString(stats.outputTokens);
        parts.append(stats.tokensEstimated ? tr("about %1 tokens in, about %2 out").arg(in, out)
                                           : tr("%1 tokens in, %2 out").arg(in, out));
        parts.append(cost(stats.costUsd, locale));
    }
    QString line = parts.join(QStringLiteral(" · "));
    if (!line.isEmpty())
        line[0] = line.at(0).toUpper();
    return line;
}

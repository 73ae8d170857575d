#include "modellifecycle.h"

#include <QRegularExpression>

QDate ModelLifecycle::acceptsNewJobsUntil(const ModelPrice &price)
{
    return QDate::fromString(price.acceptsNewJobsUntil, Qt::ISODate);
}

QDate ModelLifecycle::shutdownDate(const ModelPrice &price)
{
    return QDate::fromString(price.shutdownDate, Qt::ISODate);
}

bool ModelLifecycle::hasDeadlines(const ModelPrice &price)
{
    return acceptsNewJobsUntil(price).isValid() || shutdownDate(price).isValid();
}

QString ModelLifecycle::longDate(const QDate &date, const QLocale &locale)
{
    // The long format names the weekday, which only makes a deadline harder to read.
    static const QRegularExpression weekday(QStringLiteral("[,.]?\\s*dddd[,.]?\\s*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.replace(weekday, QStringLiteral(" "));
    return locale.toString(date, format.trimmed());
}

QString ModelLifecycle::providerName(const QString &provider)
{
    if (provider == QLatin1String("openai"))
        return QStringLiteral("OpenAI");
    if (provider == QLatin1String("together"))
        return QStringLiteral("Together AI");
    return provider;
}

QString ModelLifecycle::notice(const ModelPrice &price, const QDate &today, const QLocale &locale)
{
    QStringList sentences;
    const QString provider = providerName(price.provider);
    if (const QDate last = acceptsNewJobsUntil(price); last.isValid()) {
        if (today <= last) {
            sentences << tr("%1 stops accepting new fine-tuning jobs on %2.")
                             .arg(provider, longDate(last, locale))
                      << tr("Start your fine-tune before then, or choose another provider.");
        } else {
            sentences << tr("%1 stopped accepting new fine-tuning jobs on %2.")
                             .arg(provider, longDate(last, locale))
                      << tr("To fine-tune with this dataset, choose another provider.");
        }
    }
    if (const QDate end = shutdownDate(price); end.isValid()) {
        const QString date = longDate(end, locale);
        if (!sentences.isEmpty()) {
            sentences << (today < end ? tr("Models tuned from it stop answering on %1.")
                                      : tr("Models tuned from it stopped answering on %1."))
                             .arg(date);
        } else {
            const QString model = price.displayName.isEmpty() ? price.model : price.displayName;
            sentences << (today < end ? tr("Models tuned from %1 stop answering on %2.")
                                      : tr("Models tuned from %1 stopped answering on %2."))
                             .arg(model, date);
        }
    }
    return sentences.join(QLatin1Char(' '));
}

#pragma once

#include "modelprice.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

// The deadlines the price table knows for a base model, in plain words: until when the
// provider takes new fine-tuning jobs, and when models tuned from it stop answering.
class ModelLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(ModelLifecycle)

public:
    static QDate acceptsNewJobsUntil(const ModelPrice &price); // invalid when unknown
    static QDate shutdownDate(const ModelPrice &price);        // invalid when unknown
    static bool hasDeadlines(const ModelPrice &price);

    // "OpenAI stops accepting new fine-tuning jobs on 6 January 2027. Models tuned from it
    // stop answering on 14 January 2027." — past tense once the day has gone, with what to
    // do next; empty when the model has no known deadline.
    static QString notice(const ModelPrice &price, const QDate &today = QDate::currentDate(),
                          const QLocale &locale = QLocale());

    // A date the way the locale writes it in full, without the day of the week
    // ("6 January 2027", "January 6, 2027", "6 de janeiro de 2027").
    static QString longDate(const QDate &date, const QLocale &locale = QLocale());

    // "OpenAI", "Together AI"; other providers keep their own id.
    static QString providerName(const QString &provider);
};

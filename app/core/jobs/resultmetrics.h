#pragma once

#include "metricpoint.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The result file a finished job leaves behind: one CSV row per step
// (`step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy`, empty cells where
// no validation ran). OpenAI sometimes serves it base64-encoded. Columns Ajuste does not know
// are ignored, a cell that is empty or not a number means "not measured", and a row without a
// step is left out.
class ResultMetrics
{
    Q_DECLARE_TR_FUNCTIONS(ResultMetrics)

public:
    struct Parsed
    {
        QList<MetricPoint> points;
        QString error; // for the user; empty on success
    };

    // Parses the file as downloaded, decoding base64 first when the content is encoded.
    static Parsed parse(const QByteArray &content);
    // The text itself when `content` is base64 of readable text; `content` unchanged otherwise.
    static QByteArray decodeIfBase64(const QByteArray &content);
};

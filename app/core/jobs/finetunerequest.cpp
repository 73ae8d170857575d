#include "finetunerequest.h"

#include "jsonvalues.h"

QJsonObject FineTuneRequest::toOpenAiJson() const
{
    QJsonObject body{{QStringLiteral("model"), model},
                     {QStringLiteral("training_file"), trainingFile}};
    JsonValues::insertOptional(body, QLatin1String("validation_file"), validationFile);
    JsonValues::insertOptional(body, QLatin1String("suffix"), suffix);
    if (seed)
        body.insert(QStringLiteral("seed"), *seed);
    if (!metadata.isEmpty()) {
        QJsonObject values;
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            values.insert(it.key(), it.value());
        body.insert(QStringLiteral("metadata"), values);
    }
    const bool dpo = method == FineTuneMethod::Dpo;
    const QString type = dpo ? QStringLiteral("dpo") : QStringLiteral("supervised");
    const QJsonObject settings{{QStringLiteral("hyperparameters"), hyperparameters.toOpenAiJson(dpo)}};
    body.insert(QStringLiteral("method"),
                QJsonObject{{QStringLiteral("type"), type}, {type, settings}});
    return body;
}

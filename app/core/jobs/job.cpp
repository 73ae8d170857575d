#include "job.h"

#include "storagejson.h"

#include <QJsonArray>

bool Job::sameState(const Job &other) const
{
    Job a = *this;
    Job b = other;
    a.raw = {};
    b.raw = {};
    return a == b;
}

QJsonObject Job::toStorageJson() const
{
    using namespace StorageJson;
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("status"), JobStatusText::id(status)},
                       {QStringLiteral("method"), methodId(method)},
                       {QStringLiteral("hyperparameters"), hyperparameters.toStorageJson()}};
    insertText(object, QLatin1String("statusText"), statusText);
    insertText(object, QLatin1String("model"), model);
    insertText(object, QLatin1String("fineTunedModel"), fineTunedModel);
    insertTime(object, QLatin1String("createdAt"), createdAt);
    insertTime(object, QLatin1String("finishedAt"), finishedAt);
    insertTime(object, QLatin1String("estimatedFinish"), estimatedFinish);
    if (trainedTokens)
        object.insert(QStringLiteral("trainedTokens"), *trainedTokens);
    insertText(object, QLatin1String("trainingFile"), trainingFile);
    insertText(object, QLatin1String("validationFile"), validationFile);
    if (!resultFiles.isEmpty())
        object.insert(QStringLiteral("resultFiles"), QJsonArray::fromStringList(resultFiles));
    if (!error.isEmpty()) {
        object.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), error.code},
                                  {QStringLiteral("message"), error.message},
                                  {QStringLiteral("param"), error.param}});
    }
    insertText(object, QLatin1String("suffix"), suffix);
    if (seed)
        object.insert(QStringLiteral("seed"), *seed);
    if (!metadata.isEmpty()) {
        QJsonObject values;
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            values.insert(it.key(), it.value());
        object.insert(QStringLiteral("metadata"), values);
    }
    if (!raw.isEmpty())
        object.insert(QStringLiteral("provider"), raw);
    return object;
}

Job Job::fromStorageJson(const QJsonObject &object)
{
    using namespace StorageJson;
    Job job;
    job.id = text(object, QLatin1String("id"));
    job.status = JobStatusText::fromId(text(object, QLatin1String("status")));
    job.statusText = text(object, QLatin1String("statusText"));
    job.model = text(object, QLatin1String("model"));
    job.fineTunedModel = text(object, QLatin1String("fineTunedModel"));
    job.createdAt = time(object, QLatin1String("createdAt"));
    job.finishedAt = time(object, QLatin1String("finishedAt"));
    job.estimatedFinish = time(object, QLatin1String("estimatedFinish"));
    if (object.value(QLatin1String("trainedTokens")).isDouble())
        job.trainedTokens = object.value(QLatin1String("trainedTokens")).toInteger();
    job.trainingFile = text(object, QLatin1String("trainingFile"));
    job.validationFile = text(object, QLatin1String("validationFile"));
    const QJsonArray results = object.value(QLatin1String("resultFiles")).toArray();
    for (const QJsonValue &file : results)
        job.resultFiles.append(file.toString());
    const QJsonObject error = object.value(QLatin1String("error")).toObject();
    job.error = {text(error, QLatin1String("code")), text(error, QLatin1String("message")),
                 text(error, QLatin1String("param"))};
    job.method = methodFromId(text(object, QLatin1String("method")));
    job.hyperparameters =
        Hyperparameters::fromStorageJson(object.value(QLatin1String("hyperparameters")).toObject());
    job.suffix = text(object, QLatin1String("suffix"));
    if (object.value(QLatin1String("seed")).isDouble())
        job.seed = object.value(QLatin1String("seed")).toInteger();
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        job.metadata.insert(it.key(), it.value().toString());
    job.raw = object.value(QLatin1String("provider")).toObject();
    return job;
}

QString Job::methodId(FineTuneMethod method)
{
    switch (method) {
    case FineTuneMethod::Supervised:
        return QStringLiteral("supervised");
    case FineTuneMethod::Dpo:
        return QStringLiteral("dpo");
    case FineTuneMethod::Other:
        break;
    }
    return QStringLiteral("other");
}

FineTuneMethod Job::methodFromId(const QString &id)
{
    if (id == QLatin1String("supervised") || id.isEmpty())
        return FineTuneMethod::Supervised;
    if (id == QLatin1String("dpo"))
        return FineTuneMethod::Dpo;
    return FineTuneMethod::Other;
}

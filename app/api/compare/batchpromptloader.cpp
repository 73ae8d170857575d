#include "batchpromptloader.h"

#include "core/workspace/examplequeries.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QtConcurrent>

namespace {

BatchPromptLoader::Loaded fromRecords(const QList<ExampleRecord> &records)
{
    BatchPromptLoader::Loaded loaded;
    for (const ExampleRecord &record : records) {
        const QString label = QString::number(record.position + 1);
        if (auto prompt = BatchPrompt::fromExampleJson(record.json, label, record.id))
            loaded.prompts.append(*prompt);
        else
            loaded.skipped.append(
                BatchPromptLoader::tr("Example %1 has no message to answer.").arg(label));
    }
    return loaded;
}

} // namespace

BatchPromptLoader::Loaded BatchPromptLoader::fromFile(const QString &path)
{
    Loaded loaded;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = tr("“%1” cannot be read: %2. Check the file's name and that you may "
                          "open it.")
                           .arg(QFileInfo(path).fileName(), file.errorString());
        return loaded;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(line, &error);
        const QString label = QString::number(lineNumber);
        if (!json.isObject()) {
            loaded.skipped.append(
                tr("Line %1 is not a JSON object: %2.").arg(label, error.errorString()));
            continue;
        }
        if (auto prompt = BatchPrompt::fromExampleJson(json.object(), label))
            loaded.prompts.append(*prompt);
        else
            loaded.skipped.append(tr("Line %1 has no message to answer (a chat example has "
                                     "\"messages\" with a user message).")
                                      .arg(label));
    }
    if (loaded.prompts.isEmpty())
        loaded.error = tr("“%1” holds no prompts. Each line should be a chat example, such as "
                          "{\"messages\": [{\"role\": \"user\", \"content\": \"…\"}]}.")
                           .arg(QFileInfo(path).fileName());
    return loaded;
}

BatchPromptLoader::Loaded BatchPromptLoader::fromDataset(const QSqlDatabase &db, qint64 datasetId,
                                                         const QString &split)
{
    ExampleFilter filter;
    filter.split = split;
    const QList<qint64> ids = ExampleQueries::ids(
        db, datasetId, filter, DatasetStore::SortKey::Position, Qt::AscendingOrder);
    Loaded loaded = fromRecords(ExampleQueries::examples(db, ids));
    if (loaded.prompts.isEmpty())
        loaded.error = split == DatasetStore::validationSplit()
                           ? tr("This dataset has no validation examples to compare on. Put "
                                "some aside with “Make a Validation Split…” on the Datasets "
                                "page, or choose the training examples.")
                           : tr("This dataset has no examples to compare on.");
    return loaded;
}

BatchPromptLoader::Loaded BatchPromptLoader::fromExamples(const QSqlDatabase &db,
                                                          const QList<qint64> &exampleIds)
{
    Loaded loaded = fromRecords(ExampleQueries::examples(db, exampleIds));
    if (loaded.prompts.isEmpty())
        loaded.error = tr("The chosen examples have no message to answer.");
    return loaded;
}

QFuture<BatchPromptLoader::Loaded> BatchPromptLoader::fromFileAsync(const QString &path)
{
    return QtConcurrent::run([path] { return fromFile(path); });
}

QFuture<BatchPromptLoader::Loaded> BatchPromptLoader::fromDatasetAsync(QThreadPool *pool,
                                                                       const QString &workspacePath,
                                                                       qint64 datasetId,
                                                                       const QString &split)
{
    return ExampleQueries::run<Loaded>(
        pool, workspacePath,
        [datasetId, split](const QSqlDatabase &db) { return fromDataset(db, datasetId, split); });
}

QFuture<BatchPromptLoader::Loaded>
BatchPromptLoader::fromExamplesAsync(QThreadPool *pool, const QString &workspacePath,
                                     const QList<qint64> &exampleIds)
{
    return ExampleQueries::run<Loaded>(pool, workspacePath, [exampleIds](const QSqlDatabase &db) {
        return fromExamples(db, exampleIds);
    });
}

#include "comparecommand.h"

#include "api/compare/batchcomparer.h"
#include "api/compare/batchcsv.h"
#include "api/compare/batchpromptloader.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"
#include "jobconnection.h"

#include <QCommandLineParser>
#include <QSet>

namespace {

// The options of `ajuste compare` and what they ask for.
class CompareOptions
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)

public:
    CompareOptions()
    {
        prompts.setDescription(tr("A JSONL file of chat examples: each line's conversation up "
                                  "to its last assistant message is the prompt, that message "
                                  "the reference answer."));
        dataset.setDescription(tr("With --workspace: the dataset whose examples are the "
                                  "prompts, instead of --prompts."));
        split.setDescription(tr("With --dataset: validation (the default), train, or all."));
        model.setDescription(tr("A model to ask; give two or more, each with its own --model."));
        output.setDescription(tr("The CSV file to write the answers to."));
        temperature.setDescription(tr("How varied the answers are, from 0 (the same every time) "
                                      "to 2 (default: the provider's)."));
        maxTokens.setDescription(tr("The longest answer, in tokens (default: the provider's)."));
        concurrency.setDescription(tr("How many questions are sent at a time (default: %1).")
                                       .arg(BatchComparer::DefaultConcurrency));
    }

    QList<QCommandLineOption> all() const
    {
        return {prompts, dataset, split, model, output, temperature, maxTokens, concurrency};
    }

    // Reads what the command line alone says; the problem for bad usage, or nothing.
    QString read(const QCommandLineParser &parser, BatchComparer::Settings &settings) const
    {
        if (parser.isSet(prompts) == parser.isSet(dataset))
            return tr("Give the prompts with either --prompts FILE or --workspace W --dataset "
                      "NAME.");
        if (parser.isSet(split) && !parser.isSet(dataset))
            return tr("--split goes with --dataset.");
        const QString splitName = parser.value(split);
        if (!splitName.isEmpty() && splitName != QLatin1String("validation") &&
            splitName != QLatin1String("train") && splitName != QLatin1String("all"))
            return tr("“%1” is not a split. Use --split validation, train or all.").arg(splitName);
        const QStringList models = parser.values(model);
        if (models.size() < 2)
            return tr("Name at least two models to compare, each with --model, for example "
                      "--model gpt-4o-mini --model ft:gpt-4o-mini:acme::abc123.");
        if (QSet<QString>(models.cbegin(), models.cend()).size() != models.size())
            return tr("Name each model once.");
        if (!parser.isSet(output))
            return tr("Say where to write the answers with --out FILE.csv.");
        if (!parser.positionalArguments().isEmpty())
            return tr("“%1” is not an option of compare.")
                .arg(parser.positionalArguments().first());
        bool ok = true;
        if (parser.isSet(temperature)) {
            const double value = parser.value(temperature).toDouble(&ok);
            if (!ok || value < 0 || value > 2)
                return tr("--temperature takes a number from 0 to 2, for example 0.7 (with a "
                          "dot).");
            settings.temperature = value;
        }
        if (parser.isSet(maxTokens)) {
            const int value = parser.value(maxTokens).toInt(&ok);
            if (!ok || value <= 0)
                return tr("--max-tokens takes a whole number above zero.");
            settings.maxTokens = value;
        }
        if (parser.isSet(concurrency)) {
            const int value = parser.value(concurrency).toInt(&ok);
            if (!ok || value <= 0 || value > BatchComparer::MaximumConcurrency)
                return tr("--concurrency takes a whole number from 1 to %1.")
                    .arg(BatchComparer::MaximumConcurrency);
            settings.concurrency = value;
        }
        return {};
    }

    QString splitFilter(const QCommandLineParser &parser) const
    {
        const QString name = parser.value(split);
        if (name == QLatin1String("all"))
            return {};
        return name.isEmpty() ? DatasetStore::validationSplit() : name;
    }

    QCommandLineOption prompts{QStringLiteral("prompts"), QString(), QStringLiteral("FILE")};
    QCommandLineOption dataset{QStringLiteral("dataset"), QString(), QStringLiteral("NAME")};
    QCommandLineOption split{QStringLiteral("split"), QString(), QStringLiteral("SPLIT")};
    QCommandLineOption model{QStringLiteral("model"), QString(), QStringLiteral("MODEL")};
    QCommandLineOption output{QStringLiteral("out"), QString(), QStringLiteral("FILE")};
    QCommandLineOption temperature{QStringLiteral("temperature"), QString(), QStringLiteral("T")};
    QCommandLineOption maxTokens{QStringLiteral("max-tokens"), QString(), QStringLiteral("N")};
    QCommandLineOption concurrency{QStringLiteral("concurrency"), QString(), QStringLiteral("N")};
};

// The prompts the options name, read at once (a command may wait).
BatchPromptLoader::Loaded loadPrompts(const CompareOptions &options,
                                      const QCommandLineParser &parser, JobConnection &connection)
{
    if (parser.isSet(options.prompts))
        return BatchPromptLoader::fromFile(parser.value(options.prompts));
    BatchPromptLoader::Loaded loaded;
    DatasetStore *store = connection.datasetStore();
    if (!store) {
        loaded.error = CompareCommand::tr("--dataset needs --workspace W: the workspace that "
                                          "holds the dataset.");
        return loaded;
    }
    const QString name = parser.value(options.dataset);
    const qint64 datasetId = store->datasetIdByName(name);
    if (datasetId == 0) {
        QStringList names;
        for (const DatasetInfo &info : store->datasets())
            names.append(info.name);
        loaded.error = CompareCommand::tr("The workspace has no dataset “%1”. Its datasets are: "
                                          "%2.")
                           .arg(name, names.join(QStringLiteral(", ")));
        return loaded;
    }
    return BatchPromptLoader::fromDataset(connection.workspace()->database(), datasetId,
                                          options.splitFilter(parser));
}

// Prints each example once all its answers are in, and the failures with their reasons.
void reportRow(QTextStream &err, const BatchResults &results, int row)
{
    const BatchRow &done = results.rows.at(row);
    err << CompareCommand::tr("[%1/%2] example %3")
               .arg(row + 1)
               .arg(results.rows.size())
               .arg(done.prompt.label)
        << '\n';
    for (int model = 0; model < done.answers.size(); ++model) {
        const BatchAnswer &answer = done.answers.at(model);
        if (answer.state == BatchAnswer::State::Failed)
            err << "  "
                << CompareCommand::tr("%1 did not answer: %2")
                       .arg(results.models.at(model).name(), answer.error)
                << '\n';
    }
    err.flush();
}

// 2 when every failure says the provider could not be used or reached at all.
int exitStatus(const BatchResults &results)
{
    if (results.failedCount() == 0)
        return results.cancelled ? CliCommand::Partial : CliCommand::Success;
    bool unreachable = results.failedCount() == results.cellCount();
    for (const BatchRow &row : results.rows) {
        for (const BatchAnswer &answer : row.answers) {
            if (answer.state == BatchAnswer::State::Failed &&
                JobConnection::exitStatusFor(ApiError::make(answer.errorKind)) != 2)
                unreachable = false;
        }
    }
    return unreachable ? CliCommand::Unusable : CliCommand::Partial;
}

} // namespace

QString CompareCommand::name() const
{
    return QStringLiteral("compare");
}

QString CompareCommand::summary() const
{
    return tr("Ask two or more models the same prompts and save the answers side by side (CSV)");
}

int CompareCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Asks two or more models the prompts of a file or of a dataset's validation "
           "examples and writes their answers side by side to a CSV file, next to the "
           "dataset's own answer. Exit status: 0 when every answer came, 1 when some failed "
           "(the file is still written), 2 on bad usage or when the provider cannot be used."));
    parser.addHelpOption();
    const CompareOptions options;
    parser.addOptions(options.all());
    JobConnection connection;
    connection.addOptions(parser, tr("The workspace that holds the dataset named by --dataset."));
    if (const auto status = parseOrExplain(parser, arguments, out, err))
        return *status;
    BatchComparer::Settings settings;
    if (const QString problem = options.read(parser, settings); !problem.isEmpty()) {
        err << problem << '\n' << helpText(parser, arguments);
        return Unusable;
    }
    if (!connection.configure(parser, err))
        return Unusable;
    const BatchPromptLoader::Loaded loaded = loadPrompts(options, parser, connection);
    for (const QString &skipped : loaded.skipped)
        err << skipped << '\n';
    if (!loaded.ok()) {
        err << loaded.error << '\n';
        return Unusable;
    }
    if (!connection.connect(err).ok())
        return Unusable;

    QList<BatchModel> models;
    for (const QString &model : parser.values(options.model))
        models.append({connection.profileId(), model, model});
    err << tr("Asking %1 models to answer %2 prompts…")
               .arg(models.size())
               .arg(loaded.prompts.size())
        << '\n';
    err.flush();
    BatchComparer comparer(connection.session());
    JobConnection::Wait running;
    QObject::connect(&comparer, &BatchComparer::answerFinished, &comparer, [&](int row, int) {
        const BatchRow &done = comparer.results().rows.at(row);
        if (std::all_of(done.answers.cbegin(), done.answers.cend(),
                        [](const BatchAnswer &answer) { return answer.isFinished(); }))
            reportRow(err, comparer.results(), row);
    });
    QObject::connect(&comparer, &BatchComparer::finished, &comparer, [&] { running.quit(); });
    comparer.start(loaded.prompts, models, settings);
    running.exec();

    const BatchResults &results = comparer.results();
    QString error;
    if (!BatchCsv::write(results, parser.value(options.output), &error)) {
        err << error << '\n';
        return Unusable;
    }
    err << tr("%1 of %2 answers came; %3 failed. The table is in %4.")
               .arg(results.cellCount() - results.failedCount())
               .arg(results.cellCount())
               .arg(results.failedCount())
               .arg(parser.value(options.output))
        << '\n';
    return exitStatus(results);
}

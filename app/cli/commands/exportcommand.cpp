#include "exportcommand.h"

#include "core/workspace/datasetexporter.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return tr("Write a dataset as a JSONL training file");
}

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the examples of a dataset, or of one split, as a JSONL file ready for upload."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("The workspace file."),
                                             tr("FILE"));
    const QCommandLineOption datasetOption(QStringLiteral("dataset"), tr("The dataset to write."),
                                           tr("NAME"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The JSONL file to write."),
                                       tr("FILE"));
    const QCommandLineOption splitOption(
        QStringLiteral("split"),
        tr("Only the training (train) or validation (validation) examples; default: all."),
        tr("SPLIT"));
    parser.addOptions({workspaceOption, datasetOption, outOption, splitOption});
    if (const auto stop = parseOrExplain(parser, arguments, out, err))
        return *stop;
    if (!parser.isSet(workspaceOption) || !parser.isSet(datasetOption) ||
        !parser.isSet(outOption)) {
        err << tr("Name the workspace, the dataset and the file to write, for example: ajuste "
                  "export --workspace my.ajuste --dataset Support --out train.jsonl")
            << '\n';
        return Unusable;
    }
    const QString split = parser.value(splitOption);
    if (!split.isEmpty() && split != DatasetStore::trainSplit() &&
        split != DatasetStore::validationSplit()) {
        err << tr("“%1” is not a split. Use --split train or --split validation.").arg(split)
            << '\n';
        return Unusable;
    }
    Workspace::Error error;
    auto workspace =
        Workspace::open(parser.value(workspaceOption), Workspace::OpenMode::OpenExisting, &error);
    if (!workspace) {
        err << error.message << '\n';
        return Unusable;
    }
    DatasetStore store(workspace.get());
    const QString name = parser.value(datasetOption).simplified();
    const qint64 datasetId = store.datasetIdByName(name);
    if (datasetId == 0) {
        QStringList names;
        for (const DatasetInfo &info : store.datasets())
            names.append(info.name);
        err << (names.isEmpty()
                    ? tr("There is no dataset “%1”: this workspace has no datasets yet.").arg(name)
                    : tr("There is no dataset “%1”. The workspace has: %2.")
                          .arg(name, names.join(QStringLiteral(", "))))
            << '\n';
        return Unusable;
    }
    const DatasetExporter::Result result =
        DatasetExporter::run(workspace->path(), {datasetId, split, parser.value(outOption)});
    if (!result.ok) {
        err << result.error << '\n';
        return Unusable;
    }
    out << tr("Examples written to “%1”: %2.")
               .arg(QDir::toNativeSeparators(result.outPath))
               .arg(result.examples)
        << '\n';
    return Success;
}

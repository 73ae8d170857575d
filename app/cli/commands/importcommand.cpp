#include "importcommand.h"

#include "core/dataset/datasetformat.h"
#include "core/workspace/datasetimporter.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::summary() const
{
    return tr("Import training examples from files into a dataset");
}

int ImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports examples into a dataset of a workspace. Lines that cannot become examples "
           "are listed as FILE:LINE: reason; the rest are imported."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), tr("The workspace file (created when missing)."), tr("FILE"));
    const QCommandLineOption datasetOption(
        QStringLiteral("dataset"),
        tr("The dataset to add to (created when missing; default: the first file's name)."),
        tr("NAME"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("The file format: auto (the default), chat, preference, "
           "alpaca or csv."),
        tr("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption systemOption(
        QStringLiteral("system-prompt"),
        tr("For tables: a system prompt for every row without one of its own."), tr("TEXT"));
    parser.addOptions({workspaceOption, datasetOption, formatOption, systemOption});
    parser.addPositionalArgument(tr("FILE"), tr("Files to import."), tr("FILE..."));
    if (const auto stop = parseOrExplain(parser, arguments, out, err))
        return *stop;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !parser.isSet(workspaceOption)) {
        err << tr("Name the files to import and the workspace, for example: ajuste import "
                  "examples.jsonl --workspace my.ajuste")
            << '\n';
        return Unusable;
    }
    bool formatOk = false;
    DatasetImporter::Request request;
    request.files = files;
    request.options.format = DatasetFormat::fromName(parser.value(formatOption), &formatOk);
    request.options.csv.systemPrompt = parser.value(systemOption);
    if (!formatOk) {
        err << tr("“%1” is not a format Ajuste knows. Use one of: %2.")
                   .arg(parser.value(formatOption),
                        DatasetFormat::names().join(QStringLiteral(", ")))
            << '\n';
        return Unusable;
    }

    Workspace::Error error;
    auto workspace = Workspace::open(parser.value(workspaceOption),
                                     Workspace::OpenMode::CreateIfMissing, &error);
    if (!workspace) {
        err << error.message << '\n';
        return Unusable;
    }
    const QString datasetName = parser.isSet(datasetOption)
                                    ? parser.value(datasetOption).simplified()
                                    : QFileInfo(files.first()).completeBaseName();
    DatasetStore store(workspace.get());
    request.datasetId = store.datasetIdByName(datasetName);
    request.newDatasetName = datasetName;

    const DatasetImporter::Result result = DatasetImporter::run(workspace->path(), request);
    bool unreadable = false;
    for (qsizetype i = 0; i < result.files.size(); ++i) {
        const ImportSummary &file = result.files.at(i);
        const QString shown = QDir::toNativeSeparators(files.at(i));
        if (!file.error.isEmpty()) {
            err << file.error << '\n';
            unreadable = true;
            continue;
        }
        out << shown << ": " << file.text() << '\n';
        for (const ImportRejection &rejection : file.rejections)
            out << shown << ':' << rejection.line << ": " << rejection.reason << '\n';
        if (file.rejected > file.rejections.size()) {
            out << tr("%1: … and %2 more rejected lines (all are listed in the workspace).")
                       .arg(shown)
                       .arg(file.rejected - file.rejections.size())
                << '\n';
        }
    }
    if (!result.ok) {
        if (!result.error.isEmpty())
            err << result.error << '\n';
        return Unusable;
    }
    if (files.size() > 1)
        out << tr("All files: %1").arg(result.summary.text()) << '\n';
    out << tr("Examples in the dataset “%1” now: %2.")
               .arg(store.dataset(result.datasetId).name)
               .arg(store.exampleCount(result.datasetId))
        << '\n';
    if (result.summary.examples == 0)
        return Unusable;
    return result.summary.rejected > 0 || unreadable ? Partial : Success;
}

#pragma once

#include <QCoreApplication>
#include <QString>

class DatasetStore;
class Workspace;

// The sample dataset shipped with Ajuste (resources/samples/jabuti-support.jsonl): imported
// into a workspace on first run or by "Open the sample", so a newcomer has examples to look at.
class SampleDataset
{
    Q_DECLARE_TR_FUNCTIONS(SampleDataset)

public:
    static QString resourcePath() { return QStringLiteral(":/samples/jabuti-support.jsonl"); }
    static QString datasetName();

    // Imports the sample into a new dataset unless one with its name exists already; returns
    // that dataset's id, 0 on failure. Runs on the calling thread (40 examples: milliseconds).
    // With a store, its views hear of the new dataset (datasetAdded).
    static qint64 populate(Workspace &workspace, DatasetStore *store = nullptr,
                           const QString &source = resourcePath());
};

#include "sampledataset.h"

#include "datasetimporter.h"
#include "datasetstore.h"
#include "workspace.h"

#include <QSqlQuery>

QString SampleDataset::datasetName()
{
    return tr("Sample: Jabuti Telecom support");
}

qint64 SampleDataset::populate(Workspace &workspace, DatasetStore *store, const QString &source)
{
    QSqlQuery existing(workspace.database());
    existing.prepare(QStringLiteral("SELECT id FROM datasets WHERE name = ? AND state = 'ready'"));
    existing.addBindValue(datasetName());
    if (existing.exec() && existing.next())
        return existing.value(0).toLongLong();

    DatasetImporter::Request request;
    request.files = {source};
    request.newDatasetName = datasetName();
    request.options.format = DatasetFormat::Chat;
    const DatasetImporter::Result result = DatasetImporter::run(workspace.path(), request);
    if (!result.ok)
        return 0;
    if (store)
        store->announceImport(result.datasetId, result.createdDataset);
    return result.datasetId;
}

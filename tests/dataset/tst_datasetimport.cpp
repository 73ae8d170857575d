// Imports and exports through a real workspace: round trips keep every JSON value (unknown
// fields too), rejected lines are stored with their raw bytes, cancelling leaves the
// workspace untouched.
#include "core/workspace/datasetexporter.h"
#include "core/workspace/datasetimporter.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/sampledataset.h"
#include "core/workspace/workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString corpus(const QString &name)
{
    // The shared corpora live next to the repository; fall back to the absolute path.
    const QString local = QStringLiteral(AJUSTE_SOURCE_DIR "/../shared/corpora/") + name;
    return QFile::exists(local) ? local : QStringLiteral("/work/shared/corpora/") + name;
}

QList<QJsonObject> readJsonLines(const QString &path)
{
    QList<QJsonObject> objects;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return objects;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    return objects;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestDatasetImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void droneRoundTripKeepsEveryValue();
    void preferenceExportUsesCurrentNames();
    void rejectionsAreStoredWithRawBytes();
    void importAppendsToExistingDataset();
    void cancelLeavesWorkspaceUnchanged();
    void asyncImportAnnouncesNewDataset();
    void unfinishedImportIsDiscardedOnOpen();
    void splitExport();
    void samplePopulates();

private:
    DatasetImporter::Result import(const QStringList &files, qint64 datasetId = 0,
                                   const QString &name = QStringLiteral("Test"));
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<DatasetStore> m_store;
};

void TestDatasetImport::init()
{
    Workspace::Error error;
    m_workspace = Workspace::open(
        path(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".ajuste")),
        Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_workspace, qPrintable(error.message));
    m_store = std::make_unique<DatasetStore>(m_workspace.get());
}

void TestDatasetImport::cleanup()
{
    m_store.reset();
    m_workspace.reset();
}

DatasetImporter::Result TestDatasetImport::import(const QStringList &files, qint64 datasetId,
                                                  const QString &name)
{
    DatasetImporter::Request request;
    request.files = files;
    request.datasetId = datasetId;
    request.newDatasetName = name;
    return DatasetImporter::run(m_workspace->path(), request);
}

void TestDatasetImport::droneRoundTripKeepsEveryValue()
{
    const QString drone = corpus(QStringLiteral("drone_training.jsonl"));
    // An extra line with fields Ajuste does not know, and numbers Qt would reformat.
    writeFile(
        path(QStringLiteral("extra.jsonl")),
        R"({"messages":[{"role":"user","content":"oi"},{"role":"assistant","content":"olá","weight":1}],"x_custom":{"n":1.50,"big":12345678901234567890,"list":[true,null]}})"
        "\n");
    const DatasetImporter::Result result = import({drone, path(QStringLiteral("extra.jsonl"))});
    QVERIFY(result.ok);
    QCOMPARE(result.summary.examples, 104);
    QCOMPARE(result.summary.rejected, 0);
    QCOMPARE(m_store->exampleCount(result.datasetId), 104);

    const QString out = path(QStringLiteral("out.jsonl"));
    const DatasetExporter::Result exported =
        DatasetExporter::run(m_workspace->path(), {result.datasetId, {}, out});
    QVERIFY2(exported.ok, qPrintable(exported.error));
    QList<QJsonObject> expected = readJsonLines(drone);
    expected += readJsonLines(path(QStringLiteral("extra.jsonl")));
    QCOMPARE(readJsonLines(out), expected);
    // Unedited lines are written byte for byte: the big number keeps all its digits.
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("12345678901234567890"));
}

void TestDatasetImport::preferenceExportUsesCurrentNames()
{
    writeFile(
        path(QStringLiteral("pref.jsonl")),
        R"({"input":{"messages":[{"role":"user","content":"Say hi"}]},"preferred_completion":[{"role":"assistant","content":"Hi!"}],"non_preferred_completion":[{"role":"assistant","content":"Greetings."}],"x":1})"
        "\n");
    const DatasetImporter::Result result = import({path(QStringLiteral("pref.jsonl"))});
    QVERIFY(result.ok);
    QCOMPARE(m_store->dataset(result.datasetId).kind, QStringLiteral("preference"));
    const QString out = path(QStringLiteral("pref-out.jsonl"));
    QVERIFY(DatasetExporter::run(m_workspace->path(), {result.datasetId, {}, out}).ok);
    const QList<QJsonObject> lines = readJsonLines(out);
    QCOMPARE(lines.size(), 1);
    const QJsonObject line = lines.first();
    QVERIFY(!line.contains(QStringLiteral("preferred_completion")));
    QCOMPARE(line.value(QStringLiteral("preferred_output"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("content")),
             QJsonValue(QStringLiteral("Hi!")));
    QCOMPARE(line.value(QStringLiteral("non_preferred_output")).toArray().size(), 1);
    QCOMPARE(line.value(QStringLiteral("x")), QJsonValue(1));
}

void TestDatasetImport::rejectionsAreStoredWithRawBytes()
{
    const QByteArray bad = "{\"messages\": [{\"role\": \"user\", \"content\": \"caf\xe9\"}]}";
    writeFile(path(QStringLiteral("bad.jsonl")),
              "{\"messages\":[{\"role\":\"user\",\"content\":\"a\"}]}\n" + bad +
                  "\n{\"messages\": [\n");
    const DatasetImporter::Result result = import({path(QStringLiteral("bad.jsonl"))});
    QVERIFY(result.ok);
    QCOMPARE(result.summary.rejected, 2);
    QCOMPARE(result.summary.rejections.at(0).line, 2);
    QCOMPARE(result.summary.rejections.at(0).raw, bad);
    QCOMPARE(
        result.summary.rejections.at(1).lineAndReason(),
        QStringLiteral(
            "line 3: the text ends before the JSON is complete — a bracket or quote is missing."));
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(
        QStringLiteral("SELECT line, raw, dataset_id FROM import_rejections ORDER BY line")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QCOMPARE(query.value(1).toByteArray(), bad);
    QCOMPARE(query.value(2).toLongLong(), result.datasetId);
}

void TestDatasetImport::importAppendsToExistingDataset()
{
    const qint64 id = m_store->createDataset(QStringLiteral("Existing"));
    m_store->appendExample(id, QJsonObject{{QStringLiteral("messages"), QJsonArray{}}});
    QSignalSpy reset(m_store.get(), &DatasetStore::examplesReset);
    DatasetImporter importer(m_workspace->path());
    importer.setStore(m_store.get());
    DatasetImporter::Request request;
    request.files = {corpus(QStringLiteral("drone_training.jsonl"))};
    request.datasetId = id;
    QSignalSpy finished(&importer, &DatasetImporter::finished);
    QVERIFY(importer.start(request));
    QVERIFY(finished.wait(30000));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_store->exampleCount(id), 104);
    QCOMPARE(m_store->datasets().size(), 1); // no staging dataset left
    const QList<ExampleRow> rows = m_store->rows(id, 0, 200);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).position, i);
    QCOMPARE(rows.at(1).summary,
             QStringLiteral("Let's get the drone in the air, how high should it go?"));
}

void TestDatasetImport::cancelLeavesWorkspaceUnchanged()
{
    QByteArray big;
    for (int i = 0; i < 30000; ++i)
        big += "{\"messages\":[{\"role\":\"user\",\"content\":\"pergunta " + QByteArray::number(i) +
               "\"},{\"role\":\"assistant\",\"content\":\"resposta\"}]}\n";
    writeFile(path(QStringLiteral("big.jsonl")), big);
    std::atomic_bool cancelled{false};
    int progressCalls = 0;
    DatasetImporter::Request request;
    request.files = {path(QStringLiteral("big.jsonl"))};
    request.newDatasetName = QStringLiteral("Big");
    const DatasetImporter::Result result = DatasetImporter::run(
        m_workspace->path(), request, &cancelled, [&](qint64 done, qint64 total) {
            QVERIFY(done <= total);
            if (++progressCalls == 2)
                cancelled = true; // after some batches were committed
        });
    QVERIFY(!result.ok);
    QVERIFY(result.summary.cancelled);
    QVERIFY(progressCalls >= 2);
    const QSqlDatabase db = m_workspace->database();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM datasets")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM examples")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM example_search")), 0);
}

void TestDatasetImport::asyncImportAnnouncesNewDataset()
{
    DatasetImporter importer(m_workspace->path());
    importer.setStore(m_store.get());
    QSignalSpy added(m_store.get(), &DatasetStore::datasetAdded);
    QSignalSpy progress(&importer, &DatasetImporter::progressChanged);
    QSignalSpy finished(&importer, &DatasetImporter::finished);
    DatasetImporter::Request request;
    request.files = {corpus(QStringLiteral("alpaca_seed_tasks.jsonl"))};
    request.newDatasetName = QStringLiteral("Seeds");
    QVERIFY(importer.start(request));
    QVERIFY(!importer.start(request)); // one at a time
    QVERIFY(finished.wait(30000));
    const auto result = finished.first().first().value<DatasetImporter::Result>();
    QVERIFY(result.ok);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().toLongLong(), result.datasetId);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0), progress.last().at(1)); // ends at 100 %
    QCOMPARE(result.summary.format, QStringLiteral("alpaca"));
    QCOMPARE(m_store->exampleCount(result.datasetId), int(result.summary.examples));
}

void TestDatasetImport::unfinishedImportIsDiscardedOnOpen()
{
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO datasets(name, state, created_at, updated_at) "
                                      "VALUES('half', 'importing', 1, 1)")));
    const qint64 id = query.lastInsertId().toLongLong();
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO examples(dataset_id, position, json, created_at, "
                                  "updated_at) VALUES(%1, 0, '{}', 1, 1)")
                       .arg(id)));
    // A staging dataset touched just now belongs to a running import (maybe another
    // process): it stays. One silent since long ago was cut short: it goes.
    QVERIFY(query.exec(QStringLiteral("INSERT INTO datasets(name, state, created_at, updated_at) "
                                      "VALUES('running', 'importing', 1, %1)")
                           .arg(QDateTime::currentMSecsSinceEpoch())));
    DatasetStore reopened(m_workspace.get());
    QCOMPARE(scalar(m_workspace->database(), QStringLiteral("SELECT count(*) FROM examples")), 0);
    QCOMPARE(scalar(m_workspace->database(), QStringLiteral("SELECT count(*) FROM datasets")), 1);
    QVERIFY(reopened.datasets().isEmpty());
}

void TestDatasetImport::splitExport()
{
    const DatasetImporter::Result result = import({corpus(QStringLiteral("drone_training.jsonl"))});
    QVERIFY(result.ok);
    QCOMPARE(m_store->makeValidationSplit(result.datasetId, 10, 42), 10);
    const QString train = path(QStringLiteral("train.jsonl"));
    const QString validation = path(QStringLiteral("validation.jsonl"));
    QCOMPARE(DatasetExporter::run(m_workspace->path(),
                                  {result.datasetId, DatasetStore::trainSplit(), train})
                 .examples,
             93);
    QCOMPARE(DatasetExporter::run(m_workspace->path(),
                                  {result.datasetId, DatasetStore::validationSplit(), validation})
                 .examples,
             10);
    QCOMPARE(readJsonLines(train).size() + readJsonLines(validation).size(), 103);
}

void TestDatasetImport::samplePopulates()
{
    const QString sample =
        QStringLiteral(AJUSTE_SOURCE_DIR "/resources/samples/jabuti-support.jsonl");
    if (!QFile::exists(sample))
        QSKIP("resources/samples/jabuti-support.jsonl is not in this tree yet");
    QSignalSpy added(m_store.get(), &DatasetStore::datasetAdded);
    const qint64 id = SampleDataset::populate(*m_workspace, m_store.get(), sample);
    QVERIFY(id > 0);
    QCOMPARE(added.size(), 1);
    QCOMPARE(m_store->dataset(id).name, SampleDataset::datasetName());
    QCOMPARE(m_store->exampleCount(id), int(readJsonLines(sample).size()));
    QCOMPARE(SampleDataset::populate(*m_workspace, m_store.get(), sample), id); // only once
    QCOMPARE(m_store->datasets().size(), 1);
}

QTEST_GUILESS_MAIN(TestDatasetImport)
#include "tst_datasetimport.moc"

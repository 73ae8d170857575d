// The dataset store: what the example list and the editor rely on — dense positions, model
// signals in the right order with the right rows, filters, undo-friendly removal, splits.
#include "core/workspace/backgroundwriter.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/examplequeries.h"
#include "core/workspace/workspace.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject chat(const QString &user, const QString &answer = QStringLiteral("ok"))
{
    return QJsonObject{
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), user}},
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                {QStringLiteral("content"), answer}}}}};
}

} // namespace

class TestDatasetStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void datasetsAreCreatedRenamedAndRemoved();
    void insertKeepsPositionsDenseAndSignalsRows();
    void removeScatteredEmitsRunsFromLastAndUndoRestores();
    void moveEmitsFinalPosition();
    void duplicatePutsCopyAfterOriginal();
    void editingJsonUpdatesListColumnsAndSearch();
    void filtersByTextTagSplitStatus();
    void tagsAddAndRemove();
    void asyncFilterGivesSameIds();
    void asyncScansGiveTheSameAnswers();
    void backgroundWriterKeepsOrderAndRollsBackFailures();
    void validationSplitIsDeterministic();
    void duplicatesAreFlagged();
    void unknownFieldsSurviveStorage();

private:
    QList<qint64> fill(int count);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<DatasetStore> m_store;
    qint64 m_dataset = 0;
};

void TestDatasetStore::init()
{
    Workspace::Error error;
    m_workspace = Workspace::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                                 QStringLiteral(".ajuste")),
                                  Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_workspace, qPrintable(error.message));
    m_store = std::make_unique<DatasetStore>(m_workspace.get());
    m_dataset = m_store->createDataset(QStringLiteral("Suporte"));
    QVERIFY(m_dataset > 0);
}

void TestDatasetStore::cleanup()
{
    m_store.reset();
    m_workspace.reset();
}

QList<qint64> TestDatasetStore::fill(int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i)
        ids.append(m_store->appendExample(m_dataset, chat(QStringLiteral("pergunta %1").arg(i))));
    return ids;
}

void TestDatasetStore::datasetsAreCreatedRenamedAndRemoved()
{
    QSignalSpy added(m_store.get(), &DatasetStore::datasetAdded);
    QSignalSpy changed(m_store.get(), &DatasetStore::datasetChanged);
    QSignalSpy removed(m_store.get(), &DatasetStore::datasetRemoved);
    const qint64 other = m_store->createDataset(QStringLiteral("Vendas"));
    QVERIFY(other > 0);
    QCOMPARE(added.size(), 1);
    QCOMPARE(m_store->createDataset(QStringLiteral("Vendas")), 0);
    QVERIFY(m_store->lastError().contains(QStringLiteral("Vendas")));
    QCOMPARE(m_store->uniqueDatasetName(QStringLiteral("Vendas")), QStringLiteral("Vendas (2)"));
    QVERIFY(!m_store->renameDataset(other, QStringLiteral("Suporte")));
    QVERIFY(m_store->renameDataset(other, QStringLiteral("Vendas 2025")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_store->datasetIdByName(QStringLiteral("Vendas 2025")), other);
    m_store->appendExample(other, chat(QStringLiteral("x")));
    QCOMPARE(m_store->datasets().size(), 2);
    QCOMPARE(m_store->dataset(other).exampleCount, 1);
    QVERIFY(m_store->removeDataset(other));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_store->datasets().size(), 1);
    QCOMPARE(m_store->dataset(other).id, 0);
}

void TestDatasetStore::insertKeepsPositionsDenseAndSignalsRows()
{
    fill(3);
    QSignalSpy aboutToInsert(m_store.get(), &DatasetStore::examplesAboutToBeInserted);
    QSignalSpy inserted(m_store.get(), &DatasetStore::examplesInserted);
    int countAtAboutTo = -1;
    connect(m_store.get(), &DatasetStore::examplesAboutToBeInserted, this,
            [&] { countAtAboutTo = m_store->exampleCount(m_dataset); });
    ExampleRecord record;
    record.json = chat(QStringLiteral("no meio"));
    const qint64 id = m_store->insertExample(m_dataset, 1, record);
    QVERIFY(id > 0);
    QCOMPARE(countAtAboutTo, 3); // the model sees the old state in beginInsertRows
    QCOMPARE(aboutToInsert.size(), 1);
    QCOMPARE(aboutToInsert.first(), (QList<QVariant>{m_dataset, 1, 1}));
    QCOMPARE(inserted.first(), (QList<QVariant>{m_dataset, 1, 1}));
    const QList<ExampleRow> rows = m_store->rows(m_dataset, 0, 10);
    QCOMPARE(rows.size(), 4);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).position, i);
    QCOMPARE(rows.at(1).id, id);
    QCOMPARE(rows.at(1).summary, QStringLiteral("no meio"));
    QCOMPARE(rows.at(2).summary, QStringLiteral("pergunta 1"));
    QCOMPARE(m_store->rows(m_dataset, 2, 1).first().id, rows.at(2).id);
    QCOMPARE(m_store->idAt(m_dataset, 3), rows.at(3).id);
}

void TestDatasetStore::removeScatteredEmitsRunsFromLastAndUndoRestores()
{
    const QList<qint64> ids = fill(8);
    QSignalSpy aboutToRemove(m_store.get(), &DatasetStore::examplesAboutToBeRemoved);
    QSignalSpy removedSpy(m_store.get(), &DatasetStore::examplesRemoved);
    const QList<ExampleRecord> removed = m_store->removeExamples({ids[6], ids[1], ids[2], ids[5]});
    QCOMPARE(removed.size(), 4);
    QCOMPARE(aboutToRemove.size(), 2);
    QCOMPARE(aboutToRemove.at(0), (QList<QVariant>{m_dataset, 5, 6}));
    QCOMPARE(aboutToRemove.at(1), (QList<QVariant>{m_dataset, 1, 2}));
    QCOMPARE(removedSpy.size(), 2);
    QCOMPARE(m_store->exampleIds(m_dataset), (QList<qint64>{ids[0], ids[3], ids[4], ids[7]}));

    QSignalSpy inserted(m_store.get(), &DatasetStore::examplesInserted);
    const QList<qint64> restored = m_store->insertExamples(m_dataset, removed);
    QCOMPARE(restored, (QList<qint64>{ids[1], ids[2], ids[5], ids[6]}));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0), (QList<QVariant>{m_dataset, 1, 2}));
    QCOMPARE(inserted.at(1), (QList<QVariant>{m_dataset, 5, 6}));
    QCOMPARE(m_store->exampleIds(m_dataset), ids);
    QCOMPARE(m_store->example(ids[5]).json, chat(QStringLiteral("pergunta 5")));
}

void TestDatasetStore::moveEmitsFinalPosition()
{
    const QList<qint64> ids = fill(5);
    QSignalSpy moved(m_store.get(), &DatasetStore::exampleMoved);
    QVERIFY(m_store->moveExample(ids[1], 3));
    QCOMPARE(moved.first(), (QList<QVariant>{m_dataset, 1, 3}));
    QCOMPARE(m_store->exampleIds(m_dataset),
             (QList<qint64>{ids[0], ids[2], ids[3], ids[1], ids[4]}));
    QVERIFY(m_store->moveExample(ids[1], 0));
    QCOMPARE(m_store->exampleIds(m_dataset),
             (QList<qint64>{ids[1], ids[0], ids[2], ids[3], ids[4]}));
}

void TestDatasetStore::duplicatePutsCopyAfterOriginal()
{
    const QList<qint64> ids = fill(3);
    m_store->setNote(ids[1], QStringLiteral("revisar"));
    const qint64 copy = m_store->duplicateExample(ids[1]);
    QVERIFY(copy > 0 && copy != ids[1]);
    QCOMPARE(m_store->positionOf(copy), 2);
    QCOMPARE(m_store->example(copy).json, m_store->example(ids[1]).json);
    QCOMPARE(m_store->example(copy).note, QStringLiteral("revisar"));
}

void TestDatasetStore::editingJsonUpdatesListColumnsAndSearch()
{
    const QList<qint64> ids = fill(2);
    QSignalSpy changed(m_store.get(), &DatasetStore::examplesChanged);
    QJsonObject json = chat(QStringLiteral("Qual é a previsão?"), QStringLiteral("Sol em Manaus"));
    QJsonArray messages = json.value(QStringLiteral("messages")).toArray();
    messages.prepend(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                 {QStringLiteral("content"), QStringLiteral("Você é útil.")}});
    json.insert(QStringLiteral("messages"), messages);
    QVERIFY(m_store->setTokenCounts({{ids[0], 40, 12}}));
    QCOMPARE(m_store->rows(m_dataset, 0, 1).first().totalTokens, 40);
    QVERIFY(m_store->setJson(ids[0], json));
    QCOMPARE(changed.last(),
             (QList<QVariant>{m_dataset, QVariant::fromValue(QList<qint64>{ids[0]})}));
    const ExampleRow row = m_store->rows(m_dataset, 0, 1).first();
    QCOMPARE(row.summary, QStringLiteral("Qual é a previsão?"));
    QCOMPARE(row.turns, 3);
    QCOMPARE(row.totalTokens, -1); // counts are stale after an edit
    ExampleFilter filter;
    filter.text = QStringLiteral("MANAUS");
    QCOMPARE(m_store->exampleIds(m_dataset, filter), QList<qint64>{ids[0]});
    filter.text = QStringLiteral("PREVISÃO");
    QCOMPARE(m_store->exampleIds(m_dataset, filter), QList<qint64>{ids[0]});
}

void TestDatasetStore::filtersByTextTagSplitStatus()
{
    const QList<qint64> ids = fill(6);
    QJsonObject withTool = chat(QStringLiteral("decolar"));
    QJsonArray messages = withTool.value(QStringLiteral("messages")).toArray();
    messages.append(
        QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                    {QStringLiteral("content"), QJsonValue::Null},
                    {QStringLiteral("tool_calls"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("id"), QStringLiteral("c1")},
                         {QStringLiteral("type"), QStringLiteral("function")},
                         {QStringLiteral("function"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("takeoff_drone")},
                                      {QStringLiteral("arguments"),
                                       QStringLiteral("{\"altitude\": 100}")}}}}}}});
    withTool.insert(QStringLiteral("messages"), messages);
    QVERIFY(m_store->setJson(ids[4], withTool));
    QVERIFY(m_store->setSplit({ids[1], ids[3]}, DatasetStore::validationSplit()));
    QVERIFY(m_store->setStatus({ids[3]}, QStringLiteral("error")));
    QVERIFY(m_store->setTags(ids[5], {QStringLiteral("revisar"), QStringLiteral("100%")}));

    ExampleFilter filter;
    filter.text = QStringLiteral("takeoff_drone");
    QCOMPARE(m_store->exampleIds(m_dataset, filter), QList<qint64>{ids[4]});
    filter.text = QStringLiteral("%"); // wildcards are plain text
    QVERIFY(m_store->exampleIds(m_dataset, filter).isEmpty());
    filter = {};
    filter.split = DatasetStore::validationSplit();
    QCOMPARE(m_store->exampleIds(m_dataset, filter), (QList<qint64>{ids[1], ids[3]}));
    filter.status = QStringLiteral("error");
    QCOMPARE(m_store->exampleIds(m_dataset, filter), QList<qint64>{ids[3]});
    filter = {};
    filter.tag = QStringLiteral("100%");
    QCOMPARE(m_store->exampleIds(m_dataset, filter), QList<qint64>{ids[5]});
    filter.tag = QStringLiteral("100");
    QVERIFY(m_store->exampleIds(m_dataset, filter).isEmpty());
    QCOMPARE(m_store->exampleIds(m_dataset, {}, DatasetStore::SortKey::Summary, Qt::DescendingOrder)
                 .first(),
             ids[5]);
    QCOMPARE(m_store->splitCounts(m_dataset).value(QStringLiteral("validation")), 2);
}

void TestDatasetStore::tagsAddAndRemove()
{
    const QList<qint64> ids = fill(3);
    QVERIFY(m_store->addTag({ids[0], ids[1]}, QStringLiteral("bom")));
    QVERIFY(m_store->addTag({ids[0]}, QStringLiteral("bom"))); // no double tag
    QVERIFY(m_store->addTag({ids[0]}, QStringLiteral("curto")));
    QCOMPARE(m_store->rows(m_dataset, 0, 1).first().tags,
             (QStringList{QStringLiteral("bom"), QStringLiteral("curto")}));
    QCOMPARE(m_store->tags(m_dataset),
             (QStringList{QStringLiteral("bom"), QStringLiteral("curto")}));
    QVERIFY(m_store->removeTag({ids[0], ids[1]}, QStringLiteral("bom")));
    QCOMPARE(m_store->rows(m_dataset, 0, 1).first().tags, QStringList{QStringLiteral("curto")});
    QVERIFY(m_store->rows(m_dataset, 1, 1).first().tags.isEmpty());
}

void TestDatasetStore::asyncFilterGivesSameIds()
{
    fill(30);
    ExampleFilter filter;
    filter.text = QStringLiteral("PERGUNTA 2");
    QFuture<QList<qint64>> future = m_store->exampleIdsAsync(m_dataset, filter);
    future.waitForFinished();
    QCOMPARE(future.result().size(), 11); // 2, 20..29
    QCOMPARE(future.result(), m_store->exampleIds(m_dataset, filter));
}

void TestDatasetStore::validationSplitIsDeterministic()
{
    fill(50);
    QSignalSpy reset(m_store.get(), &DatasetStore::examplesReset);
    QCOMPARE(m_store->makeValidationSplit(m_dataset, 20, 7), 10);
    QCOMPARE(reset.size(), 1);
    ExampleFilter validation;
    validation.split = DatasetStore::validationSplit();
    const QList<qint64> first = m_store->exampleIds(m_dataset, validation);
    QCOMPARE(first.size(), 10);
    QCOMPARE(m_store->makeValidationSplit(m_dataset, 20, 8), 10);
    QVERIFY(m_store->exampleIds(m_dataset, validation) != first);
    QCOMPARE(m_store->makeValidationSplit(m_dataset, 20, 7), 10);
    QCOMPARE(m_store->exampleIds(m_dataset, validation), first);
    QCOMPARE(m_store->makeValidationSplit(m_dataset, 0, 7), 0);
    QCOMPARE(m_store->splitCounts(m_dataset).value(QStringLiteral("train")), 50);
}

void TestDatasetStore::duplicatesAreFlagged()
{
    const QList<qint64> ids = fill(4);
    QVERIFY(m_store->setJson(ids[3], chat(QStringLiteral("pergunta 1"))));
    QVERIFY(m_store->setTags(ids[3], {QStringLiteral("outra tag")})); // tags do not matter
    QCOMPARE(m_store->flagDuplicates(m_dataset), 1);
    QCOMPARE(m_store->rows(m_dataset, 3, 1).first().duplicateOf, ids[1]);
    QCOMPARE(m_store->rows(m_dataset, 1, 1).first().duplicateOf, 0);
    ExampleFilter filter;
    filter.duplicatesOnly = true;
    QCOMPARE(m_store->exampleIds(m_dataset, filter), (QList<qint64>{ids[1], ids[3]}));
}

void TestDatasetStore::unknownFieldsSurviveStorage()
{
    QJsonObject json = chat(QStringLiteral("oi"));
    json.insert(QStringLiteral("x_custom"), QJsonObject{{QStringLiteral("k"), 1}});
    const qint64 id = m_store->appendExample(m_dataset, json);
    QVERIFY2(id > 0, qPrintable(m_store->lastError()));
    QCOMPARE(m_store->example(id).json, json);
}

QTEST_GUILESS_MAIN(TestDatasetStore)
#include "tst_datasetstore.moc"

void TestDatasetStore::asyncScansGiveTheSameAnswers()
{
    const QList<qint64> ids = fill(40);
    m_store->setTags({ids.at(2)}, {QStringLiteral("billing"), QStringLiteral("pt")});
    m_store->setSplit({ids.at(5), ids.at(6)}, DatasetStore::validationSplit());
    const QString path = m_workspace->path();
    auto tags = ExampleQueries::tagsAsync(nullptr, path, m_dataset);
    auto splits = ExampleQueries::splitCountsAsync(nullptr, path, m_dataset);
    auto matches = ExampleQueries::matchesAsync(nullptr, path, m_dataset, QStringLiteral("OK"),
                                                Qt::CaseInsensitive);
    QCOMPARE(tags.result(), m_store->tags(m_dataset));
    QCOMPARE(tags.result(), (QStringList{QStringLiteral("billing"), QStringLiteral("pt")}));
    QCOMPARE(splits.result(), m_store->splitCounts(m_dataset));
    QCOMPARE(splits.result().value(DatasetStore::validationSplit()), 2);
    QCOMPARE(matches.result().examples, 40);
    QCOMPARE(matches.result().occurrences, 40);
    // A count that is no longer wanted stops early.
    const ExampleQueries::Cancel cancel = std::make_shared<std::atomic_bool>(true);
    QCOMPARE(ExampleQueries::matches(m_workspace->database(), m_dataset, QStringLiteral("ok"),
                                     Qt::CaseInsensitive, cancel)
                 .examples,
             1);
}

// Jobs run in the order queued, each in one transaction: a failed one leaves nothing behind
// and is reported, and the ones after it still run; reads wait for queued jobs.
void TestDatasetStore::backgroundWriterKeepsOrderAndRollsBackFailures()
{
    const QList<qint64> ids = fill(3);
    BackgroundWriter *writer = m_store->writer();
    QSignalSpy failed(writer, &BackgroundWriter::failed);
    QSignalSpy busy(writer, &BackgroundWriter::busyChanged);
    const auto setNote = [](qint64 id, const QString &note) {
        return [id, note](const QSqlDatabase &db, QString *error) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE examples SET note = ? WHERE id = ?"));
            query.addBindValue(note);
            query.addBindValue(id);
            if (query.exec())
                return true;
            *error = query.lastError().text();
            return false;
        };
    };
    QStringList done;
    const auto report = [&done](const char *name) {
        return [&done, name](bool ok) {
            done.append(QLatin1String(name) + (ok ? QLatin1String(" stored") : QLatin1String(" failed")));
        };
    };
    writer->enqueue(setNote(ids.at(0), QStringLiteral("first")), report("first"));
    writer->enqueue(
        [&](const QSqlDatabase &db, QString *error) {
            setNote(ids.at(1), QStringLiteral("lost"))(db, error);
            *error = QStringLiteral("a test failure");
            return false;
        },
        report("second"));
    writer->enqueue(setNote(ids.at(0), QStringLiteral("third")), report("third"));
    QVERIFY(writer->isBusy());
    QCOMPARE(busy.count(), 1);
    QCOMPARE(m_store->example(ids.at(0)).note, QStringLiteral("third")); // waits for the queue
    QTRY_VERIFY(!writer->isBusy());
    QCOMPARE(done, (QStringList{QStringLiteral("first stored"), QStringLiteral("second failed"),
                                QStringLiteral("third stored")}));
    QCOMPARE(busy.count(), 2);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().at(0).toString().contains(QLatin1String("a test failure")));
    QCOMPARE(m_store->example(ids.at(1)).note, QString());
}

// The dataset studio's models stay consistent (QAbstractItemModelTester) while the store
// changes under them, and show what the user expects.

#include "tests/workspace/storefixture.h"
#include "ui/datasets/datasetlistmodel.h"
#include "ui/datasets/examplelistmodel.h"
#include "ui/datasets/rejectionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

class TestDatasetsModels : public QObject
{
    Q_OBJECT

private:
    StoreFixture m_fixture;
    DatasetStore *store() { return m_fixture.store.get(); }

    static QString cell(const QAbstractItemModel &model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_fixture.close();
        QVERIFY(m_fixture.open());
    }

    void cleanup() { m_fixture.close(); }

    void exampleListFollowsTheStore()
    {
        const qint64 dataset = m_fixture.dataset(1000);
        ExampleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store());
        model.setDataset(dataset);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.columnCount(), int(ExampleListModel::ColumnCount));
        QCOMPARE(cell(model, 0, ExampleListModel::NumberColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, 999, ExampleListModel::FirstMessageColumn), QStringLiteral("question 999"));
        QCOMPARE(cell(model, 500, ExampleListModel::TurnsColumn), QStringLiteral("2"));
        QCOMPARE(cell(model, 3, ExampleListModel::SplitColumn), ExampleListModel::splitLabel(QStringLiteral("train")));

        // Inserting in the middle shifts the rows below.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        ExampleRecord record;
        record.json = StoreFixture::chat(QStringLiteral("inserted"), QStringLiteral("x"));
        const qint64 id = store()->insertExample(dataset, 10, record);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 1001);
        QCOMPARE(cell(model, 10, ExampleListModel::FirstMessageColumn), QStringLiteral("inserted"));
        QCOMPARE(model.rowOf(id), 10);
        QCOMPARE(model.exampleIdAt(10), id);

        // A changed example is shown changed.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        store()->setTags({id}, {QStringLiteral("billing")});
        QVERIFY(changed.count() >= 1);
        QCOMPARE(cell(model, 10, ExampleListModel::TagsColumn), QStringLiteral("billing"));

        QVERIFY(store()->moveExample(id, 0));
        QCOMPARE(cell(model, 0, ExampleListModel::FirstMessageColumn), QStringLiteral("inserted"));

        QCOMPARE(store()->removeExamples({id, store()->idAt(dataset, 500)}).size(), 2);
        QCOMPARE(model.rowCount(), 999);

        QVERIFY(store()->makeValidationSplit(dataset, 10, 1) > 0);
        QCOMPARE(model.rowCount(), 999);
    }

    void exampleListFiltersAndSorts()
    {
        const qint64 dataset = m_fixture.dataset(30);
        ExampleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store());
        model.setDataset(dataset);
        ExampleFilter filter;
        filter.text = QStringLiteral("QUESTION 2");
        model.setFilter(filter);
        // "question 2" and "question 20".."question 29", looked up off the GUI thread
        QTRY_COMPARE(model.rowCount(), 11);
        QCOMPARE(cell(model, 0, ExampleListModel::NumberColumn), QStringLiteral("3"));

        // A filtered list asks again when examples come; removed ones leave it at once.
        store()->appendExample(dataset, StoreFixture::chat(QStringLiteral("question 200"), QStringLiteral("a")));
        QTRY_COMPARE(model.rowCount(), 12);
        store()->removeExamples({model.exampleIdAt(0)});
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(cell(model, 0, ExampleListModel::FirstMessageColumn), QStringLiteral("question 20"));

        model.setFilter({});
        model.sort(ExampleListModel::NumberColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!model.isQuerying());
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(cell(model, 0, ExampleListModel::FirstMessageColumn), QStringLiteral("question 200"));
        model.sort(ExampleListModel::NumberColumn, Qt::AscendingOrder);
        QCOMPARE(cell(model, 0, ExampleListModel::FirstMessageColumn), QStringLiteral("question 0"));

        store()->setSplit({model.exampleIdAt(4)}, DatasetStore::validationSplit());
        filter = {};
        filter.split = DatasetStore::validationSplit();
        model.setFilter(filter);
        QTRY_COMPARE(model.rowCount(), 1);
    }

    void exampleListShowsDuplicates()
    {
        const qint64 dataset = m_fixture.dataset(3);
        store()->appendExample(dataset, StoreFixture::chat(QStringLiteral("question 1"), QStringLiteral("answer 1")));
        QCOMPARE(store()->flagDuplicates(dataset), 1);
        ExampleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store());
        model.setDataset(dataset);
        QCOMPARE(cell(model, 3, ExampleListModel::StatusColumn), ExampleListModel::tr("Duplicate"));
        QVERIFY(model.data(model.index(3, ExampleListModel::StatusColumn), Qt::ToolTipRole).toString().contains(QLatin1Char('2')));
        ExampleFilter filter;
        filter.duplicatesOnly = true;
        model.setFilter(filter);
        // The copy and the example it repeats.
        QTRY_COMPARE(model.rowCount(), 2);
    }

    // A new filter's rows arrive later: until then the list shows the previous rows, whole.
    void filteredRowsArriveLaterKeepingThePreviousOnes()
    {
        const qint64 dataset = m_fixture.dataset(1000);
        ExampleListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store());
        model.setDataset(dataset);
        QSignalSpy querying(&model, &ExampleListModel::queryingChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        ExampleFilter filter;
        filter.text = QStringLiteral("question 1");
        model.setFilter(filter);
        QVERIFY(model.isQuerying());
        QCOMPARE(querying.count(), 1);
        QCOMPARE(model.filter().text, filter.text);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(cell(model, 5, ExampleListModel::FirstMessageColumn),
                 QStringLiteral("question 5"));
        QCOMPARE(resets.count(), 0);
        QTRY_VERIFY(!model.isQuerying());
        QCOMPARE(querying.count(), 2);
        QCOMPARE(querying.last().at(0).toBool(), false);
        // "question 1", "question 10".."19", "question 100".."199"
        QCOMPARE(model.rowCount(), 111);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(cell(model, 1, ExampleListModel::FirstMessageColumn),
                 QStringLiteral("question 10"));
    }

    // Typing fast: every newer question supersedes the older ones, whose answers are dropped.
    void newerQuerySupersedesOlderOnes()
    {
        const qint64 dataset = m_fixture.dataset(1000);
        ExampleListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store());
        model.setDataset(dataset);
        QList<int> shown;
        connect(&model, &QAbstractItemModel::modelReset, &model,
                [&] { shown.append(model.rowCount()); });
        ExampleFilter filter;
        for (const char *typed : {"q", "qu", "question 9", "question 99"}) {
            filter.text = QLatin1String(typed);
            model.setFilter(filter);
        }
        model.sort(ExampleListModel::FirstMessageColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!model.isQuerying());
        // Only the last answer was shown: "question 99", "question 990".."999", sorted.
        QCOMPARE(shown, QList<int>{11});
        QCOMPARE(cell(model, 0, ExampleListModel::FirstMessageColumn),
                 QStringLiteral("question 999"));
        QCOMPARE(cell(model, 10, ExampleListModel::FirstMessageColumn),
                 QStringLiteral("question 99"));
    }

    // An answer to a question asked before the examples changed is not shown as current.
    void answerOlderThanAChangeIsAskedAgain()
    {
        const qint64 dataset = m_fixture.dataset(200);
        ExampleListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store());
        model.setDataset(dataset);
        ExampleFilter filter;
        filter.text = QStringLiteral("question 19");
        model.setFilter(filter); // "question 19", "question 190".."199"
        const qint64 added = store()->appendExample(
            dataset, StoreFixture::chat(QStringLiteral("question 19 again"), QStringLiteral("a")));
        QTRY_VERIFY(!model.isQuerying());
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.rowOf(added), 11);
    }

    // Rows of another dataset are never shown while the new dataset's rows are looked up.
    void anotherDatasetStartsEmptyUntilItsRowsArrive()
    {
        const qint64 first = m_fixture.dataset(50, QStringLiteral("First"));
        const qint64 second = m_fixture.dataset(20, QStringLiteral("Second"));
        ExampleListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store());
        model.setDataset(first);
        model.sort(ExampleListModel::FirstMessageColumn, Qt::AscendingOrder);
        QTRY_COMPARE(model.rowCount(), 50);
        model.setDataset(second);
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE(model.rowCount(), 20);
        QCOMPARE(model.exampleIdAt(0),
                 store()->exampleIds(second, {}, DatasetStore::SortKey::Summary).first());
        // Back to stored order: known at once, no lookup.
        model.sort(ExampleListModel::NumberColumn, Qt::AscendingOrder);
        QVERIFY(!model.isQuerying());
        QCOMPARE(model.exampleIdAt(0), store()->idAt(second, 0));
    }

    void datasetList()
    {
        DatasetListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store());
        QCOMPARE(model.rowCount(), 0);
        const qint64 b = m_fixture.dataset(2, QStringLiteral("Billing"));
        const qint64 a = store()->createDataset(QStringLiteral("Answers"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.datasetIdAt(0), a);
        QCOMPARE(model.data(model.index(1, 0), DatasetListModel::CountRole).toInt(), 2);
        QVERIFY(store()->renameDataset(a, QStringLiteral("Zebra")));
        QCOMPARE(model.datasetIdAt(1), a);
        QCOMPARE(model.data(model.index(1, 0), DatasetListModel::NameRole).toString(), QStringLiteral("Zebra"));
        store()->appendExample(b, StoreFixture::chat(QStringLiteral("q"), QStringLiteral("a")));
        QCOMPARE(model.data(model.index(0, 0), DatasetListModel::CountRole).toInt(), 3);
        QVERIFY(store()->removeDataset(b));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.datasetIdAt(0), a);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void rejectionList()
    {
        RejectionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ImportRejection rejection;
        rejection.sourceFile = QStringLiteral("/tmp/data.jsonl");
        rejection.line = 2;
        rejection.reason = QStringLiteral("the text ends before the JSON is complete");
        rejection.raw = QByteArrayLiteral("{\"messages\": [");
        model.setRejections({rejection});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, RejectionListModel::FileColumn), QStringLiteral("data.jsonl"));
        QCOMPARE(cell(model, 0, RejectionListModel::LineColumn), QStringLiteral("2"));
        QCOMPARE(model.report(),
                 QStringLiteral("data.jsonl:2: the text ends before the JSON is complete\n{\"messages\": [\n"));
    }
};

QTEST_MAIN(TestDatasetsModels)
#include "tst_datasetsmodels.moc"

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
        // "question 2" and "question 20".."question 29"
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(cell(model, 0, ExampleListModel::NumberColumn), QStringLiteral("3"));

        // A filtered list asks again when examples come and go.
        store()->appendExample(dataset, StoreFixture::chat(QStringLiteral("question 200"), QStringLiteral("a")));
        QCOMPARE(model.rowCount(), 12);
        store()->removeExamples({model.exampleIdAt(0)});
        QCOMPARE(model.rowCount(), 11);

        model.setFilter({});
        model.sort(ExampleListModel::NumberColumn, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(cell(model, 0, ExampleListModel::FirstMessageColumn), QStringLiteral("question 200"));
        model.sort(ExampleListModel::NumberColumn, Qt::AscendingOrder);
        QCOMPARE(cell(model, 0, ExampleListModel::FirstMessageColumn), QStringLiteral("question 0"));

        store()->setSplit({model.exampleIdAt(4)}, DatasetStore::validationSplit());
        filter = {};
        filter.split = DatasetStore::validationSplit();
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
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
        QCOMPARE(model.rowCount(), 2);
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

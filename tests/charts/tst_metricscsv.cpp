// The metrics export (the columns `ajuste job metrics` and the chart's "Save as CSV" write,
// empty cells, numbers the same in every language) and the provider's result CSV read back:
// missing cells, base64, unknown columns, rows without a step.
#include "core/charts/metricscsv.h"
#include "core/jobs/resultmetrics.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

TrainingRun smallRun()
{
    QList<MetricPoint> points;
    for (int step = 1; step <= 4; ++step) {
        MetricPoint point;
        point.step = step;
        point.trainLoss = 2.0 / step;
        if (step % 2 == 0) {
            point.validLoss = 2.5 / step;
            point.validAccuracy = 0.5;
        }
        if (step == 2 || step == 4) {
            point.fullValidLoss = 1.25;
            point.fullValidAccuracy = 0.625;
        }
        points.append(point);
    }
    points[0].trainAccuracy = 0.1; // the only step with an accuracy
    return TrainingRun(points);
}

} // namespace

class TestMetricsCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void exportsOneRowPerStepWithEmptyCells();
    void numbersAreTheSameInEveryLanguage();
    void exportsJsonWithNulls();
    void writesThroughASaveFile();
    void reportsAFolderThatCannotBeWritten();
    void resultCsvWithMissingCells();
    void resultCsvInBase64();
    void resultCsvWithUnknownColumns();
    void resultCsvRowsWithoutStepAreLeftOut();
    void resultCsvRoundTripsThroughTheRun();
};

void TestMetricsCsv::exportsOneRowPerStepWithEmptyCells()
{
    const QByteArray csv = MetricsCsv::toCsv(smallRun());
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.first(), QByteArray("step,epoch,train_loss,train_accuracy,valid_loss,"
                                       "valid_accuracy,full_valid_loss,full_valid_accuracy"));
    QCOMPARE(lines.size(), 1 + 4 + 1); // the header, four steps, the final newline
    QVERIFY(lines.last().isEmpty());
    // Epochs known from the full-validation steps (2 and 4): epoch 1 is steps 1-2.
    QCOMPARE(lines.at(1), QByteArray("1,1,2,0.1,,,,"));
    QCOMPARE(lines.at(2), QByteArray("2,1,1,,1.25,0.5,1.25,0.625"));
    QCOMPARE(lines.at(3), QByteArray("3,2,0.6666666666666666,,,,,"));
    QCOMPARE(lines.at(4), QByteArray("4,2,0.5,,0.625,0.5,1.25,0.625"));
    for (const QByteArray &line : lines.mid(0, 5))
        QCOMPARE(line.count(','), 7);
}

void TestMetricsCsv::numbersAreTheSameInEveryLanguage()
{
    QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
    const QByteArray csv = MetricsCsv::toCsv(smallRun());
    QVERIFY(csv.contains("4,2,0.5,,0.625,0.5,1.25,0.625"));
    QCOMPARE(MetricsCsv::formatNumber(1234567.5), QByteArray("1234567.5"));
    QCOMPARE(MetricsCsv::formatNumber(0.1), QByteArray("0.1"));
}

void TestMetricsCsv::exportsJsonWithNulls()
{
    TrainingRun run = smallRun();
    const QJsonArray rows = MetricsCsv::toJson(run);
    QCOMPARE(rows.size(), 4);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.keys().size(), 8);
    QCOMPARE(first.value(QStringLiteral("step")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("epoch")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("train_loss")).toDouble(), 2.0);
    QVERIFY(first.value(QStringLiteral("valid_loss")).isNull());
    QCOMPARE(rows.at(3).toObject().value(QStringLiteral("full_valid_accuracy")).toDouble(), 0.625);

    // Without any epoch information the epoch cell stays empty.
    MetricPoint point;
    point.step = 7;
    point.trainLoss = 1;
    const TrainingRun bare({point});
    QVERIFY(MetricsCsv::toJson(bare).at(0).toObject().value(QStringLiteral("epoch")).isNull());
    QVERIFY(MetricsCsv::toCsv(bare).endsWith("\n7,,1,,,,,\n"));
}

void TestMetricsCsv::writesThroughASaveFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("metrics.csv"));
    QString error;
    QVERIFY(MetricsCsv::write(smallRun(), path, &error));
    QVERIFY(error.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), MetricsCsv::toCsv(smallRun()));
}

void TestMetricsCsv::reportsAFolderThatCannotBeWritten()
{
    QString error;
    QVERIFY(!MetricsCsv::write(smallRun(), QStringLiteral("/nonexistent-folder/m.csv"), &error));
    QVERIFY(error.contains(QStringLiteral("could not save")));
    QVERIFY(error.contains(QStringLiteral("/nonexistent-folder/m.csv")));
}

void TestMetricsCsv::resultCsvWithMissingCells()
{
    // Validation only on some steps; a short row (trailing cells missing); a "nan" cell.
    const QByteArray csv = "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n"
                           "1,2.5,0.4,,\n"
                           "2,2.1,0.5\n"
                           "3,nan,0.55,2.0,0.5\n";
    const ResultMetrics::Parsed parsed = ResultMetrics::parse(csv);
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.points.size(), 3);
    QVERIFY(!parsed.points.at(0).validLoss);
    QVERIFY(!parsed.points.at(1).validLoss);
    QVERIFY(!parsed.points.at(1).validAccuracy);
    QVERIFY(!parsed.points.at(2).trainLoss);
    QCOMPARE(parsed.points.at(2).validLoss, std::optional<double>(2.0));
}

void TestMetricsCsv::resultCsvInBase64()
{
    const QByteArray csv = "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n"
                           "1,0.9,0.7,,\n2,0.8,0.72,0.95,0.69\n";
    // As OpenAI serves it: base64, wrapped in lines.
    QByteArray encoded = csv.toBase64();
    for (qsizetype at = 76; at < encoded.size(); at += 77)
        encoded.insert(at, '\n');
    const ResultMetrics::Parsed parsed = ResultMetrics::parse(encoded);
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.points.size(), 2);
    QCOMPARE(parsed.points.at(1).validAccuracy, std::optional<double>(0.69));
    // And the same file not encoded reads the same.
    QCOMPARE(ResultMetrics::parse(csv).points, parsed.points);
}

void TestMetricsCsv::resultCsvWithUnknownColumns()
{
    // Columns in another order, names in another case and quoted, a column Ajuste does not
    // know (and a byte-order mark): the known ones are read, the others ignored.
    const QByteArray csv = "\xEF\xBB\xBF\"Step\",learning_rate,Train_Loss,full_valid_loss,"
                           "full_valid_mean_token_accuracy,epoch\n"
                           "10,0.0001,0.5,0.7,0.8,1\n"
                           "20,0.0001,0.4,,,2\n";
    const ResultMetrics::Parsed parsed = ResultMetrics::parse(csv);
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.points.size(), 2);
    QCOMPARE(parsed.points.at(0).step, 10);
    QCOMPARE(parsed.points.at(0).trainLoss, std::optional<double>(0.5));
    QCOMPARE(parsed.points.at(0).fullValidLoss, std::optional<double>(0.7));
    QCOMPARE(parsed.points.at(0).fullValidAccuracy, std::optional<double>(0.8));
    QVERIFY(!parsed.points.at(1).fullValidLoss);
}

void TestMetricsCsv::resultCsvRowsWithoutStepAreLeftOut()
{
    const ResultMetrics::Parsed parsed =
        ResultMetrics::parse("step,train_loss\n1,2.0\n,1.5\nabc,1.2\n3,1.0\n");
    QCOMPARE(parsed.points.size(), 2);
    QCOMPARE(parsed.points.at(1).step, 3);
}

void TestMetricsCsv::resultCsvRoundTripsThroughTheRun()
{
    // The chart's export, read back as a result file, gives the same run.
    const TrainingRun run = smallRun();
    const ResultMetrics::Parsed parsed = ResultMetrics::parse(MetricsCsv::toCsv(run));
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(TrainingRun(parsed.points).points(), run.points());
}

QTEST_GUILESS_MAIN(TestMetricsCsv)
#include "tst_metricscsv.moc"

// The price table as shipped (current models, the day it was read, the providers'
// deadlines), the user's own prices through PriceCatalog, and the deadline notice in plain
// words.
#include "core/checks/modellifecycle.h"
#include "core/checks/pricecatalog.h"
#include "core/checks/pricetable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString OpenAiLastDay = QStringLiteral("2027-01-06");
const QString TunedGpt4oEnd = QStringLiteral("2027-01-14");

ModelPrice shipped(const QString &model)
{
    PriceTable table;
    table.loadShipped();
    return table.find(model).value_or(ModelPrice{});
}

} // namespace

class TestPrices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shippedTableIsCurrent_data();
    void shippedTableIsCurrent();
    void shippedTableSaysWhenItWasRead();
    void olderOverrideFilesKeepTheShippedDeadlines();
    void catalogSavesAndTellsWhenPricesChange();
    void catalogKeepsPricesWhenSavingFails();
    void catalogReloadsWhatAnotherWindowSaved();
    void noticeInPlainWords();
    void datesInTheUsersLocale();
};

void TestPrices::shippedTableIsCurrent_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("training");
    QTest::addColumn<double>("input");
    QTest::addColumn<double>("output");
    QTest::addColumn<QString>("shutdown");
    // OpenAI's fine-tuning prices (pricing page): training, then chat with the tuned model.
    QTest::newRow("gpt-4.1") << "gpt-4.1-2025-04-14" << 25.0 << 3.0 << 12.0 << TunedGpt4oEnd;
    QTest::newRow("gpt-4.1-mini") << "gpt-4.1-mini-2025-04-14" << 5.0 << 0.8 << 3.2
                                  << TunedGpt4oEnd;
    QTest::newRow("gpt-4.1-nano") << "gpt-4.1-nano-2025-04-14" << 1.5 << 0.2 << 0.8 << QString();
    QTest::newRow("gpt-4o") << "gpt-4o-2024-08-06" << 25.0 << 3.75 << 15.0 << TunedGpt4oEnd;
    QTest::newRow("gpt-4o-mini") << "gpt-4o-mini-2024-07-18" << 3.0 << 0.3 << 1.2 << TunedGpt4oEnd;
    QTest::newRow("gpt-3.5-turbo") << "gpt-3.5-turbo-0125" << 8.0 << 3.0 << 6.0 << QString();
}

void TestPrices::shippedTableIsCurrent()
{
    QFETCH(QString, model);
    QFETCH(double, training);
    QFETCH(double, input);
    QFETCH(double, output);
    QFETCH(QString, shutdown);
    const ModelPrice price = shipped(model);
    QCOMPARE(price.model, model);
    QCOMPARE(price.provider, QStringLiteral("openai"));
    QCOMPARE(*price.trainingPerMillion, training);
    QCOMPARE(*price.inputPerMillion, input);
    QCOMPARE(*price.outputPerMillion, output);
    QVERIFY(!price.encoding.isEmpty());
    QVERIFY(QDate::fromString(price.validOn, Qt::ISODate).isValid());
    QCOMPARE(price.acceptsNewJobsUntil, OpenAiLastDay);
    QCOMPARE(price.shutdownDate, shutdown);
}

void TestPrices::shippedTableSaysWhenItWasRead()
{
    PriceTable table;
    QVERIFY2(table.loadShipped(), qPrintable(table.errorText()));
    QVERIFY(QDate::fromString(table.readOn(), Qt::ISODate).isValid());
    QVERIFY(table.readOn() >= QStringLiteral("2026-12-01"));
    for (const ModelPrice &price : table.shippedModels()) {
        QVERIFY2(!price.provider.isEmpty(), qPrintable(price.model));
        QVERIFY2(!price.validOn.isEmpty(), qPrintable(price.model));
        // Together AI keeps fine-tuning open: no deadline, and no price the table could vouch for.
        if (price.provider == u"together") {
            QVERIFY(!ModelLifecycle::hasDeadlines(price));
            QVERIFY(!price.trainingPerMillion);
            QVERIFY(price.note.contains(QStringLiteral("Price unknown")));
        }
    }
    QVERIFY(table.find(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference")));
    // Short names and tuned ids find their base model.
    QCOMPARE(table.find(QStringLiteral("gpt-4.1"))->model, QStringLiteral("gpt-4.1-2025-04-14"));
    QCOMPARE(table.find(QStringLiteral("gpt-4.1-mini"))->model,
             QStringLiteral("gpt-4.1-mini-2025-04-14"));
    QCOMPARE(table.find(QStringLiteral("ft:gpt-4.1-nano-2025-04-14:acme::x1"))->model,
             QStringLiteral("gpt-4.1-nano-2025-04-14"));
}

void TestPrices::olderOverrideFilesKeepTheShippedDeadlines()
{
    // A file a previous Ajuste saved: no deadlines in it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("prices.json"));
    const QJsonObject own{{QStringLiteral("provider"), QStringLiteral("openai")},
                          {QStringLiteral("model"), QStringLiteral("gpt-4o-2024-08-06")},
                          {QStringLiteral("display_name"), QStringLiteral("GPT-4o (2024-08-06)")},
                          {QStringLiteral("training_per_1m"), 20.0},
                          {QStringLiteral("input_per_1m"), 3.75},
                          {QStringLiteral("output_per_1m"), 15.0},
                          {QStringLiteral("training_context"), 65536},
                          {QStringLiteral("encoding"), QStringLiteral("o200k_base")},
                          {QStringLiteral("valid_on"), QStringLiteral("2026-11-20")}};
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                         {QStringLiteral("currency"), QStringLiteral("USD")},
                                         {QStringLiteral("models"), QJsonArray{own}}})
                   .toJson());
    file.close();
    const PriceTable table = PriceTable::load(path);
    QVERIFY(table.errorText().isEmpty());
    const ModelPrice price = *table.find(QStringLiteral("gpt-4o"));
    QCOMPARE(*price.trainingPerMillion, 20.0);
    QCOMPARE(price.validOn, QStringLiteral("2026-11-20"));
    QCOMPARE(price.acceptsNewJobsUntil, OpenAiLastDay);
    QCOMPARE(price.shutdownDate, TunedGpt4oEnd);
    // What this version writes, the old loader's fields read the same way.
    const ModelPrice again = ModelPrice::fromJson(price.toJson());
    QCOMPARE(again, price);
}

void TestPrices::catalogSavesAndTellsWhenPricesChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("own/prices.json"));
    PriceCatalog catalog(path);
    QSignalSpy changed(&catalog, &PriceCatalog::pricesChanged);
    ModelPrice mini = *catalog.table().find(QStringLiteral("gpt-4o-mini"));
    mini.trainingPerMillion = 2.5;
    QVERIFY2(catalog.setOverride(mini), qPrintable(catalog.errorText()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(*catalog.table().find(QStringLiteral("gpt-4o-mini"))->trainingPerMillion, 2.5);
    QVERIFY(QFile::exists(path));
    QCOMPARE(*PriceCatalog(path).table().find(QStringLiteral("gpt-4o-mini"))->trainingPerMillion,
             2.5);

    // The same figures again change nothing and say nothing.
    QVERIFY(catalog.setOverrides(catalog.table().overrides()));
    QCOMPARE(changed.count(), 1);

    QVERIFY(catalog.restoreShipped());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(*catalog.table().find(QStringLiteral("gpt-4o-mini"))->trainingPerMillion, 3.0);
    QVERIFY(!QFile::exists(path));
}

void TestPrices::catalogKeepsPricesWhenSavingFails()
{
    QTemporaryDir dir;
    // The folder the file should go in is a file: nothing can be saved there.
    QFile blocker(dir.filePath(QStringLiteral("blocked")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    PriceCatalog catalog(dir.filePath(QStringLiteral("blocked/prices.json")));
    QSignalSpy changed(&catalog, &PriceCatalog::pricesChanged);
    ModelPrice gpt4o = *catalog.table().find(QStringLiteral("gpt-4o"));
    gpt4o.trainingPerMillion = 1.0;
    QVERIFY(!catalog.setOverride(gpt4o));
    QVERIFY(!catalog.errorText().isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(*catalog.table().find(QStringLiteral("gpt-4o"))->trainingPerMillion, 25.0);
}

void TestPrices::catalogReloadsWhatAnotherWindowSaved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("prices.json"));
    PriceCatalog mine(path);
    PriceCatalog other(path);
    QSignalSpy changed(&mine, &PriceCatalog::pricesChanged);
    ModelPrice added;
    added.provider = QStringLiteral("together");
    added.model = QStringLiteral("my/model");
    added.trainingPerMillion = 0.5;
    QVERIFY(other.setOverride(added));
    mine.reload();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(*mine.table().find(QStringLiteral("my/model"))->trainingPerMillion, 0.5);
    mine.reload();
    QCOMPARE(changed.count(), 1);
}

void TestPrices::noticeInPlainWords()
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const ModelPrice gpt4o = shipped(QStringLiteral("gpt-4o-2024-08-06"));
    QCOMPARE(ModelLifecycle::notice(gpt4o, QDate(2026, 12, 1), english),
             QStringLiteral("OpenAI stops accepting new fine-tuning jobs on 6 January 2027. "
                            "Start your fine-tune before then, or choose another provider. "
                            "Models tuned from it stop answering on 14 January 2027."));
    // The last day still counts; after it, the past tense and the way forward.
    QVERIFY(ModelLifecycle::notice(gpt4o, QDate(2027, 1, 6), english)
                .contains(QStringLiteral("stops accepting")));
    QCOMPARE(ModelLifecycle::notice(gpt4o, QDate(2027, 2, 1), english),
             QStringLiteral("OpenAI stopped accepting new fine-tuning jobs on 6 January 2027. "
                            "To fine-tune with this dataset, choose another provider. "
                            "Models tuned from it stopped answering on 14 January 2027."));
    // Only the training deadline is known for GPT-4.1 nano.
    const QString nano = ModelLifecycle::notice(shipped(QStringLiteral("gpt-4.1-nano")),
                                                QDate(2026, 12, 1), english);
    QVERIFY(nano.startsWith(
        QStringLiteral("OpenAI stops accepting new fine-tuning jobs on 6 January 2027.")));
    QVERIFY(!nano.contains(QStringLiteral("stop answering")));
    // A model with no known deadline has no notice.
    QCOMPARE(ModelLifecycle::notice(shipped(QStringLiteral("Qwen/Qwen2.5-72B-Instruct")),
                                    QDate(2026, 12, 1), english),
             QString());
    // Only a shutdown date: the sentence names the model.
    ModelPrice hosted;
    hosted.provider = QStringLiteral("azure");
    hosted.displayName = QStringLiteral("GPT-4o (Azure)");
    hosted.shutdownDate = QStringLiteral("2027-04-01");
    QCOMPARE(ModelLifecycle::notice(hosted, QDate(2026, 12, 1), english),
             QStringLiteral("Models tuned from GPT-4o (Azure) stop answering on 1 April 2027."));
}

void TestPrices::datesInTheUsersLocale()
{
    const QDate day(2027, 1, 6);
    QCOMPARE(ModelLifecycle::longDate(day, QLocale(QLocale::English, QLocale::UnitedKingdom)),
             QStringLiteral("6 January 2027"));
    QCOMPARE(ModelLifecycle::longDate(day, QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("January 6, 2027"));
    QCOMPARE(ModelLifecycle::longDate(day, QLocale(QLocale::Portuguese, QLocale::Brazil)),
             QStringLiteral("6 de janeiro de 2027"));
    QCOMPARE(ModelLifecycle::longDate(day, QLocale(QLocale::German, QLocale::Germany)),
             QStringLiteral("6. Januar 2027"));
}

QTEST_GUILESS_MAIN(TestPrices)
#include "tst_prices.moc"

// `ajuste validate` as a user runs it: the built program on fixture files, its JSON report
// with the real line numbers, and its exit statuses.
#include "core/checks/epochrule.h"
#include "core/tokenizer/chattokencounter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Fixture = QStringLiteral(AJUSTE_SOURCE_DIR "/tests/checks/data/validate-fixture.jsonl");
const QString Clean = QStringLiteral(AJUSTE_SOURCE_DIR "/tests/checks/data/validate-clean.jsonl");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestValidateCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonReportNamesLines();
    void billedTokensAndCost();
    void epochsCanBeSet();
    void exitStatuses_data();
    void exitStatuses();
    void textReport();

private:
    Run run(const QStringList &arguments);
    QTemporaryDir m_home;
};

void TestValidateCommand::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(AJUSTE_BINARY_DIR "/app/ajuste")));
    QVERIFY(m_home.isValid());
}

Run TestValidateCommand::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A private home: the user's own prices must not change what the test expects.
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AJUSTE_BINARY_DIR "/app/ajuste"),
                  QStringList{QStringLiteral("validate")} + arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestValidateCommand::jsonReportNamesLines()
{
    const Run result = run({Fixture, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    QJsonParseError error{};
    const QJsonObject report = QJsonDocument::fromJson(result.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, result.out.constData());
    QCOMPARE(report.value(QLatin1String("examples")).toInt(), 11); // the blank line is no example
    QCOMPARE(report.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini-2024-07-18"));
    QCOMPARE(report.value(QLatin1String("encoding")).toString(), QStringLiteral("o200k_base"));

    QMap<int, QString> errors;
    for (const QJsonValue &value : report.value(QLatin1String("errors")).toArray()) {
        const QJsonObject issue = value.toObject();
        QVERIFY(!issue.value(QLatin1String("message")).toString().isEmpty());
        errors.insert(issue.value(QLatin1String("line")).toInt(), issue.value(QLatin1String("code")).toString());
    }
    const QMap<int, QString> expectedErrors{{4, QStringLiteral("invalid_json")},
                                            {5, QStringLiteral("unknown_role")},
                                            {8, QStringLiteral("invalid_weight")}};
    QCOMPARE(errors, expectedErrors);
    const QJsonArray warnings = report.value(QLatin1String("warnings")).toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first()[QLatin1String("line")].toInt(), 7);
    QCOMPARE(warnings.first()[QLatin1String("code")].toString(), QStringLiteral("duplicate_example"));
    QVERIFY(warnings.first()[QLatin1String("message")].toString().contains(QStringLiteral("line 7")));
}

void TestValidateCommand::billedTokensAndCost()
{
    const Run result = run({Fixture, QStringLiteral("--json")});
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    // Every readable line's tokens, as the notebook counts them, times the automatic epochs.
    QFile file(Fixture);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ChatTokenCounter counter(TokenEncoding::O200kBase);
    qint64 tokens = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonDocument document = QJsonDocument::fromJson(line.trimmed());
        if (document.isObject())
            tokens += counter.count(document.object()).total;
    }
    const int epochs = EpochRule::automaticEpochs(11);
    QCOMPARE(epochs, 9);
    QCOMPARE(report.value(QLatin1String("epochs")).toInt(), epochs);
    QCOMPARE(report.value(QLatin1String("billed_tokens")).toInteger(), tokens * epochs);
    QVERIFY(qFuzzyCompare(report.value(QLatin1String("estimated_cost_usd")).toDouble(),
                          double(tokens * epochs) * 3.0 / 1e6));
}

void TestValidateCommand::epochsCanBeSet()
{
    const Run four = run({Clean, QStringLiteral("--json"), QStringLiteral("--epochs"), QStringLiteral("4"),
                          QStringLiteral("--model"), QStringLiteral("gpt-4o")});
    QCOMPARE(four.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(four.out).object();
    QCOMPARE(report.value(QLatin1String("epochs")).toInt(), 4);
    QCOMPARE(report.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-2024-08-06"));
    const Run automatic = run({Clean, QStringLiteral("--json"), QStringLiteral("--model"), QStringLiteral("gpt-4o")});
    const QJsonObject automaticReport = QJsonDocument::fromJson(automatic.out).object();
    QCOMPARE(automaticReport.value(QLatin1String("epochs")).toInt(), 8); // 100 // 12
    QCOMPARE(report.value(QLatin1String("billed_tokens")).toInteger() * 2,
             automaticReport.value(QLatin1String("billed_tokens")).toInteger());

    const Run turbo = run({Clean, QStringLiteral("--json"), QStringLiteral("--model"), QStringLiteral("gpt-3.5-turbo-0125")});
    const QJsonObject turboReport = QJsonDocument::fromJson(turbo.out).object();
    QCOMPARE(turboReport.value(QLatin1String("encoding")).toString(), QStringLiteral("cl100k_base"));
    QVERIFY(turboReport.value(QLatin1String("estimated_cost_usd")).toDouble() > 0);
    // A model whose price the table does not know gives no cost rather than a wrong one.
    const Run llama = run({Clean, QStringLiteral("--json"), QStringLiteral("--model"),
                           QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference")});
    QVERIFY(QJsonDocument::fromJson(llama.out)
                .object()
                .value(QLatin1String("estimated_cost_usd"))
                .isNull());
}

void TestValidateCommand::exitStatuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("clean file") << QStringList{Clean} << 0;
    QTest::newRow("errors") << QStringList{Fixture} << 1;
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/file.jsonl")} << 2;
    QTest::newRow("a folder") << QStringList{QStringLiteral(AJUSTE_SOURCE_DIR "/tests/checks")} << 2;
    QTest::newRow("no file") << QStringList{} << 2;
    QTest::newRow("bad epochs") << QStringList{Clean, QStringLiteral("--epochs"), QStringLiteral("zero")} << 2;
}

void TestValidateCommand::exitStatuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    if (exitCode == 2)
        QVERIFY(!result.err.isEmpty());
}

void TestValidateCommand::textReport()
{
    const Run result = run({Fixture});
    QCOMPARE(result.exitCode, 1);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(QStringLiteral("Example 4 (line 5)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("[invalid_weight]")));
    QVERIFY(text.contains(QStringLiteral("How to fix:")));
    QVERIFY(text.contains(QStringLiteral("Epochs: 9 (automatic).")));
    QVERIFY(text.contains(QStringLiteral("Estimated training price: US$ ")));
}

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "tst_validatecommand.moc"

// `ajuste compare`, the built program against real Sandbox processes at --base-url (with a
// recognisable fake key that must never be printed) and the default Sandbox it starts itself:
// prompts from a file and from a workspace dataset's validation split, the CSV's columns,
// progress on stderr, a failing model (exit 1, the others still answered), a provider that
// cannot be reached (exit 2), bad usage (exit 2).
#include "csvtestreader.h"
#include "jobsfixture.h"

#include <QProcess>
#include <QTcpServer>

using namespace JobsTest;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QString all() const { return out + err; }
};

const QString Mini = QStringLiteral("gpt-4o-mini-2024-07-18");
const QString Other = QStringLiteral("gpt-4.1-mini");

} // namespace

class TestCompareCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndBadUsage();
    void promptsFromAFile();
    void validationSplitOfAWorkspaceDataset();
    void failingModelExitsOne();
    void unreachableProviderExitsTwo();
    void defaultIsTheSandbox();

private:
    Run ajuste(const QStringList &arguments, bool withKey = true);
    QStringList at(const QUrl &url) const { return {QStringLiteral("--base-url"), url.toString()}; }
    QList<QStringList> readOutput(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return readCsv(QString::fromUtf8(file.readAll()));
    }
    void verifyNoKey(const Run &run)
    {
        QVERIFY2(!run.all().contains(fakeKey()), qPrintable(run.all()));
        QVERIFY(!run.all().contains(QStringLiteral("DO-NOT-PRINT")));
    }

    QTemporaryDir m_home;
    SandboxProcess m_sandbox;
    QUrl m_url;
    QString m_prompts;
};

void TestCompareCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_url = m_sandbox.start({});
    QVERIFY(m_url.isValid());
    m_prompts = m_home.filePath(QStringLiteral("prompts.jsonl"));
    QFile file(m_prompts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 3; ++i)
        file.write(QJsonDocument(Fixture::chat(i)).toJson(QJsonDocument::Compact) + '\n');
    file.write(R"({"messages":[{"role":"user","content":"Hello, \"friend\"\nsecond line"}]})"
               "\n");
}

Run TestCompareCommand::ajuste(const QStringList &arguments, bool withKey)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A private home: the user's profiles, keys and Sandbox are never touched.
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    if (withKey)
        environment.insert(QStringLiteral("AJUSTE_API_KEY"), fakeKey());
    else
        environment.remove(QStringLiteral("AJUSTE_API_KEY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AJUSTE_BINARY_DIR "/app/ajuste"),
                  QStringList{QStringLiteral("compare")} + arguments);
    Run result;
    if (!process.waitForFinished(90000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCompareCommand::helpAndBadUsage()
{
    const Run help = ajuste({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("Usage: ajuste compare ")), qPrintable(help.out));
    for (const char *option : {"--prompts", "--dataset", "--split", "--model", "--out",
                               "--temperature", "--max-tokens", "--profile", "--base-url"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);

    const QString out = m_home.filePath(QStringLiteral("never.csv"));
    const QStringList twoModels{QStringLiteral("--model"), Mini, QStringLiteral("--model"), Other};
    const QList<QStringList> bad = {
        QStringList{QStringLiteral("--prompts"), m_prompts, QStringLiteral("--model"), Mini,
                    QStringLiteral("--out"), out},
        QStringList{QStringLiteral("--out"), out} + twoModels,
        QStringList{QStringLiteral("--prompts"), m_prompts, QStringLiteral("--dataset"),
                    QStringLiteral("x"), QStringLiteral("--out"), out} +
            twoModels,
        QStringList{QStringLiteral("--prompts"), m_prompts} + twoModels,
        QStringList{QStringLiteral("--prompts"), m_prompts, QStringLiteral("--out"), out,
                    QStringLiteral("--temperature"), QStringLiteral("hot")} +
            twoModels,
        QStringList{QStringLiteral("--prompts"), m_prompts, QStringLiteral("--out"), out,
                    QStringLiteral("--max-tokens"), QStringLiteral("0")} +
            twoModels,
        QStringList{QStringLiteral("--prompts"), m_home.filePath(QStringLiteral("none.jsonl")),
                    QStringLiteral("--out"), out} +
            twoModels,
        QStringList{QStringLiteral("--workspace"), m_home.filePath(QStringLiteral("none.ajuste")),
                    QStringLiteral("--dataset"), QStringLiteral("x"), QStringLiteral("--out"),
                    out} +
            twoModels,
    };
    for (const QStringList &arguments : bad) {
        const Run run = ajuste(arguments + at(m_url));
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' ')) + run.all()));
        QVERIFY(!run.err.isEmpty());
        verifyNoKey(run);
    }
    QVERIFY(!QFile::exists(out));
    const Run noKey =
        ajuste(QStringList{QStringLiteral("--prompts"), m_prompts, QStringLiteral("--out"), out} +
                   twoModels + at(m_url),
               false);
    QCOMPARE(noKey.exitCode, 2);
    QVERIFY(noKey.err.contains(QStringLiteral("AJUSTE_API_KEY")));
}

void TestCompareCommand::promptsFromAFile()
{
    const QString out = m_home.filePath(QStringLiteral("file.csv"));
    const Run run =
        ajuste(QStringList{QStringLiteral("--prompts"), m_prompts, QStringLiteral("--model"), Mini,
                           QStringLiteral("--model"), Other, QStringLiteral("--out"), out,
                           QStringLiteral("--temperature"), QStringLiteral("0.3"),
                           QStringLiteral("--max-tokens"), QStringLiteral("300")} +
               at(m_url));
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    verifyNoKey(run);
    QVERIFY(run.out.isEmpty()); // progress goes to stderr
    QVERIFY2(run.err.contains(QStringLiteral("[4/4] example 4")), qPrintable(run.err));
    const QList<QStringList> rows = readOutput(out);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.first(),
             (QStringList{QStringLiteral("example"), QStringLiteral("prompt"),
                          QStringLiteral("reference"), Mini, Mini + QStringLiteral(" seconds"),
                          Mini + QStringLiteral(" output tokens"), Other,
                          Other + QStringLiteral(" seconds"),
                          Other + QStringLiteral(" output tokens")}));
    QCOMPARE(rows.at(1).at(0), QStringLiteral("1"));
    QCOMPARE(rows.at(1).at(1), QStringLiteral("How do I do task 0?"));
    QCOMPARE(rows.at(1).at(2), QStringLiteral("Open menu 0, then press Start."));
    QCOMPARE(rows.at(4).at(1), QStringLiteral("Hello, \"friend\"\nsecond line"));
    QCOMPARE(rows.at(4).at(2), QString());
    for (int i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).size(), 9);
        for (int model = 0; model < 2; ++model) {
            QVERIFY(rows.at(i).at(3 + 3 * model).startsWith(QStringLiteral("[Sandbox")));
            bool ok = false;
            QVERIFY(rows.at(i).at(4 + 3 * model).toDouble(&ok) >= 0 && ok);
            QVERIFY(rows.at(i).at(5 + 3 * model).toInt(&ok) > 0 && ok);
        }
    }
}

void TestCompareCommand::validationSplitOfAWorkspaceDataset()
{
    Fixture fixture;
    QVERIFY(fixture.openWorkspace());
    const qint64 dataset = fixture.dataset(12, 25, QStringLiteral("Suporte"));
    const int validation =
        fixture.datasets->splitCounts(dataset).value(DatasetStore::validationSplit());
    QVERIFY(validation > 0 && validation < 12);
    const QString path = fixture.workspace->path();
    fixture.closeWorkspace();

    const QString out = m_home.filePath(QStringLiteral("dataset.csv"));
    const Run run =
        ajuste(QStringList{QStringLiteral("--workspace"), path, QStringLiteral("--dataset"),
                           QStringLiteral("Suporte"), QStringLiteral("--model"), Mini,
                           QStringLiteral("--model"), Other, QStringLiteral("--out"), out} +
               at(m_url));
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    QCOMPARE(readOutput(out).size(), validation + 1);
    const Run all =
        ajuste(QStringList{QStringLiteral("--workspace"), path, QStringLiteral("--dataset"),
                           QStringLiteral("Suporte"), QStringLiteral("--split"),
                           QStringLiteral("all"), QStringLiteral("--model"), Mini,
                           QStringLiteral("--model"), Other, QStringLiteral("--out"), out} +
               at(m_url));
    QVERIFY2(all.exitCode == 0, qPrintable(all.all()));
    const QList<QStringList> rows = readOutput(out);
    QCOMPARE(rows.size(), 13);
    QCOMPARE(rows.last().at(0), QStringLiteral("12"));
    QCOMPARE(rows.last().at(2), QStringLiteral("Open menu 11, then press Start."));
    const Run unknown =
        ajuste(QStringList{QStringLiteral("--workspace"), path, QStringLiteral("--dataset"),
                           QStringLiteral("Nope"), QStringLiteral("--model"), Mini,
                           QStringLiteral("--model"), Other, QStringLiteral("--out"), out} +
               at(m_url));
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("Suporte")), qPrintable(unknown.err));
}

void TestCompareCommand::failingModelExitsOne()
{
    const QString out = m_home.filePath(QStringLiteral("failing.csv"));
    const Run run =
        ajuste(QStringList{QStringLiteral("--prompts"), m_prompts, QStringLiteral("--model"), Mini,
                           QStringLiteral("--model"), QStringLiteral("no-such-model"),
                           QStringLiteral("--out"), out} +
               at(m_url));
    QCOMPARE(run.exitCode, 1);
    verifyNoKey(run);
    QVERIFY2(run.err.contains(QStringLiteral("no-such-model did not answer")), qPrintable(run.err));
    const QList<QStringList> rows = readOutput(out);
    QCOMPARE(rows.size(), 5);
    for (int i = 1; i < rows.size(); ++i) {
        QVERIFY(rows.at(i).at(3).startsWith(QStringLiteral("[Sandbox")));
        QVERIFY(rows.at(i).at(6).startsWith(QStringLiteral("Failed: ")));
        QCOMPARE(rows.at(i).at(7), QString());
    }
}

void TestCompareCommand::unreachableProviderExitsTwo()
{
    // A port nobody listens on any more.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QUrl closed(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort()));
    server.close();
    const QString out = m_home.filePath(QStringLiteral("unreachable.csv"));
    const Run run =
        ajuste(QStringList{QStringLiteral("--prompts"), m_prompts, QStringLiteral("--model"), Mini,
                           QStringLiteral("--model"), Other, QStringLiteral("--out"), out} +
               at(closed));
    QCOMPARE(run.exitCode, 2);
    verifyNoKey(run);
    QVERIFY(run.err.contains(QStringLiteral("did not answer")));
}

void TestCompareCommand::defaultIsTheSandbox()
{
    const QString out = m_home.filePath(QStringLiteral("default.csv"));
    const Run run = ajuste({QStringLiteral("--prompts"), m_prompts, QStringLiteral("--model"), Mini,
                            QStringLiteral("--model"), Other, QStringLiteral("--out"), out},
                           false);
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    QCOMPARE(readOutput(out).size(), 5);
}

QTEST_GUILESS_MAIN(TestCompareCommand)
#include "tst_comparecommand.moc"

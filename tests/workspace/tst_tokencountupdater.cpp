// The example list shows each example's tokens: counted in the background when examples
// arrive, counted again after an edit, and recounted for another encoding.
#include "core/tokenizer/chattokencounter.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/tokencountupdater.h"
#include "core/workspace/workspace.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QJsonObject chat(const QString &question, const QString &answer)
{
    return QJsonDocument::fromJson(QStringLiteral(R"({"messages": [
        {"role": "system", "content": "Você é o Jabu, assistente da Jabuti Telecom."},
        {"role": "user", "content": "%1"},
        {"role": "assistant", "content": "%2"}]})")
                                       .arg(question, answer)
                                       .toUtf8())
        .object();
}

ExampleRecord record(const QJsonObject &json)
{
    ExampleRecord r;
    r.json = json;
    return r;
}

} // namespace

class TestTokenCountUpdater : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void countsNewExamplesInTheBackground();
    void countsAgainAfterAnEdit();
    void recountsForAnotherEncoding();

private:
    QList<ExampleRow> rows() const { return m_store->rows(m_datasetId, 0, 100); }
    bool waitForCounts(TokenCountUpdater &updater);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<DatasetStore> m_store;
    qint64 m_datasetId = 0;
    QList<QJsonObject> m_examples;
};

void TestTokenCountUpdater::init()
{
    Workspace::Error error;
    m_workspace = Workspace::open(m_dir.filePath(QStringLiteral("tokens-%1.ajuste").arg(QLatin1String(QTest::currentTestFunction()))),
                                  Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_workspace, qPrintable(error.message));
    m_store = std::make_unique<DatasetStore>(m_workspace.get());
    m_datasetId = m_store->createDataset(QStringLiteral("Suporte"));
    QVERIFY(m_datasetId > 0);
    m_examples = {chat(QStringLiteral("A internet caiu 😢"), QStringLiteral("Reinicie o roteador.")),
                  chat(QStringLiteral("How do I pay by Pix?"), QStringLiteral("Open the app.")),
                  chat(QStringLiteral("Quero cancelar"), QStringLiteral("Posso ajudar com isso."))};
}

void TestTokenCountUpdater::cleanup()
{
    m_store.reset();
    m_workspace.reset();
}

bool TestTokenCountUpdater::waitForCounts(TokenCountUpdater &updater)
{
    QSignalSpy finished(&updater, &TokenCountUpdater::countingFinished);
    return finished.wait(20000);
}

void TestTokenCountUpdater::countsNewExamplesInTheBackground()
{
    TokenCountUpdater updater(m_store.get(), m_workspace->path());
    updater.setDataset(m_datasetId);
    QList<ExampleRecord> records;
    for (const QJsonObject &json : std::as_const(m_examples))
        records.append(record(json));
    m_store->insertExamples(m_datasetId, records);
    QCOMPARE(rows().first().totalTokens, -1); // not counted on the GUI thread

    QVERIFY(waitForCounts(updater));
    const ChatTokenCounter counter(TokenEncoding::O200kBase);
    const QList<ExampleRow> counted = rows();
    QCOMPARE(counted.size(), m_examples.size());
    for (int i = 0; i < counted.size(); ++i) {
        const QJsonObject stored = m_store->example(counted.at(i).id).json;
        QVERIFY(m_examples.contains(stored));
        const ChatTokenCount expected = counter.count(stored);
        QCOMPARE(counted.at(i).totalTokens, int(expected.total));
        QCOMPARE(counted.at(i).trainedTokens, int(expected.trained));
        QVERIFY(counted.at(i).trainedTokens > 0 && counted.at(i).trainedTokens < counted.at(i).totalTokens);
    }
}

void TestTokenCountUpdater::countsAgainAfterAnEdit()
{
    TokenCountUpdater updater(m_store.get(), m_workspace->path());
    updater.setDataset(m_datasetId);
    const qint64 id = m_store->insertExample(m_datasetId, 0, record(m_examples.first()));
    QVERIFY(waitForCounts(updater));
    const int before = rows().first().totalTokens;

    ExampleRecord edited = m_store->example(id);
    const QJsonObject longer = chat(QStringLiteral("A internet caiu 😢"),
                                    QStringLiteral("Reinicie o roteador, espere dois minutos e "
                                                   "teste de novo. Se não voltar, abra um chamado."));
    edited.json = longer;
    QVERIFY(m_store->updateExamples({edited}));
    QVERIFY(waitForCounts(updater));
    QCOMPARE(rows().first().totalTokens, int(ChatTokenCounter().count(longer).total));
    QVERIFY(rows().first().totalTokens > before);
}

void TestTokenCountUpdater::recountsForAnotherEncoding()
{
    TokenCountUpdater updater(m_store.get(), m_workspace->path());
    updater.setDataset(m_datasetId);
    m_store->insertExample(m_datasetId, 0, record(m_examples.first()));
    QVERIFY(waitForCounts(updater));
    updater.setEncoding(TokenEncoding::Cl100kBase);
    QVERIFY(waitForCounts(updater));
    QCOMPARE(rows().first().totalTokens,
             int(ChatTokenCounter(TokenEncoding::Cl100kBase).count(m_examples.first()).total));
}

QTEST_GUILESS_MAIN(TestTokenCountUpdater)
#include "tst_tokencountupdater.moc"

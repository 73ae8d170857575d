// `ajuste tokens`: one line "COUNT FILE" per file, counts as tiktoken's encode_ordinary gives
// them (from tests/tokenizer/data/expected.json), exit 2 with a message for unreadable files.
#include "cli/commands/tokenscommand.h"
#include "core/tokenizer/tokenizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject readJsonObject(const QString &name)
{
    QFile file(QStringLiteral(AJUSTE_SOURCE_DIR "/tests/tokenizer/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString corpusText(const QString &caseName)
{
    QFile file(QStringLiteral(AJUSTE_SOURCE_DIR "/tests/tokenizer/data/corpus.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the corpus");
    for (const QJsonValue &entry : QJsonDocument::fromJson(file.readAll()).array()) {
        if (entry[u"name"].toString() == caseName)
            return entry[u"text"].toString();
    }
    qFatal("no corpus case %s", qPrintable(caseName));
}

qsizetype expectedCount(const QString &encoding, const QString &caseName)
{
    static const QJsonObject encodings =
        readJsonObject(u"expected.json"_s).value(u"encodings").toObject();
    return encodings.value(encoding).toObject().value(caseName).toArray().size();
}

struct Run
{
    int status;
    QString out;
    QString err;
};

Run runTokens(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.status = TokensCommand().run(QStringList{u"ajuste tokens"_s} + arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace

class TestTokensCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsOneLinePerFile_data();
    void printsOneLinePerFile();
    void countsLargeFilesExactly();
    void unreadableFileExitsWithTwo();
    void rejectsUnknownEncoding();
    void asksForAFile();
    void runsFromTheProgram();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestTokensCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestTokensCommand::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestTokensCommand::printsOneLinePerFile_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::newRow("default (o200k_base)") << QString();
    QTest::newRow("o200k_base") << u"o200k_base"_s;
    QTest::newRow("cl100k_base") << u"cl100k_base"_s;
}

void TestTokensCommand::printsOneLinePerFile()
{
    QFETCH(QString, encoding);
    const QStringList cases{u"portuguese paragraph"_s, u"bom middle"_s, u"emoji zwj families"_s,
                            u"empty"_s};
    QStringList arguments;
    if (!encoding.isEmpty())
        arguments << u"--encoding"_s << encoding;
    QString expected;
    for (const QString &caseName : cases) {
        const QString path = writeFile(caseName + u".txt"_s, corpusText(caseName).toUtf8());
        arguments << path;
        expected += QString::number(
                        expectedCount(encoding.isEmpty() ? u"o200k_base"_s : encoding, caseName)) +
                    u' ' + path + u'\n';
    }
    const Run run = runTokens(arguments);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, expected);
}

// Files over 2 MB are counted in blocks on all cores; the sum must equal one pass.
void TestTokensCommand::countsLargeFilesExactly()
{
    QByteArray text;
    for (const QString &caseName :
         {u"code python"_s, u"portuguese"_s, u"crlf lines"_s, u"slashes"_s, u"cjk"_s})
        text += corpusText(caseName).toUtf8() + '\n';
    text = text.repeated(5 * 1024 * 1024 / text.size() + 1);
    const QString path = writeFile(u"large.txt"_s, text);
    const Run run = runTokens({path});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, QString::number(Tokenizer(TokenEncoding::O200kBase).countUtf8(text)) + u' ' +
                          path + u'\n');
}

void TestTokensCommand::unreadableFileExitsWithTwo()
{
    const QString good = writeFile(u"good.txt"_s, "hello world");
    const QString missing = m_dir.filePath(u"missing.txt"_s);
    const Run run = runTokens({missing, good});
    QCOMPARE(run.status, 2);
    QCOMPARE(run.out, u"2 "_s + good + u'\n'); // the readable file is still counted
    QVERIFY2(run.err.contains(missing), qPrintable(run.err));
}

void TestTokensCommand::rejectsUnknownEncoding()
{
    const Run run = runTokens({u"--encoding"_s, u"p50k_base"_s, writeFile(u"x.txt"_s, "x")});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(u"p50k_base"));
    QVERIFY(run.out.isEmpty());
}

void TestTokensCommand::asksForAFile()
{
    const Run run = runTokens({});
    QCOMPARE(run.status, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestTokensCommand::runsFromTheProgram()
{
    const QString path = writeFile(u"bom.txt"_s, corpusText(u"bom after space"_s).toUtf8());
    QProcess process;
    process.start(QStringLiteral(AJUSTE_BINARY_DIR "/app/ajuste"),
                  {u"tokens"_s, u"--encoding"_s, u"cl100k_base"_s, path});
    QVERIFY2(process.waitForFinished(30000), qPrintable(process.errorString()));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
             QString::number(expectedCount(u"cl100k_base"_s, u"bom after space"_s)) + u' ' + path +
                 u'\n');
}

QTEST_GUILESS_MAIN(TestTokensCommand)
#include "tst_tokenscommand.moc"

// Golden files for every input format: tests/dataset/golden/<case>/input.* gives exactly the
// examples in expected-examples.jsonl, the rejections in expected-rejections.jsonl (line,
// reason, raw text) and the counts in expected-summary.json. Set AJUSTE_UPDATE_GOLDEN=1 to
// rewrite the expected files after a deliberate change, then review the diff.
#include "core/dataset/csvreader.h"
#include "core/dataset/exampledigest.h"
#include "core/dataset/importparser.h"
#include "core/dataset/jsonarrayreader.h"
#include "core/dataset/linereader.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QString goldenDir()
{
    return QStringLiteral(AJUSTE_SOURCE_DIR "/tests/dataset/golden");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

QList<QJsonObject> jsonLines(const QByteArray &data)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : data.split('\n')) {
        if (!line.trimmed().isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    return objects;
}

ImportOptions optionsFor(const QString &caseDir)
{
    ImportOptions options;
    const QJsonObject json =
        QJsonDocument::fromJson(readFile(caseDir + QStringLiteral("/options.json"))).object();
    options.format = DatasetFormat::fromName(
        json.value(QLatin1String("format")).toString(QStringLiteral("auto")));
    options.csv.systemPrompt = json.value(QLatin1String("systemPrompt")).toString();
    return options;
}

struct Outcome
{
    QList<QJsonObject> examples;
    QList<QJsonObject> rejections;
    QJsonObject summary;
};

Outcome importCase(const QString &caseDir, const QString &input)
{
    Outcome outcome;
    ImportParser parser(caseDir + QLatin1Char('/') + input, optionsFor(caseDir));
    if (!parser.open())
        return outcome;
    ImportBatch batch;
    bool more = true;
    while (more) {
        batch.clear();
        more = parser.readBatch(&batch, 2); // tiny batches: batch edges are exercised too
        for (const ParsedExample &example : batch.examples) {
            outcome.examples.append(QJsonObject{
                {QStringLiteral("line"), example.line},
                {QStringLiteral("summary"), example.summary},
                {QStringLiteral("turns"), example.turns},
                {QStringLiteral("example"), QJsonDocument::fromJson(example.json).object()}});
        }
        for (const ImportRejection &rejection : batch.rejections) {
            QJsonObject object{{QStringLiteral("line"), rejection.line},
                               {QStringLiteral("reason"), rejection.reason}};
            if (LineReader::isValidUtf8(rejection.raw.constData(), rejection.raw.size()))
                object.insert(QStringLiteral("raw"), QString::fromUtf8(rejection.raw));
            else
                object.insert(QStringLiteral("raw_base64"),
                              QString::fromLatin1(rejection.raw.toBase64()));
            outcome.rejections.append(object);
        }
    }
    const ImportSummary &summary = parser.summary();
    outcome.summary = QJsonObject{{QStringLiteral("read"), summary.read},
                                  {QStringLiteral("imported"), summary.imported},
                                  {QStringLiteral("rejected"), summary.rejected},
                                  {QStringLiteral("blank"), summary.blank},
                                  {QStringLiteral("examples"), summary.examples},
                                  {QStringLiteral("format"), summary.format},
                                  {QStringLiteral("text"), summary.text()}};
    return outcome;
}

QByteArray toJsonLines(const QList<QJsonObject> &objects)
{
    QByteArray data;
    for (const QJsonObject &object : objects)
        data += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    return data;
}

} // namespace

class TestImportFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void lineReaderKeepsMemoryBoundedOnHugeLines();
    void lineReaderCountsBytes();
    void readersDoNotDependOnTheReadSize_data();
    void readersDoNotDependOnTheReadSize();
    void utf8Validation_data();
    void utf8Validation();
    void searchTextIsLowerCaseUtf8();
    void csvRowKeepsAByteOrderMarkInItsText();
    void csvColumnsNeverShareARole_data();
    void csvColumnsNeverShareARole();
};

void TestImportFormats::golden_data()
{
    QTest::addColumn<QString>("caseDir");
    QTest::addColumn<QString>("input");
    const QDir root(goldenDir());
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 10);
    for (const QString &name : cases) {
        const QStringList inputs = QDir(root.filePath(name)).entryList({QStringLiteral("input.*")});
        QCOMPARE(inputs.size(), 1);
        QTest::newRow(qPrintable(name)) << root.filePath(name) << inputs.first();
    }
}

void TestImportFormats::golden()
{
    QFETCH(QString, caseDir);
    QFETCH(QString, input);
    const Outcome outcome = importCase(caseDir, input);
    const QString examplesPath = caseDir + QStringLiteral("/expected-examples.jsonl");
    const QString rejectionsPath = caseDir + QStringLiteral("/expected-rejections.jsonl");
    const QString summaryPath = caseDir + QStringLiteral("/expected-summary.json");
    if (qEnvironmentVariableIsSet("AJUSTE_UPDATE_GOLDEN")) {
        writeFile(examplesPath, toJsonLines(outcome.examples));
        writeFile(rejectionsPath, toJsonLines(outcome.rejections));
        writeFile(summaryPath, QJsonDocument(outcome.summary).toJson());
    }
    const QJsonObject expectedSummary = QJsonDocument::fromJson(readFile(summaryPath)).object();
    QVERIFY2(!expectedSummary.isEmpty(), "missing expected-summary.json");
    QCOMPARE(outcome.summary, expectedSummary);
    // The promise to the user: the counts add up.
    QCOMPARE(outcome.summary.value(QLatin1String("imported")).toInteger() +
                 outcome.summary.value(QLatin1String("rejected")).toInteger() +
                 outcome.summary.value(QLatin1String("blank")).toInteger(),
             outcome.summary.value(QLatin1String("read")).toInteger());
    const QList<QJsonObject> expectedExamples = jsonLines(readFile(examplesPath));
    QCOMPARE(outcome.examples.size(), expectedExamples.size());
    for (int i = 0; i < expectedExamples.size(); ++i)
        QCOMPARE(outcome.examples.at(i), expectedExamples.at(i));
    const QList<QJsonObject> expectedRejections = jsonLines(readFile(rejectionsPath));
    QCOMPARE(outcome.rejections.size(), expectedRejections.size());
    for (int i = 0; i < expectedRejections.size(); ++i)
        QCOMPARE(outcome.rejections.at(i), expectedRejections.at(i));
}

void TestImportFormats::lineReaderKeepsMemoryBoundedOnHugeLines()
{
    QByteArray data = "short\n" + QByteArray(3000, 'x') + "\nlast";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    LineReader reader(&buffer, 1000);
    LineReader::Line line;
    QVERIFY(reader.next(&line));
    QCOMPARE(line.text, QByteArray("short"));
    QVERIFY(reader.next(&line));
    QCOMPARE(line.number, 2);
    QVERIFY(line.truncated);
    QCOMPARE(line.text.size(), 1000);
    QVERIFY(reader.next(&line));
    QCOMPARE(line.text, QByteArray("last"));
    QCOMPARE(line.number, 3);
    QVERIFY(!reader.next(&line));
    QCOMPARE(reader.bytesRead(), data.size());
}

void TestImportFormats::lineReaderCountsBytes()
{
    QByteArray data = "\xEF\xBB\xBF{}\r\n\r\n{}";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    LineReader reader(&buffer);
    LineReader::Line line;
    QVERIFY(reader.next(&line));
    QCOMPARE(line.text, QByteArray("{}"));
    QVERIFY(reader.next(&line));
    QVERIFY(line.blank);
    QVERIFY(reader.next(&line));
    QCOMPARE(line.number, 3);
    QVERIFY(!reader.next(&line));
    QCOMPARE(reader.bytesRead(), data.size());
}

// What a reader yields, one line per record, to compare two readings of the same file.
QStringList describeRecords(RecordReader *reader)
{
    QStringList out;
    SourceRecord record;
    while (reader->next(&record)) {
        out.append(QStringLiteral("%1 %2%3%4%5 %6 [%7]")
                       .arg(record.number)
                       .arg(record.blank ? u'b' : u'-')
                       .arg(record.validUtf8 ? u'u' : u'-')
                       .arg(record.truncated ? u't' : u'-')
                       .arg(record.incomplete ? u'i' : u'-')
                       .arg(QString::fromLatin1(record.text.toHex()), record.fields.join(u'|')));
    }
    out.append(QStringLiteral("read %1").arg(reader->bytesRead()));
    return out;
}

void TestImportFormats::readersDoNotDependOnTheReadSize_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("data");
    const QByteArray longLine = "{\"x\":\"" + QByteArray(40, 'y') + "\"}";
    QTest::newRow("jsonl") << QStringLiteral("lines")
                           << QByteArray("\xEF\xBB\xBF{\"a\":1}\r\n\r\n  \t\n") + longLine +
                                  "\r\ncaf\xe9\n{\"last\":\"no line end\"}";
    QTest::newRow("json list") << QStringLiteral("array")
                               << QByteArray("\xEF\xBB\xBF [\n {\"a\": \"],[\\\"{\"},\r\n\t") +
                                      longLine + ", 12, \"x\\ny\" ,\n{\"cut\": [1, 2";
    QTest::newRow("csv") << QStringLiteral("csv")
                         << QByteArray("prompt,answer\r\n\"a, b\",\"two\nlines\"\n\"\"\"q\"\"\",") +
                                longLine + "\n\"open";
}

// Lines, elements and quoted CSV rows that cross the reader's reads come out the same as when
// the whole file arrives in one read: the product reads 1 MiB at a time, so a dataset's lines
// cross reads all the time.
void TestImportFormats::readersDoNotDependOnTheReadSize()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, data);
    const auto read = [&](qint64 chunkBytes) {
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        const qint64 limit = 30; // below longLine, so the cutting code crosses reads too
        if (kind == QLatin1String("lines")) {
            LineReader reader(&buffer, limit, chunkBytes);
            return describeRecords(&reader);
        }
        if (kind == QLatin1String("array")) {
            JsonArrayReader reader(&buffer, limit, chunkBytes);
            return describeRecords(&reader);
        }
        CsvReader reader(&buffer, ',', chunkBytes);
        return describeRecords(&reader);
    };
    const QStringList whole = read(LineReader::DefaultChunkBytes);
    QVERIFY2(whole.size() >= 4, qPrintable(whole.join(u'\n')));
    for (qint64 chunkBytes : {1, 2, 3, 7, 64}) {
        const QStringList pieces = read(chunkBytes);
        QVERIFY2(pieces == whole, qPrintable(QStringLiteral("reads of %1 bytes:\n%2\n-- whole:\n%3")
                                                 .arg(chunkBytes)
                                                 .arg(pieces.join(u'\n'), whole.join(u'\n'))));
    }
}

void TestImportFormats::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("plain text, long enough for the fast path") << true;
    QTest::newRow("portuguese") << QByteArray("ação, coração, pão") << true;
    QTest::newRow("emoji zwj") << QByteArray("👩‍💻 👍🏽 🇧🇷") << true;
    QTest::newRow("latin1 byte") << QByteArray("caf\xe9") << false;
    QTest::newRow("cut sequence") << QByteArray("\xc3") << false;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("beyond unicode") << QByteArray("\xf4\x90\x80\x80") << false;
}

void TestImportFormats::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(LineReader::isValidUtf8(bytes.constData(), bytes.size()), valid);
}

void TestImportFormats::searchTextIsLowerCaseUtf8()
{
    QByteArray out;
    ExampleDigest::appendLowerUtf8(QStringLiteral("AÇÃO Über 👩‍💻 ΣΑ"), &out);
    QCOMPARE(QString::fromUtf8(out), QStringLiteral("ação über 👩‍💻 σα"));
}

// The file's own mark goes; a U+FEFF that starts a later row is the user's text and stays in
// its first field, as it does inside a JSONL line.
void TestImportFormats::csvRowKeepsAByteOrderMarkInItsText()
{
    QByteArray data = "\xEF\xBB\xBFprompt,answer\n\xEF\xBB\xBFhi,there\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, ',');
    SourceRecord record;
    QVERIFY(reader.next(&record));
    QCOMPARE(record.fields, QStringList({QStringLiteral("prompt"), QStringLiteral("answer")}));
    QVERIFY(reader.next(&record));
    QCOMPARE(record.fields, QStringList({QStringLiteral("\uFEFFhi"), QStringLiteral("there")}));
    QVERIFY(!reader.next(&record));
}

void TestImportFormats::csvColumnsNeverShareARole_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<int>("prompt");
    QTest::addColumn<int>("answer");
    QTest::addColumn<int>("system");
    const auto row = [](const char *name, const QString &header, int prompt, int answer,
                        int system) {
        QTest::newRow(name) << header.split(u',') << prompt << answer << system;
    };
    row("both named", QStringLiteral("question,answer"), 0, 1, -1);
    row("answer first", QStringLiteral("answer,question"), 1, 0, -1);
    row("prompt second", QStringLiteral("notes,prompt"), 1, 0, -1);
    row("unnamed", QStringLiteral("a,b"), 0, 1, -1);
    // Found by fuzzing (tests/fuzz/regressions/csvreader): only the answer is named, and the
    // prompt used to default to the same column.
    row("only the answer, first", QStringLiteral("answer,notes"), 1, 0, -1);
    row("only the answer, second", QStringLiteral("notes,answer"), 0, 1, -1);
    row("prompt and system", QStringLiteral("prompt,system,reply text"), 0, 2, 1);
    row("system and answer", QStringLiteral("system,answer"), 2, 1, 0);
}

void TestImportFormats::csvColumnsNeverShareARole()
{
    QFETCH(QStringList, header);
    QFETCH(int, prompt);
    QFETCH(int, answer);
    QFETCH(int, system);
    const CsvMapping mapping = CsvMapping::guess(header);
    QCOMPARE(mapping.promptColumn, prompt);
    QCOMPARE(mapping.answerColumn, answer);
    QCOMPARE(mapping.systemColumn, system);
}

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_importformats.moc"

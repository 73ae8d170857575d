// `ajuste import` and `ajuste export` on the command line: summaries, FILE:LINE: reason lines,
// and exit statuses 0 (all imported), 1 (some rejected), 2 (nothing could be read or written).
#include "cli/commandline.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

int countJsonLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    int count = 0;
    while (!file.atEnd()) {
        if (QJsonDocument::fromJson(file.readLine()).isObject())
            ++count;
    }
    return count;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

} // namespace

class TestDatasetCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandLineExitStatuses();
    void helpNamesTheCommandAsTyped();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestDatasetCli::commandLineExitStatuses()
{
    auto commandLine = CommandLine::withBuiltinCommands();
    const auto run = [&](const QStringList &arguments, QString *output = nullptr) {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int status =
            commandLine->run(QStringList{QStringLiteral("ajuste")} + arguments, out, err);
        out.flush();
        err.flush();
        if (output)
            *output = outText + errText;
        return status;
    };
    const QString workspace = path(QStringLiteral("cli/new.ajuste"));
    writeFile(path(QStringLiteral("good.jsonl")),
              "{\"messages\":[{\"role\":\"user\",\"content\":\"a\"},{\"role\":\"assistant\","
              "\"content\":\"b\"}]}\n");
    writeFile(path(QStringLiteral("mixed.jsonl")),
              "{\"messages\":[{\"role\":\"user\",\"content\":\"a\"}]}\n{\"messages\": [\n");
    QString output;
    QCOMPARE(run({QStringLiteral("import"), path(QStringLiteral("good.jsonl")),
                  QStringLiteral("--workspace"), workspace},
                 &output),
             0);
    QVERIFY(output.contains(QStringLiteral("imported: 1, rejected: 0, blank: 0")));
    QCOMPARE(run({QStringLiteral("import"), path(QStringLiteral("mixed.jsonl")),
                  QStringLiteral("--workspace"), workspace, QStringLiteral("--dataset"),
                  QStringLiteral("good")},
                 &output),
             1);
    QVERIFY2(output.contains(path(QStringLiteral("mixed.jsonl")) +
                             QStringLiteral(":2: the text ends before")),
             qPrintable(output));
    QCOMPARE(run({QStringLiteral("import"), path(QStringLiteral("missing.jsonl")),
                  QStringLiteral("--workspace"), workspace}),
             2);
    QCOMPARE(run({QStringLiteral("import"), path(QStringLiteral("good.jsonl")),
                  QStringLiteral("--workspace"), workspace, QStringLiteral("--format"),
                  QStringLiteral("yaml")}),
             2);
    // A file that is not a workspace is refused and left as it was.
    const QByteArray notes = "my notes, not a workspace\n";
    writeFile(path(QStringLiteral("notes.ajuste")), notes);
    QCOMPARE(run({QStringLiteral("import"), path(QStringLiteral("good.jsonl")),
                  QStringLiteral("--workspace"), path(QStringLiteral("notes.ajuste"))},
                 &output),
             2);
    QVERIFY(output.contains(QStringLiteral("not an Ajuste workspace")));
    QFile notesFile(path(QStringLiteral("notes.ajuste")));
    QVERIFY(notesFile.open(QIODevice::ReadOnly));
    QCOMPARE(notesFile.readAll(), notes);

    const QString out = path(QStringLiteral("cli/out.jsonl"));
    QCOMPARE(
        run({QStringLiteral("export"), QStringLiteral("--workspace"), workspace,
             QStringLiteral("--dataset"), QStringLiteral("good"), QStringLiteral("--out"), out}),
        0);
    QCOMPARE(countJsonLines(out), 2);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--workspace"), workspace,
                  QStringLiteral("--dataset"), QStringLiteral("good"), QStringLiteral("--out"), out,
                  QStringLiteral("--split"), QStringLiteral("validation")}),
             0);
    QCOMPARE(countJsonLines(out), 0);
    QCOMPARE(
        run({QStringLiteral("export"), QStringLiteral("--workspace"), workspace,
             QStringLiteral("--dataset"), QStringLiteral("nope"), QStringLiteral("--out"), out},
            &output),
        2);
    QVERIFY(output.contains(QStringLiteral("good")));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--workspace"),
                  path(QStringLiteral("none.ajuste")), QStringLiteral("--dataset"),
                  QStringLiteral("good"), QStringLiteral("--out"), out}),
             2);
}

void TestDatasetCli::helpNamesTheCommandAsTyped()
{
    auto commandLine = CommandLine::withBuiltinCommands();
    const QStringList names = commandLine->commandNames();
    QVERIFY(names.contains(QStringLiteral("import")));
    for (const QString &name : names) {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        QCOMPARE(commandLine->run({QStringLiteral("ajuste"), name, QStringLiteral("--help")}, out,
                                  err),
                 0);
        out.flush();
        const QString expected = QStringLiteral("Usage: ajuste %1 [options]").arg(name);
        QVERIFY2(outText.startsWith(expected), qPrintable(name + QLatin1String(": ") + outText));
        // A mistyped option gets the same help after the problem.
        QTextStream badOut(&outText), badErr(&errText);
        errText.clear();
        QCOMPARE(commandLine->run({QStringLiteral("ajuste"), name, QStringLiteral("--no-such")},
                                  badOut, badErr),
                 2);
        badErr.flush();
        QVERIFY2(errText.contains(QLatin1Char('\n') + expected), qPrintable(errText));
    }
}

QTEST_GUILESS_MAIN(TestDatasetCli)
#include "tst_datasetcli.moc"

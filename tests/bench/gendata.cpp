// ajuste-gendata --examples N --seed S --out FILE: writes a deterministic, realistic chat
// dataset for benchmarks (see DatasetGenerator).
#include "datasetgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a deterministic chat dataset (JSONL)."));
    parser.addHelpOption();
    const QCommandLineOption examples(QStringLiteral("examples"),
                                      QStringLiteral("How many examples."), QStringLiteral("N"),
                                      QStringLiteral("100000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("File to write."),
                                 QStringLiteral("FILE"));
    parser.addOptions({examples, seed, out});
    parser.process(app);
    QTextStream err(stderr);
    if (!parser.isSet(out)) {
        err << "--out FILE is required\n";
        return 2;
    }
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly)) {
        err << file.errorString() << '\n';
        return 2;
    }
    DatasetGenerator generator(parser.value(seed).toULongLong());
    const qint64 bytes = generator.write(&file, parser.value(examples).toLongLong());
    if (bytes < 0 || !file.commit()) {
        err << file.errorString() << '\n';
        return 2;
    }
    QTextStream(stdout) << bytes << " bytes\n";
    return 0;
}

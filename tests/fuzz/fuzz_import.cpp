// A whole import as the window and `ajuste import` run it, from a file: format detection
// (JSONL, JSON list, CSV/TSV), every format's conversion (chat, preference, Alpaca and seed
// tasks, CSV columns), rejections and the summary, which always adds up.
#include "core/dataset/importparser.h"
#include "fuzzsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

AJUSTE_FUZZ_TARGET(import)
{
    if (size < 2)
        return 0;
    Fuzz::ensureApplication();
    static QTemporaryDir folder;
    static const char *const suffixes[] = {"jsonl", "json", "csv", "tsv", "txt"};
    static const DatasetFormat::Format formats[] = {
        DatasetFormat::Auto,       DatasetFormat::Auto,   DatasetFormat::Chat,
        DatasetFormat::Preference, DatasetFormat::Alpaca, DatasetFormat::Csv};
    const QString path =
        folder.filePath(QStringLiteral("input.") + QLatin1String(suffixes[data[0] % 5]));
    {
        QFile file(path);
        Fuzz::check(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "temporary file");
        file.write(reinterpret_cast<const char *>(data + 2), qint64(size - 2));
    }
    ImportOptions options;
    options.format = formats[data[1] % 6];
    options.guessCsvMapping = (data[1] & 0x80) == 0;
    ImportParser parser(path, options);
    if (!parser.open())
        return 0;
    ImportBatch batch;
    qint64 examples = 0;
    int batches = 0;
    for (bool more = true; more; ++batches) {
        batch.clear();
        more = parser.readBatch(&batch, 7);
        examples += batch.examples.size();
        for (const ParsedExample &example : std::as_const(batch.examples)) {
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(example.json, &error);
            Fuzz::check(error.error == QJsonParseError::NoError && document.isObject(),
                        "an imported example is not a JSON object", example.json);
        }
        Fuzz::check(batches <= int(size) + 2, "the import never ends");
    }
    const ImportSummary &summary = parser.summary();
    Fuzz::check(summary.addsUp(), "the summary does not add up");
    Fuzz::check(summary.examples == examples, "examples counted differ from examples made");
    Fuzz::check(parser.bytesRead() <= qint64(size - 2), "read past the end");
    return 0;
}

#pragma once

#include "csvmapping.h"
#include "datasetformat.h"
#include "importsummary.h"
#include "parsedexample.h"
#include "recordconverter.h"
#include "recordreader.h"

#include <QCoreApplication>
#include <QFile>
#include <memory>

struct ImportOptions
{
    DatasetFormat::Format format = DatasetFormat::Auto;
    CsvMapping csv;              // for tables; see guessCsvMapping
    bool guessCsvMapping = true; // pick columns from the header names (the command line does)
};

// What one call of ImportParser::readBatch produced.
struct ImportBatch
{
    QList<ParsedExample> examples;
    QList<ImportRejection> rejections;

    bool isEmpty() const { return examples.isEmpty() && rejections.isEmpty(); }
    void clear()
    {
        examples.clear();
        rejections.clear();
    }
};

// Reads one input file entry by entry (streaming: memory stays bounded whatever the file
// size) and converts the entries to examples in batches. Knows nothing of the workspace.
class ImportParser
{
    Q_DECLARE_TR_FUNCTIONS(ImportParser)

public:
    ImportParser(const QString &fileName, const ImportOptions &options);
    ~ImportParser();

    // Opens the file and picks the reader and format. False (with a sentence for the user in
    // summary().error) when the file cannot be read at all.
    bool open();
    // Reads entries until the batch holds maxExamples examples or entries, or about 32 MB,
    // or the file ends. Returns false once the whole file has been read (the batch may still
    // hold the last entries).
    bool readBatch(ImportBatch *batch, int maxExamples);

    qint64 bytesRead() const;
    qint64 totalBytes() const { return m_totalBytes; }
    const ImportSummary &summary() const { return m_summary; }
    DatasetFormat::Format format() const { return m_converter.format(); }
    QString fileName() const { return m_fileName; }

private:
    bool openCsv(const QByteArray &head);

    QString m_fileName;
    ImportOptions m_options;
    QFile m_file;
    std::unique_ptr<RecordReader> m_reader;
    RecordConverter m_converter;
    ImportSummary m_summary;
    qint64 m_totalBytes = 0;
    bool m_done = false;
};

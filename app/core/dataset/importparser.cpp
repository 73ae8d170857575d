#include "importparser.h"

#include "csvreader.h"
#include "jsonarrayreader.h"
#include "linereader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

constexpr qint64 HeadBytes = 64 * 1024;
constexpr qint64 MaxBatchBytes = 32 * 1024 * 1024;
constexpr qsizetype SummaryRawBytes = 64 * 1024;

// A file starting with "[" is one JSON list, unless its first line is a whole JSON value
// followed by more lines: then it is JSONL whose first line happens to be a list (and will be
// rejected as such, rather than hiding the lines after it).
bool isJsonListFile(const QByteArray &head)
{
    if (!JsonArrayReader::looksLikeArray(head))
        return false;
    const qsizetype end = head.indexOf('\n');
    if (end < 0)
        return true;
    const bool moreLines = !head.mid(end + 1).trimmed().isEmpty();
    QJsonParseError error;
    QJsonDocument::fromJson(head.left(end), &error);
    return !(moreLines && error.error == QJsonParseError::NoError);
}

} // namespace

ImportParser::ImportParser(const QString &fileName, const ImportOptions &options)
    : m_fileName(fileName), m_options(options), m_file(fileName),
      m_converter(options.format, options.csv)
{
}

ImportParser::~ImportParser() = default;

bool ImportParser::open()
{
    const QString shown = QDir::toNativeSeparators(m_fileName);
    if (QFileInfo(m_fileName).isDir()) {
        m_summary.error = tr("“%1” is a folder, not a file. Choose a file to import.").arg(shown);
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_summary.error =
            m_file.exists()
                ? tr("Ajuste could not read “%1”: %2. Check that you may open "
                     "this file.")
                      .arg(shown, m_file.errorString())
                : tr("There is no file “%1”. Check the name and the folder.").arg(shown);
        return false;
    }
    m_totalBytes = m_file.size();
    const QByteArray head = m_file.peek(HeadBytes);
    DatasetFormat::Format format = m_options.format;
    if (format == DatasetFormat::Auto)
        format = DatasetFormat::fromFileName(m_fileName);
    if (format == DatasetFormat::Csv)
        return openCsv(head);
    if (isJsonListFile(head)) {
        m_reader = std::make_unique<JsonArrayReader>(&m_file);
        m_summary.unit = ImportSummary::Unit::Entries;
    } else {
        m_reader = std::make_unique<LineReader>(&m_file);
    }
    return true;
}

bool ImportParser::openCsv(const QByteArray &head)
{
    CsvMapping mapping = m_options.csv;
    if (mapping.delimiter == 0)
        mapping.delimiter = CsvReader::guessDelimiter(m_fileName, head.left(head.indexOf('\n')));
    auto reader = std::make_unique<CsvReader>(&m_file, mapping.delimiter);
    m_summary.unit = ImportSummary::Unit::Rows;
    if (m_options.guessCsvMapping || mapping.firstRowIsHeader) {
        SourceRecord header;
        while (reader->next(&header) && header.blank) {
        }
        if (m_options.guessCsvMapping) {
            const CsvMapping guessed = CsvMapping::guess(header.fields);
            mapping.promptColumn = guessed.promptColumn;
            mapping.answerColumn = guessed.answerColumn;
            if (mapping.systemColumn < 0)
                mapping.systemColumn = guessed.systemColumn;
            mapping.firstRowIsHeader = guessed.firstRowIsHeader;
        }
        if (!mapping.firstRowIsHeader) {
            // The first row was data: start again from the top.
            m_file.seek(0);
            reader = std::make_unique<CsvReader>(&m_file, mapping.delimiter);
        }
    }
    m_converter = RecordConverter(DatasetFormat::Csv, mapping);
    m_reader = std::move(reader);
    return true;
}

qint64 ImportParser::bytesRead() const
{
    return m_reader ? m_reader->bytesRead() : 0;
}

bool ImportParser::readBatch(ImportBatch *batch, int maxExamples)
{
    if (m_done || !m_reader)
        return false;
    SourceRecord record;
    // A batch also ends after so many entries or bytes, so that a file of rejected lines or
    // of huge examples never gathers in memory.
    qint64 batchBytes = 0;
    qsizetype entries = 0;
    while (batch->examples.size() < maxExamples && entries < maxExamples &&
           batchBytes < MaxBatchBytes) {
        if (!m_reader->next(&record)) {
            m_done = true;
            if (!m_reader->errorString().isEmpty() && m_summary.read == 0) {
                m_summary.error =
                    tr("Ajuste could not read “%1”: %2")
                        .arg(QDir::toNativeSeparators(m_fileName), m_reader->errorString());
            }
            break;
        }
        ++m_summary.read;
        ++entries;
        batchBytes += record.text.size();
        if (record.blank) {
            ++m_summary.blank;
            continue;
        }
        RecordConverter::Result result = m_converter.convert(record);
        if (result.reason.isEmpty()) {
            ++m_summary.imported;
            m_summary.examples += result.examples.size();
            batch->examples.append(std::move(result.examples));
        } else {
            ImportRejection rejection{m_fileName, record.number, result.reason, record.text};
            batch->rejections.append(rejection);
            // The summary keeps the start of the raw text for display; the batch, which goes
            // to the workspace, keeps all of it.
            rejection.raw.truncate(SummaryRawBytes);
            m_summary.reject(rejection);
        }
    }
    m_summary.bytesRead = bytesRead();
    m_summary.format = DatasetFormat::name(m_converter.format());
    return !m_done;
}

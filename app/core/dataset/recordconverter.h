#pragma once

#include "csvmapping.h"
#include "datasetformat.h"
#include "parsedexample.h"
#include "recordreader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

// Turns one entry of an input file into examples, or says in plain words why it cannot.
// JSON entries keep their exact text as the stored example (unknown fields survive);
// Alpaca and CSV entries become new chat examples.
class RecordConverter
{
    Q_DECLARE_TR_FUNCTIONS(RecordConverter)

public:
    struct Result
    {
        QList<ParsedExample> examples;
        QString reason; // set when the entry was rejected
    };

    // format Auto: the first entry that is a JSON object decides (by its keys).
    explicit RecordConverter(DatasetFormat::Format format, const CsvMapping &mapping = {});

    Result convert(const SourceRecord &record);
    DatasetFormat::Format format() const { return m_format; }

    // A plain-words reason for a JSON text that does not parse (or is not an object);
    // "" when it parses to an object (returned in object).
    static QString parseProblem(const QByteArray &text, QJsonObject *object);

private:
    Result fromChat(const SourceRecord &record, const QJsonObject &object);
    Result fromPreference(const SourceRecord &record, const QJsonObject &object);
    Result fromAlpaca(const SourceRecord &record, const QJsonObject &object);
    Result fromCsv(const SourceRecord &record);

    DatasetFormat::Format m_format;
    CsvMapping m_mapping;
};

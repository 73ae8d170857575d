#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The kinds of files Ajuste imports, and how "auto" picks one.
class DatasetFormat
{
    Q_DECLARE_TR_FUNCTIONS(DatasetFormat)

public:
    enum Format {
        Auto,       // decided from the file name and its first entry
        Chat,       // JSONL (or a JSON list) of {"messages": [...]}
        Preference, // JSONL of {"input", "preferred_output", "non_preferred_output"}
        Alpaca,     // {"instruction", "input", "output"} or seed tasks with "instances"
        Csv,        // CSV/TSV rows mapped to prompt, answer and optional system columns
    };

    static QString name(Format format); // "auto", "chat", ...
    static Format fromName(const QString &name, bool *ok = nullptr);
    static QStringList names();
    // A word for people: "chat examples", "instruction examples (Alpaca)"...
    static QString description(Format format);

    // The format a file's name and first bytes suggest; Auto when only its first example
    // can tell (JSONL and JSON lists: see formatOfObjectKeys).
    static Format fromFileName(const QString &fileName);
    // The format an example object's keys suggest; Auto when none fits.
    static Format fromObjectKeys(const QStringList &keys);
};

#pragma once

#include <QList>
#include <QString>

// Where the prompts of a batch comparison come from, as the setup page chose it.
struct BatchSource
{
    enum class Kind { Dataset, Selection, File };

    Kind kind = Kind::Dataset;
    qint64 datasetId = 0;
    QString split;            // Dataset: "validation", "train", or empty for all
    QList<qint64> exampleIds; // Selection
    QString path;             // File
    QString description;      // in words, for the session's name: "Support, validation"
};

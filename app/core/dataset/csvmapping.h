#pragma once

#include <QString>
#include <QStringList>

// Which columns of a table become which part of a chat example.
struct CsvMapping
{
    int promptColumn = 0;  // the user's message
    int answerColumn = 1;  // the assistant's answer
    int systemColumn = -1; // optional per-row system prompt; -1 for none
    QString systemPrompt;  // used for rows without a system column value
    bool firstRowIsHeader = true;
    char delimiter = 0; // 0: guess from the file name and first line

    // Picks columns by common header names (prompt/question/input/instruction,
    // answer/response/output/completion, system); falls back to the first two columns.
    static CsvMapping guess(const QStringList &header);
};

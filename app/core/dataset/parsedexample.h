#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// One example ready to be stored: its JSON text and the columns the views sort and filter
// on, computed once (on an import's parsing thread, or by the store after an edit).
struct ParsedExample
{
    qint64 line = 0; // 1-based line of the source file where the example starts; 0 if none
    QByteArray json; // the JSON object as UTF-8 text, one line
    QString summary; // first user message, one line
    int turns = 0;
    QByteArray searchText; // lower-cased text of every message, UTF-8
    qint64 contentHash = 0;

    // Computes the columns from the object. rawJson, when given, is kept as the stored text
    // (the line exactly as imported); otherwise the object is written compactly.
    static ParsedExample fromJson(const QJsonObject &example, const QByteArray &rawJson = {},
                                  qint64 line = 0);
};

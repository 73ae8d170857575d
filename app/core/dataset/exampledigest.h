#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// The columns the example list sorts and filters on, computed in one walk over an example's
// messages (an import computes them for every line, so this walk is kept lean: no JSON
// re-serialisation, no whole-text case conversion through QString).
struct ExampleDigest
{
    QString summary; // first user message on one line, cut to 300 characters
    int turns = 0;
    QByteArray searchText;  // lower-cased UTF-8 text of every message, tool call and answer
    qint64 contentHash = 0; // of roles, contents, names, tool calls and weights; tags aside

    static ExampleDigest of(const QJsonObject &example, int summaryLength = 300);

    // Appends text lower-cased as UTF-8 (ASCII fast path; other letters via QChar).
    static void appendLowerUtf8(QStringView text, QByteArray *out);
};

#pragma once

#include <QString>

// Turns a very long answer into text a plain view shows quickly: invisible characters that
// could disguise text become visible markers, and lines longer than a few thousand
// characters are broken (one huge line would have to be laid out whole at every change).
// Works piece by piece while an answer streams: state carries over between calls.
class PlainAnswerFormatter
{
public:
    static constexpr qsizetype kLongestLine = 2000;

    QString format(QStringView piece);
    void clear() { *this = PlainAnswerFormatter(); }

private:
    qsizetype m_column = 0;
    QChar m_pendingHighSurrogate;
};

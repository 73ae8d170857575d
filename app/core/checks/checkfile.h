#pragma once

#include "datasetchecker.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>

#include <memory>

// A JSONL training file held in memory for checking: the whole text (mapped from disk when
// the system allows) cut into lines without copying them. The dataset core's LineReader
// streams with bounded memory, which suits imports; the checks need every line at once to
// hand chunks to both cores, so this reads the file whole. Same rules as LineReader: a UTF-8
// byte-order mark at the start is skipped, LF and CRLF end lines, blank lines are not
// examples, line numbers are 1-based.
class CheckFile
{
    Q_DECLARE_TR_FUNCTIONS(CheckFile)

public:
    // False (and errorText) when the file cannot be read.
    bool open(const QString &path);
    QString errorText() const { return m_error; }

    // The examples, pointing into this object's memory: keep it alive while they are used.
    const QList<CheckInput> &inputs() const { return m_inputs; }

    // Cuts text into inputs (exposed for tests); text must outlive the inputs.
    static QList<CheckInput> split(QByteArrayView text);

private:
    std::unique_ptr<QFile> m_file;
    QByteArray m_text;
    QList<CheckInput> m_inputs;
    QString m_error;
};

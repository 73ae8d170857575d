#pragma once

#include <QDateTime>
#include <QString>

// A file stored at a provider (a training set, or a job's results).
struct RemoteFile
{
    QString id;
    QString filename;
    qint64 bytes = 0;
    QDateTime createdAt;
    QString purpose;
    QString status; // OpenAI's deprecated uploaded|processed|error, when present
};

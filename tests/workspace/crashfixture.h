#pragma once

// What the crash tests share: files of chat examples, hashes, counts and SQLite's own checks
// of a workspace, and the real processes they kill (QProcess::kill sends SIGKILL on Unix).

#include "core/workspace/datasetexporter.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QtTest>

namespace CrashFixture {

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The hash of a dataset's export, as `ajuste export` writes it (the file at outPath is removed
// again); empty when the export failed.
inline QByteArray exportHash(const QString &workspacePath, qint64 datasetId, const QString &outPath)
{
    DatasetExporter::Request request;
    request.datasetId = datasetId;
    request.outPath = outPath;
    const DatasetExporter::Result result = DatasetExporter::run(workspacePath, request);
    const QByteArray hash = result.ok ? sha256(outPath) : QByteArray();
    QFile::remove(outPath);
    return hash;
}

inline qint64 countOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

// SQLite's verdict on every page, index and constraint: "ok" when the database is whole.
inline QString check(const QSqlDatabase &db, const char *pragma = "integrity_check")
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))))
        return QStringLiteral("(%1 failed)").arg(QLatin1String(pragma));
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

inline QString quickCheck(const QSqlDatabase &db)
{
    return check(db, "quick_check");
}

inline QJsonObject chatExample(const QString &question, const QString &answer)
{
    return {{QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                    {QStringLiteral("content"), question}},
                        QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                    {QStringLiteral("content"), answer}}}}};
}

// n chat examples, one JSON line each, of seeded varying lengths.
inline void writeChatFile(const QString &path, int n, quint32 seed)
{
    QRandomGenerator random(seed);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < n; ++i) {
        const QString question = QStringLiteral("Question %1: ").arg(i) +
                                 QString(int(random.bounded(10, 200)), QLatin1Char('q'));
        const QString answer = QStringLiteral("Answer %1: ").arg(i) +
                               QString(int(random.bounded(10, 300)), QLatin1Char('a'));
        file.write(QJsonDocument(chatExample(question, answer)).toJson(QJsonDocument::Compact) +
                   '\n');
    }
}

// How many kills each loop makes: AJUSTE_CRASH_RUNS, 100 when unset (what CI runs).
inline int crashRuns()
{
    bool ok = false;
    const int runs = qEnvironmentVariableIntValue("AJUSTE_CRASH_RUNS", &ok);
    return ok && runs > 0 ? runs : 100;
}

// A process killed at a moment of its life: run() starts it and returns whether it ended
// by itself before killAfterMs; otherwise it was killed (SIGKILL) and reaped. Everything it
// printed before it died is kept.
class KilledProcess
{
public:
    bool run(const QString &program, const QStringList &arguments, int killAfterMs,
             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        m_process.setProcessEnvironment(environment);
        m_process.start(program, arguments);
        if (!m_process.waitForStarted(10000))
            return false;
        const bool ended = m_process.waitForFinished(killAfterMs);
        if (!ended) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
        m_out = m_process.readAllStandardOutput();
        m_err = m_process.readAllStandardError();
        return ended;
    }

    bool succeeded() const
    {
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    bool killed() const { return m_process.exitStatus() == QProcess::CrashExit; }
    QByteArray out() const { return m_out; }
    QByteArray err() const { return m_err; }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace CrashFixture

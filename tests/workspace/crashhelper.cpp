// Leaves a workspace the way a crash finds it: writes, prints "ready" and waits to be killed
// (QProcess::kill sends SIGKILL), so nothing runs after the writes — no checkpoint, no close.
// Used by tst_crashsafety.
//   crashhelper workspace PATH JSONL   Ajuste's own way: create, import JSONL as "Imported",
//                                      then add the dataset "After the checkpoint"
//   crashhelper stale PATH             as an older Ajuste left it: schema and data only in
//                                      the write-ahead log, the main file's header still empty
//   crashhelper interrupted PATH       a checkpoint cut short: the main file lacks its last
//                                      pages, which the write-ahead log still holds
//   crashhelper claim PATH ID          holds the lock of the staging dataset ID, as a running
//                                      import does (ImportStaging)
#include "core/workspace/datasetimporter.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/importstaging.h"
#include "core/workspace/workspace.h"
#include "core/workspace/workspaceschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>

namespace {

constexpr int RawDatasets = 300;

int fail(const QString &why)
{
    std::fprintf(stderr, "crashhelper: %s\n", qPrintable(why));
    return 2;
}

QJsonObject chat(int i)
{
    return {{QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                    {QStringLiteral("content"), QStringLiteral("late %1").arg(i)}},
                        QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                    {QStringLiteral("content"), QStringLiteral("ok %1").arg(i)}}}}};
}

bool writeTheAjusteWay(const QString &path, const QString &jsonl, QString *why)
{
    Workspace::Error error;
    // Leaked on purpose: the process is killed with the workspace open.
    Workspace *workspace =
        Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error).release();
    if (!workspace) {
        *why = error.message;
        return false;
    }
    auto store = new DatasetStore(workspace);
    DatasetImporter::Request request;
    request.files = {jsonl};
    request.newDatasetName = QStringLiteral("Imported");
    const DatasetImporter::Result result = DatasetImporter::run(path, request);
    if (!result.ok) {
        *why = result.error;
        return false;
    }
    // Written after the import's checkpoint: only the write-ahead log holds it.
    const qint64 late = store->createDataset(QStringLiteral("After the checkpoint"));
    for (int i = 0; i < 5; ++i)
        store->appendExample(late, chat(i));
    return late != 0;
}

bool exec(QSqlQuery &query, const QString &sql, QString *why)
{
    if (query.exec(sql))
        return true;
    *why = sql + QStringLiteral(": ") + query.lastError().text();
    return false;
}

// A WAL database that is never checkpointed: what an Ajuste without the checkpoints left.
bool writeRaw(const QString &path, QString *why)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(path);
    if (!db.open()) {
        *why = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("PRAGMA page_size=16384"), why) ||
        !exec(query, QStringLiteral("PRAGMA journal_mode=WAL"), why) ||
        !exec(query, QStringLiteral("PRAGMA wal_autocheckpoint=0"), why) ||
        !WorkspaceSchema::migrate(db, 0, why))
        return false;
    db.transaction();
    query.prepare(QStringLiteral("INSERT INTO datasets(name, description, created_at, updated_at) "
                                 "VALUES(?, ?, 1, 1)"));
    for (int i = 0; i < RawDatasets; ++i) {
        query.bindValue(0, QStringLiteral("Dataset %1").arg(i));
        query.bindValue(1, QString(2000, QLatin1Char('a' + i % 26)));
        if (!query.exec()) {
            *why = query.lastError().text();
            return false;
        }
    }
    return db.commit();
}

// Copies the log into the main file, then cuts the main file's second half off, as a
// checkpoint interrupted while it was writing pages would. The log still holds every page.
bool interruptCheckpoint(const QString &path, QString *why)
{
    QSqlQuery query(QSqlDatabase::database());
    if (!exec(query, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), why))
        return false;
    QFile file(path);
    const qint64 pageSize = 16384;
    const qint64 pages = file.size() / pageSize;
    if (pages < 4 || !file.resize(pages / 2 * pageSize)) {
        *why = QStringLiteral("could not cut the main file (%1 pages)").arg(pages);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3)
        return fail(
            QStringLiteral("usage: crashhelper workspace|stale|interrupted|claim PATH [JSONL|ID]"));
    const QString mode = arguments.at(1);
    const QString path = arguments.at(2);
    QString why;
    bool ok = false;
    ImportStaging staging(path);
    if (mode == QLatin1String("claim") && arguments.size() == 4)
        ok = staging.claim(arguments.at(3).toLongLong(), &why);
    else if (mode == QLatin1String("workspace") && arguments.size() == 4)
        ok = writeTheAjusteWay(path, arguments.at(3), &why);
    else if (mode == QLatin1String("stale"))
        ok = writeRaw(path, &why);
    else if (mode == QLatin1String("interrupted"))
        ok = writeRaw(path, &why) && interruptCheckpoint(path, &why);
    else
        why = QStringLiteral("unknown mode ") + mode;
    if (!ok)
        return fail(why);
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    std::getchar(); // blocks until killed (the test never writes to stdin)
    return 0;
}

#include "datasetexporter.h"

#include "core/dataset/examplejson.h"
#include "workspace.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

namespace {

constexpr qsizetype FlushBytes = 4 * 1024 * 1024;

// Only lines that mention the older preference names need parsing; the rest are copied.
QByteArray exportLine(const QByteArray &stored)
{
    if (!stored.contains("_completion\""))
        return stored;
    const QJsonObject object = QJsonDocument::fromJson(stored).object();
    if (!ExampleJson::needsExportUpgrade(object))
        return stored;
    return QJsonDocument(ExampleJson::forExport(object)).toJson(QJsonDocument::Compact);
}

// Writes all of data. When the disk fills up in the middle of a block, the write comes back
// short with no reason given; the next one fails with it ("No space left on device").
bool writeAll(QSaveFile &file, QByteArrayView data)
{
    while (!data.isEmpty()) {
        const qint64 written = file.write(data.data(), data.size());
        if (written <= 0)
            return false;
        data = data.sliced(written);
    }
    return true;
}

} // namespace

DatasetExporter::DatasetExporter(const QString &workspacePath, QObject *parent)
    : WorkspaceTask(workspacePath, parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

bool DatasetExporter::start(const Request &request)
{
    const QString path = workspacePath();
    return launch<Result>(m_watcher,
                          [path, request](const std::atomic_bool *cancelled, const Progress &progress) {
                              return run(path, request, cancelled, progress);
                          });
}

DatasetExporter::Result DatasetExporter::run(const QString &workspacePath, const Request &request,
                                             const std::atomic_bool *cancelled,
                                             const Progress &progress)
{
    Result result;
    result.outPath = request.outPath;
    const QString shown = QDir::toNativeSeparators(request.outPath);
    Workspace::WorkerConnection connection(workspacePath);
    if (!connection.isOpen()) {
        result.error = tr("Ajuste could not open the workspace to export from it. (%1)")
                           .arg(connection.errorText());
        return result;
    }
    QSqlQuery count(connection.database());
    QSqlQuery rows(connection.database());
    rows.setForwardOnly(true);
    const QString where = request.split.isEmpty() ? QStringLiteral("dataset_id = ?")
                                                  : QStringLiteral("dataset_id = ? AND split = ?");
    count.prepare(QStringLiteral("SELECT count(*) FROM examples WHERE ") + where);
    rows.prepare(QStringLiteral("SELECT CAST(json AS BLOB) FROM examples WHERE ") + where +
                 QStringLiteral(" ORDER BY position"));
    for (QSqlQuery *query : {&count, &rows}) {
        query->addBindValue(request.datasetId);
        if (!request.split.isEmpty())
            query->addBindValue(request.split);
    }
    const qint64 total = count.exec() && count.next() ? count.value(0).toLongLong() : 0;
    if (!rows.exec()) {
        result.error = tr("Ajuste could not read the examples from the workspace. (%1)")
                           .arg(rows.lastError().text());
        return result;
    }
    QSaveFile file(request.outPath);
    // Unbuffered: the blocks are big already, and a write that fails says why at once.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        result.error = tr("Ajuste could not write “%1”: %2. Choose a folder you may write to.")
                           .arg(shown, file.errorString());
        return result;
    }
    QByteArray buffer;
    buffer.reserve(FlushBytes + 64 * 1024);
    bool ok = true;
    while (ok && rows.next()) {
        if (cancelled && *cancelled) {
            file.cancelWriting();
            result.error = tr("The export was cancelled; no file was written.");
            return result;
        }
        buffer.append(exportLine(rows.value(0).toByteArray()));
        buffer.append('\n');
        ++result.examples;
        if (buffer.size() >= FlushBytes) {
            ok = writeAll(file, buffer);
            buffer.clear();
            if (progress)
                progress(result.examples, total);
        }
    }
    // The reason is read before cancelWriting() replaces it ("Writing canceled by
    // application").
    ok = ok && writeAll(file, buffer);
    QString reason = ok ? QString() : file.errorString();
    if (ok && !file.commit()) {
        ok = false;
        reason = file.errorString();
    }
    if (!ok) {
        file.cancelWriting();
        result.error = tr("Ajuste could not finish writing “%1”: %2. Check that the disk is not "
                          "full.")
                           .arg(shown, reason);
        return result;
    }
    if (progress)
        progress(result.examples, total);
    result.ok = true;
    return result;
}

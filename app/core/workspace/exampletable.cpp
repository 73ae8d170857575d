#include "exampletable.h"

#include <QDateTime>
#include <QSqlError>
#include <QVariant>

ExampleTable::ExampleTable(const QSqlDatabase &db) : m_db(db), m_example(db), m_search(db) {}

bool ExampleTable::prepare()
{
    m_now = QDateTime::currentMSecsSinceEpoch();
    // The texts arrive as UTF-8 bytes; CAST stores them as TEXT without a UTF-16 round trip.
    const bool ok =
        m_example.prepare(QStringLiteral(
            "INSERT INTO examples(id, dataset_id, position, split, status, tags, "
            "turns, content_hash, source_line, created_at, updated_at, summary, note, "
            "source_file, json) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "CAST(? AS TEXT))")) &&
        m_search.prepare(QStringLiteral("INSERT INTO example_search(id, dataset_id, text) "
                                        "VALUES(?, ?, CAST(? AS TEXT))"));
    if (!ok)
        m_error = m_example.lastError().text() + m_search.lastError().text();
    return ok;
}

bool ExampleTable::prepareForImport(const QString &sourceFile)
{
    if (!prepare())
        return false;
    m_imported = QSqlQuery(m_db);
    const bool ok = m_imported.prepare(
        QStringLiteral("INSERT INTO examples(dataset_id, position, turns, content_hash, "
                       "source_line, summary, source_file, created_at, updated_at, json) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, %1, %1, CAST(? AS TEXT))")
            .arg(m_now));
    if (!ok) {
        m_error = m_imported.lastError().text();
        return false;
    }
    m_imported.bindValue(6, sourceFile.isEmpty() ? QVariant() : QVariant(sourceFile));
    return true;
}

qint64 ExampleTable::insertImported(qint64 datasetId, qint64 position, const ParsedExample &example)
{
    m_imported.bindValue(0, datasetId);
    m_imported.bindValue(1, position);
    m_imported.bindValue(2, example.turns);
    m_imported.bindValue(3, example.contentHash);
    m_imported.bindValue(4, example.line > 0 ? QVariant(example.line) : QVariant());
    m_imported.bindValue(5, notNull(example.summary));
    m_imported.bindValue(7, example.json);
    if (!m_imported.exec()) {
        m_error = m_imported.lastError().text();
        return 0;
    }
    const qint64 id = m_imported.lastInsertId().toLongLong();
    m_search.bindValue(0, id);
    m_search.bindValue(1, datasetId);
    m_search.bindValue(2, example.searchText);
    if (!m_search.exec()) {
        m_error = m_search.lastError().text();
        return 0;
    }
    return id;
}

qint64 ExampleTable::insert(qint64 datasetId, qint64 position, const ParsedExample &example)
{
    static const Extra defaults;
    return insert(datasetId, position, example, defaults);
}

qint64 ExampleTable::insert(qint64 datasetId, qint64 position, const ParsedExample &example,
                            const Extra &extra)
{
    int i = 0;
    m_example.bindValue(i++, extra.id > 0 ? QVariant(extra.id) : QVariant());
    m_example.bindValue(i++, datasetId);
    m_example.bindValue(i++, position);
    m_example.bindValue(i++, extra.split);
    m_example.bindValue(i++, extra.status);
    m_example.bindValue(i++, notNull(extra.tags));
    m_example.bindValue(i++, example.turns);
    m_example.bindValue(i++, example.contentHash);
    m_example.bindValue(i++, example.line > 0 ? QVariant(example.line) : QVariant());
    m_example.bindValue(i++, m_now);
    m_example.bindValue(i++, m_now);
    m_example.bindValue(i++, notNull(example.summary));
    m_example.bindValue(i++, notNull(extra.note));
    m_example.bindValue(i++, extra.sourceFile.isEmpty() ? QVariant() : QVariant(extra.sourceFile));
    m_example.bindValue(i++, example.json);
    if (!m_example.exec()) {
        m_error = m_example.lastError().text();
        return 0;
    }
    const qint64 id = m_example.lastInsertId().toLongLong();
    m_search.bindValue(0, id);
    m_search.bindValue(1, datasetId);
    m_search.bindValue(2, example.searchText);
    if (!m_search.exec()) {
        m_error = m_search.lastError().text();
        return 0;
    }
    return id;
}

QStringList ExampleTable::normalizedTags(const QStringList &tags)
{
    QStringList result;
    for (QString tag : tags) {
        tag.replace(QLatin1Char(','), QLatin1Char(' '));
        tag = tag.simplified();
        if (!tag.isEmpty() && !result.contains(tag))
            result.append(tag);
    }
    return result;
}

QString ExampleTable::tagsColumn(const QStringList &tags)
{
    const QStringList clean = normalizedTags(tags);
    if (clean.isEmpty())
        return {};
    return QLatin1Char(',') + clean.join(QLatin1Char(',')) + QLatin1Char(',');
}

QStringList ExampleTable::tagsFromColumn(const QString &column)
{
    return column.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString ExampleTable::likeEscaped(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return escaped;
}

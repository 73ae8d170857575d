#pragma once

#include "core/dataset/parsedexample.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

// Writes rows of the examples table (and its search text) on one connection with prepared
// statements; shared by the store (GUI thread) and the importer (its worker). The caller
// owns the transaction.
class ExampleTable
{
public:
    struct Extra
    {
        qint64 id = 0; // 0: a new id
        QString split = QStringLiteral("train");
        QString status = QStringLiteral("unchecked");
        QString tags; // stored form, see tagsColumn()
        QString note;
        QString sourceFile;
    };

    explicit ExampleTable(const QSqlDatabase &db);

    bool prepare();
    // For imports: every row gets the default split, status, tags and note and this source
    // file; only the changing values are bound per row (Qt's binding is a good part of an
    // import's cost). Use insertImported() afterwards.
    bool prepareForImport(const QString &sourceFile);
    qint64 insertImported(qint64 datasetId, qint64 position, const ParsedExample &example);
    // Returns the new row id, 0 on failure (see errorText()).
    qint64 insert(qint64 datasetId, qint64 position, const ParsedExample &example,
                  const Extra &extra);
    qint64 insert(qint64 datasetId, qint64 position, const ParsedExample &example);
    QString errorText() const { return m_error; }

    // Tags are stored as ",tag1,tag2," so one LIKE '%,tag,%' finds a tag.
    static QString tagsColumn(const QStringList &tags);
    static QStringList tagsFromColumn(const QString &column);
    static QStringList normalizedTags(const QStringList &tags);
    // Escapes % _ and \ for LIKE ... ESCAPE '\'.
    static QString likeEscaped(const QString &text);
    // SQLite stores a null QString as NULL; NOT NULL text columns need "" instead.
    static QString notNull(const QString &text)
    {
        return text.isNull() ? QStringLiteral("") : text;
    }

private:
    QSqlDatabase m_db;
    QSqlQuery m_example;
    QSqlQuery m_search;
    QSqlQuery m_imported;
    QString m_error;
    qint64 m_now = 0;
};

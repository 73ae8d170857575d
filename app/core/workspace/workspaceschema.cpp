#include "workspaceschema.h"

#include "workspacefile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Version 1: everything a user makes. Examples keep the JSON line as imported (plus edits)
// so fields Ajuste does not understand survive export; the other columns are derived from
// it for the views to sort and filter without parsing JSON.
const char *const Version1[] = {
    R"(CREATE TABLE datasets(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'chat',
        description TEXT NOT NULL DEFAULT '',
        settings TEXT NOT NULL DEFAULT '{}',
        state TEXT NOT NULL DEFAULT 'ready',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL))",
    R"(CREATE UNIQUE INDEX datasets_name ON datasets(name))",
    // Small columns first and the JSON last: a list window or a filter on split/status/tags
    // then reads only the start of each record. position is dense (0..n-1) per dataset.
    // tags is ",tag1,tag2," so one LIKE finds a tag; duplicate_of names an earlier example
    // with the same messages (content_hash), set by "flag duplicates". content_hash has no
    // index on purpose: random-order index inserts cost an import more than the one sort
    // "flag duplicates" needs.
    R"(CREATE TABLE examples(
        id INTEGER PRIMARY KEY,
        dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        split TEXT NOT NULL DEFAULT 'train',
        status TEXT NOT NULL DEFAULT 'unchecked',
        tags TEXT NOT NULL DEFAULT '',
        turns INTEGER NOT NULL DEFAULT 0,
        total_tokens INTEGER,
        trained_tokens INTEGER,
        content_hash INTEGER,
        duplicate_of INTEGER,
        source_line INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        source_file TEXT,
        json TEXT NOT NULL))",
    R"(CREATE INDEX examples_dataset_position ON examples(dataset_id, position))",
    // The lower-cased text of every message, apart from the examples so the text filter
    // scans only text (a plain LIKE over this narrow table stays well under 100 ms for
    // 100,000 examples, measured; FTS5 would double the import time).
    R"(CREATE TABLE example_search(
        id INTEGER PRIMARY KEY REFERENCES examples(id) ON DELETE CASCADE,
        dataset_id INTEGER NOT NULL,
        text TEXT NOT NULL))",
    R"(CREATE TABLE import_rejections(
        id INTEGER PRIMARY KEY,
        dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
        source_file TEXT NOT NULL,
        line INTEGER NOT NULL,
        reason TEXT NOT NULL,
        raw TEXT NOT NULL,
        created_at INTEGER NOT NULL))",
    R"(CREATE INDEX import_rejections_dataset ON import_rejections(dataset_id))",
    R"(CREATE TABLE uploaded_files(
        id INTEGER PRIMARY KEY,
        profile_id TEXT NOT NULL,
        remote_id TEXT NOT NULL,
        dataset_id INTEGER REFERENCES datasets(id) ON DELETE SET NULL,
        split TEXT,
        filename TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        UNIQUE(profile_id, remote_id)))",
    R"(CREATE TABLE jobs(
        id INTEGER PRIMARY KEY,
        profile_id TEXT NOT NULL,
        remote_id TEXT NOT NULL,
        dataset_id INTEGER REFERENCES datasets(id) ON DELETE SET NULL,
        base_model TEXT NOT NULL,
        method TEXT NOT NULL DEFAULT 'supervised',
        status TEXT NOT NULL,
        fine_tuned_model TEXT,
        created_at INTEGER NOT NULL,
        finished_at INTEGER,
        estimated_cost_usd REAL,
        json TEXT NOT NULL DEFAULT '{}',
        UNIQUE(profile_id, remote_id)))",
    R"(CREATE TABLE job_events(
        id INTEGER PRIMARY KEY,
        job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        level TEXT NOT NULL,
        type TEXT NOT NULL,
        message TEXT NOT NULL,
        data TEXT,
        UNIQUE(job_id, remote_id)))",
    R"(CREATE TABLE metric_points(
        job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        step INTEGER NOT NULL,
        train_loss REAL,
        train_accuracy REAL,
        valid_loss REAL,
        valid_accuracy REAL,
        full_valid_loss REAL,
        full_valid_accuracy REAL,
        PRIMARY KEY(job_id, step)) WITHOUT ROWID)",
    R"(CREATE TABLE checkpoints(
        id INTEGER PRIMARY KEY,
        job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL,
        step INTEGER NOT NULL,
        model TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        metrics TEXT NOT NULL DEFAULT '{}',
        UNIQUE(job_id, remote_id)))",
    R"(CREATE TABLE playground_sessions(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        settings TEXT NOT NULL DEFAULT '{}',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL))",
    R"(CREATE TABLE comparisons(
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES playground_sessions(id) ON DELETE CASCADE,
        prompt TEXT NOT NULL,
        answers TEXT NOT NULL DEFAULT '[]',
        rating TEXT,
        created_at INTEGER NOT NULL))",
};

// Version 2: what the job and playground stores keep beyond version 1. Jobs get a column
// for every field of core/jobs' Job (the provider's own JSON stays in `json`, since a
// Together job cannot be read back as an OpenAI one), the event cursor and total steps that
// let a reopened workspace go on polling where it stopped, and the provider kind so a job
// still says where it ran after its profile is gone. Playground sessions keep their columns
// (model, settings, conversation) as JSON; comparisons name the two models they compared.
const char *const Version2[] = {
    "ALTER TABLE jobs ADD COLUMN provider_kind TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE jobs ADD COLUMN status_text TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE jobs ADD COLUMN estimated_finish INTEGER",
    "ALTER TABLE jobs ADD COLUMN trained_tokens INTEGER",
    "ALTER TABLE jobs ADD COLUMN training_file TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE jobs ADD COLUMN validation_file TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE jobs ADD COLUMN result_files TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE jobs ADD COLUMN error_code TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE jobs ADD COLUMN error_message TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE jobs ADD COLUMN error_param TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE jobs ADD COLUMN hyperparameters TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE jobs ADD COLUMN suffix TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE jobs ADD COLUMN seed INTEGER",
    "ALTER TABLE jobs ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE jobs ADD COLUMN event_cursor TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE jobs ADD COLUMN total_steps INTEGER",
    "ALTER TABLE jobs ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0",
    // Events are read per job in time order; the UNIQUE(job_id, remote_id) index is no help.
    "CREATE INDEX job_events_job_time ON job_events(job_id, created_at)",
    // metric_points is already keyed (job_id, step) WITHOUT ROWID: a run reads in step order
    // straight from its primary key.
    "ALTER TABLE metric_points ADD COLUMN total_steps INTEGER",
    "ALTER TABLE playground_sessions ADD COLUMN columns TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE comparisons ADD COLUMN model_a TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE comparisons ADD COLUMN model_b TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE comparisons ADD COLUMN blind INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX comparisons_session ON comparisons(session_id)",
};

struct Migration
{
    int toVersion;
    const char *const *statements;
    std::size_t count;
};

const Migration Migrations[] = {
    {1, Version1, std::size(Version1)},
    {2, Version2, std::size(Version2)},
};

bool exec(QSqlQuery &query, const QString &sql, QString *errorText)
{
    if (query.exec(sql))
        return true;
    if (errorText)
        *errorText = query.lastError().text() + QStringLiteral(" — ") + sql.simplified().left(120);
    return false;
}

} // namespace

int WorkspaceSchema::currentVersion()
{
    return std::end(Migrations)[-1].toVersion;
}

bool WorkspaceSchema::migrate(QSqlDatabase &db, int fromVersion, QString *errorText, int toVersion)
{
    for (const Migration &migration : Migrations) {
        if (migration.toVersion <= fromVersion ||
            (toVersion > 0 && migration.toVersion > toVersion))
            continue;
        if (!db.transaction()) {
            if (errorText)
                *errorText = db.lastError().text();
            return false;
        }
        QSqlQuery query(db);
        bool ok = true;
        for (std::size_t i = 0; ok && i < migration.count; ++i)
            ok = exec(query, QString::fromUtf8(migration.statements[i]), errorText);
        ok = ok
             && exec(query,
                     QStringLiteral("PRAGMA application_id = %1").arg(WorkspaceFile::ApplicationId),
                     errorText)
             && exec(query, QStringLiteral("PRAGMA user_version = %1").arg(migration.toVersion),
                     errorText);
        if (!ok || !db.commit()) {
            if (ok && errorText)
                *errorText = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}

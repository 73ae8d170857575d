#pragma once

#include "core/jobs/jobevent.h"
#include "core/jobs/jobstore.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QThreadPool>

// The history of one job as the provider told it, oldest at the top and the newest arriving
// at the bottom while the job runs. Follows the JobStore's eventsAdded. The text of chosen
// lines can be copied as the user sees them.
// A long run has a long log (one line a step: 100,000 and more), so lines are read from the
// store a page at a time as they are shown, and a poll's new lines cost a page, not the log.
class JobEventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, MessageColumn, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1 }; // JobEvent::Level as int

    explicit JobEventsModel(QObject *parent = nullptr);

    // Shows the events of one stored job (0: none).
    void setJob(JobStore *store, qint64 jobId);
    qint64 jobId() const { return m_jobId; }

    // The lines whose text contains text (ASCII letters in any case; empty: none is
    // searched), found by the store on a worker thread: a long log is never searched on the
    // GUI thread, once per key typed. The lines shown stay as they were until the answer
    // comes (searchFinished); an answer to an older search is dropped.
    void setSearch(const QString &text);
    bool isSearching() const { return m_searching; }
    // Whether a row is one of the lines the search last answered found (every row when the
    // search is empty).
    bool matches(int row) const;

    // "26/11/2026 14:05  Step 12/30: training loss=0.53" per row, one line each.
    QString linesText(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The lines matches() keeps changed: a search was answered or cleared.
    void searchFinished();

private:
    static constexpr int PageSize = 256;
    static constexpr int CachedPages = 512; // about 130,000 lines; past that, read again

    void onEventsAdded(qint64 jobId, int count);
    // Asks the store for the lines of m_search; what was shown is forgotten when the rows
    // moved (another job, a late line), kept while the user types.
    void askForMatches(bool rowsMoved);
    void onSearchAnswered();
    // The event at row (read with its page when not cached); nullptr outside the log.
    const JobEvent *eventAt(int row) const;
    // The id of the event fromEnd lines above the bottom, read from the store now.
    QString idFromEnd(int fromEnd) const;

    QPointer<JobStore> m_store;
    qint64 m_jobId = 0;
    int m_count = 0;
    QString m_lastId; // of the bottom line: new lines come after it unless one is late
    QString m_search;      // what the user asked for
    QString m_shownSearch; // what m_matches holds the lines of
    QList<int> m_matches;  // ascending rows, while m_shownSearch is set
    mutable QHash<int, QList<JobEvent>> m_pages;
    // Declared before the watcher, so it is destroyed after it, waiting for a running search.
    QThreadPool m_searchPool;
    QFutureWatcher<QList<int>> m_searchWatcher;
    JobStore::Skip m_skipSearch; // of the search asked last
    int m_searchedCount = 0;      // rows when the search was asked; the worker sees those
    bool m_searching = false;
};

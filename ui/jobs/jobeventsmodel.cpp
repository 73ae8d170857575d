#include "jobeventsmodel.h"

#include "core/jobs/jobstore.h"
#include "jobformat.h"

#include "ui/common/untrustedtext.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

#include <algorithm>

namespace {
// What SQLite's LIKE does: only ASCII letters match in either case.
QString asciiLower(const QString &text)
{
    QString lower = text;
    for (QChar &c : lower) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return lower;
}

bool containsIgnoringAsciiCase(const QString &text, const QString &part)
{
    return asciiLower(text).contains(asciiLower(part));
}
} // namespace

JobEventsModel::JobEventsModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_searchPool.setMaxThreadCount(1); // one search at a time; a newer one waits its turn
    connect(&m_searchWatcher, &QFutureWatcher<QList<int>>::finished, this,
            &JobEventsModel::onSearchAnswered);
}

void JobEventsModel::setJob(JobStore *store, qint64 jobId)
{
    beginResetModel();
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_jobId = store ? jobId : 0;
    m_pages.clear();
    m_count = m_jobId ? store->eventCount(jobId) : 0;
    m_lastId = idFromEnd(0);
    askForMatches(true);
    if (store)
        connect(store, &JobStore::eventsAdded, this, &JobEventsModel::onEventsAdded);
    endResetModel();
}

void JobEventsModel::setSearch(const QString &text)
{
    m_search = text;
    askForMatches(false);
}

void JobEventsModel::askForMatches(bool rowsMoved)
{
    if (rowsMoved) {
        m_shownSearch = m_search; // none shown until the answer, rather than lines that moved
        m_matches.clear();
    }
    if (m_skipSearch)
        *m_skipSearch = true; // typed on: the search for the text before needs no answer
    if (m_search.isEmpty() || !m_store || !m_jobId) {
        m_searching = false;
        m_searchWatcher.setFuture(QFuture<QList<int>>()); // an older answer is not wanted
        const bool changed = !m_shownSearch.isEmpty();
        m_shownSearch.clear();
        m_matches.clear();
        if (changed && !rowsMoved)
            Q_EMIT searchFinished();
        return;
    }
    m_searching = true;
    m_searchedCount = m_count;
    m_skipSearch = std::make_shared<std::atomic_bool>(false);
    m_searchWatcher.setFuture(
        m_store->eventPositionsContainingAsync(m_jobId, m_search, &m_searchPool, m_skipSearch));
}

void JobEventsModel::onSearchAnswered()
{
    if (!m_searching || m_searchWatcher.isCanceled() || m_searchWatcher.future().resultCount() == 0)
        return;
    m_searching = false;
    QList<int> matches = m_searchWatcher.result();
    // The worker read the log as committed when it started: the lines that came after the
    // search was asked are matched here, as the store matches.
    matches.erase(std::lower_bound(matches.begin(), matches.end(), m_searchedCount), matches.end());
    for (int row = m_searchedCount; row < m_count; ++row) {
        const JobEvent *event = eventAt(row);
        if (event && containsIgnoringAsciiCase(event->message, m_search))
            matches.append(row);
    }
    m_matches = std::move(matches);
    m_shownSearch = m_search;
    Q_EMIT searchFinished();
}

bool JobEventsModel::matches(int row) const
{
    return m_shownSearch.isEmpty() || std::binary_search(m_matches.cbegin(), m_matches.cend(), row);
}

const JobEvent *JobEventsModel::eventAt(int row) const
{
    if (row < 0 || row >= m_count || !m_store)
        return nullptr;
    const int page = row / PageSize;
    auto found = m_pages.constFind(page);
    if (found == m_pages.constEnd()) {
        if (m_pages.size() >= CachedPages)
            m_pages.clear();
        found = m_pages.insert(page, m_store->events(m_jobId, page * PageSize, PageSize));
    }
    const int offset = row % PageSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

QString JobEventsModel::idFromEnd(int fromEnd) const
{
    return m_store && m_jobId ? m_store->eventIdFromEnd(m_jobId, fromEnd) : QString();
}

void JobEventsModel::onEventsAdded(qint64 jobId, int count)
{
    if (jobId != m_jobId || !m_store || count <= 0)
        return;
    // New events normally come after the ones shown: add them at the bottom, which the line
    // that was last still is. An event older than those shown (a provider's late report)
    // puts it in its place with a reset.
    // Read from the end: a poll costs its own lines, however long the log.
    const bool appended = m_count == 0 || idFromEnd(count) == m_lastId;
    if (!appended) {
        beginResetModel();
        m_pages.clear();
        m_count = m_store->eventCount(m_jobId);
        m_lastId = idFromEnd(0);
        askForMatches(true);
        endResetModel();
        return;
    }
    // The last page may have been read short: it is read again with the new lines.
    m_pages.remove((m_count - 1) / PageSize);
    beginInsertRows({}, m_count, m_count + count - 1);
    const int first = m_count;
    m_count += count;
    m_lastId = idFromEnd(0);
    // While a search is shown, the new lines are matched here, as the store matches: by their
    // text, the case of ASCII letters aside.
    for (int row = first; !m_shownSearch.isEmpty() && row < m_count; ++row) {
        const JobEvent *event = eventAt(row);
        if (event && containsIgnoringAsciiCase(event->message, m_shownSearch))
            m_matches.append(row);
    }
    endInsertRows();
}

QString JobEventsModel::linesText(const QList<int> &rows) const
{
    QStringList lines;
    for (int row : rows) {
        if (const JobEvent *event = eventAt(row))
            lines.append(JobFormat::dateTime(event->createdAt) + QStringLiteral("  ") + event->message);
    }
    return lines.join(QLatin1Char('\n'));
}

int JobEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int JobEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobEvent *found = eventAt(index.row());
    if (!found)
        return {};
    const JobEvent &event = *found;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TimeColumn ? JobFormat::dateTime(event.createdAt)
                                            : UntrustedText::shown(event.message);
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn) {
            // The provider's words: shown as text, whatever they hold.
            if (event.level == JobEvent::Level::Error)
                return UntrustedText::toolTip(tr("Error: %1").arg(event.message));
            if (event.level == JobEvent::Level::Warning)
                return UntrustedText::toolTip(tr("Warning: %1").arg(event.message));
            return UntrustedText::toolTip(event.message);
        }
        return JobFormat::dateTime(event.createdAt);
    case Qt::DecorationRole:
        if (index.column() != MessageColumn || event.level == JobEvent::Level::Info)
            return {};
        return QApplication::style()->standardIcon(event.level == JobEvent::Level::Error
                                                       ? QStyle::SP_MessageBoxCritical
                                                       : QStyle::SP_MessageBoxWarning);
    case LevelRole:
        return int(event.level);
    default:
        return {};
    }
}

QVariant JobEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TimeColumn ? tr("Time") : tr("What happened");
}

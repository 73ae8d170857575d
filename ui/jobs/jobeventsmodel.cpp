#include "jobeventsmodel.h"

#include "core/jobs/jobstore.h"
#include "jobformat.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

JobEventsModel::JobEventsModel(QObject *parent) : QAbstractTableModel(parent) {}

void JobEventsModel::setJob(JobStore *store, qint64 jobId)
{
    beginResetModel();
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_jobId = store ? jobId : 0;
    m_events = m_jobId ? store->events(jobId) : QList<JobEvent>();
    if (store)
        connect(store, &JobStore::eventsAdded, this, &JobEventsModel::onEventsAdded);
    endResetModel();
}

void JobEventsModel::onEventsAdded(qint64 jobId)
{
    if (jobId != m_jobId || !m_store)
        return;
    const QList<JobEvent> events = m_store->events(jobId);
    // New events normally come after the ones shown: add them at the bottom. An event older
    // than those shown (a provider's late report) puts it in its place with a reset.
    bool appended = events.size() >= m_events.size();
    for (qsizetype i = 0; appended && i < m_events.size(); ++i)
        appended = events.at(i).id == m_events.at(i).id;
    if (!appended) {
        beginResetModel();
        m_events = events;
        endResetModel();
        return;
    }
    if (events.size() == m_events.size())
        return;
    beginInsertRows({}, int(m_events.size()), int(events.size()) - 1);
    m_events = events;
    endInsertRows();
}

QString JobEventsModel::linesText(const QList<int> &rows) const
{
    QStringList lines;
    for (int row : rows) {
        if (row < 0 || row >= m_events.size())
            continue;
        const JobEvent &event = m_events.at(row);
        lines.append(JobFormat::dateTime(event.createdAt) + QStringLiteral("  ") + event.message);
    }
    return lines.join(QLatin1Char('\n'));
}

int JobEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int JobEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TimeColumn ? JobFormat::dateTime(event.createdAt) : event.message;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn) {
            if (event.level == JobEvent::Level::Error)
                return tr("Error: %1").arg(event.message);
            if (event.level == JobEvent::Level::Warning)
                return tr("Warning: %1").arg(event.message);
            return event.message;
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

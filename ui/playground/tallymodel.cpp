#include "tallymodel.h"

#include "core/playground/playgroundstore.h"

TallyModel::TallyModel(QObject *parent) : QAbstractTableModel(parent) {}

void TallyModel::setStore(PlaygroundStore *store, qint64 sessionId)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_sessionId = sessionId;
    if (m_store) {
        connect(m_store, &PlaygroundStore::comparisonAdded, this, &TallyModel::reload);
        connect(m_store, &PlaygroundStore::comparisonChanged, this, &TallyModel::reload);
        connect(m_store, &PlaygroundStore::comparisonRemoved, this, &TallyModel::reload);
        connect(m_store, &PlaygroundStore::sessionRemoved, this, &TallyModel::reload);
    }
    reload();
}

void TallyModel::setSessionId(qint64 sessionId)
{
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    reload();
}

void TallyModel::reload()
{
    beginResetModel();
    m_tallies = m_store ? m_store->tallies(m_sessionId) : QList<ComparisonTally>();
    endResetModel();
}

QString TallyModel::headline(const ComparisonTally &tally)
{
    const QString model = tally.preferB > tally.preferA ? tally.modelB : tally.modelA;
    return tally.summary(model);
}

int TallyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tallies.size());
}

int TallyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TallyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ComparisonTally &tally = m_tallies.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == VerdictColumn) {
        return tr("%1: preferred %2 times. %3: preferred %4 times.")
            .arg(tally.modelA)
            .arg(tally.preferA)
            .arg(tally.modelB)
            .arg(tally.preferB);
    }
    if (role == Qt::TextAlignmentRole && index.column() >= TiesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PairColumn:
        return tr("%1\nand %2").arg(tally.modelA, tally.modelB); // model names are long
    case VerdictColumn:
        return headline(tally);
    case TiesColumn:
        return tally.ties;
    case BothBadColumn:
        return tally.bothBad;
    case BlindColumn:
        return tr("%1 of %n", nullptr, tally.total()).arg(tally.blind);
    }
    return {};
}

QVariant TallyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PairColumn:
        return tr("Models");
    case VerdictColumn:
        return tr("Verdict");
    case TiesColumn:
        return tr("Ties");
    case BothBadColumn:
        return tr("Both bad");
    case BlindColumn:
        return tr("Judged blind");
    }
    return {};
}

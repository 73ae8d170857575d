#include "exampleselectionkeeper.h"

#include "examplelistmodel.h"

#include <QItemSelectionModel>
#include <QTableView>

ExampleSelectionKeeper::ExampleSelectionKeeper(QTableView *view, ExampleListModel *model,
                                               QObject *parent)
    : QObject(parent), m_view(view), m_model(model)
{
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            &ExampleSelectionKeeper::remember);
    connect(model, &QAbstractItemModel::modelReset, this, &ExampleSelectionKeeper::restore);
}

void ExampleSelectionKeeper::selectWhenShown(qint64 exampleId)
{
    m_wanted = exampleId;
}

void ExampleSelectionKeeper::selectFirstWhenShown()
{
    m_firstWanted = true;
}

void ExampleSelectionKeeper::remember()
{
    QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndex current = selection->currentIndex();
    m_current = current.isValid() ? m_model->exampleIdAt(current.row()) : 0;
    m_top = m_model->exampleIdAt(m_view->rowAt(0));
    m_selected.clear();
    const int rows = m_model->rowCount();
    const QItemSelection ranges = selection->selection();
    m_allSelected = rows > 0 && ranges.size() == 1 && ranges.first().top() == 0 &&
                    ranges.first().bottom() == rows - 1;
    if (m_allSelected)
        return;
    for (const QItemSelectionRange &range : ranges) {
        for (int row = range.top(); row <= range.bottom() && m_selected.size() < MaxKept; ++row)
            m_selected.append(m_model->exampleIdAt(row));
    }
}

void ExampleSelectionKeeper::restore()
{
    QItemSelectionModel *selection = m_view->selectionModel();
    const int rows = m_model->rowCount();
    const QList<int> found =
        m_model->rowsOf(QList<qint64>{m_wanted, m_current, m_top} + m_selected);
    const int wanted = found.at(0);
    const int current = found.at(1);
    const int top = found.at(2);
    QItemSelection kept;
    if (m_allSelected && rows > 0) {
        kept.select(m_model->index(0, 0), m_model->index(rows - 1, 0));
    } else {
        for (qsizetype i = 3; i < found.size(); ++i) {
            if (found.at(i) >= 0)
                kept.select(m_model->index(found.at(i), 0), m_model->index(found.at(i), 0));
        }
    }
    if (!kept.isEmpty())
        selection->select(kept, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (top >= 0)
        m_view->scrollTo(m_model->index(top, 0), QAbstractItemView::PositionAtTop);
    if (wanted >= 0) {
        m_wanted = 0;
        m_firstWanted = false;
        makeCurrent(wanted);
        m_view->scrollTo(m_model->index(wanted, 0));
    } else if (current >= 0) {
        selection->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
    } else if (m_firstWanted && rows > 0) {
        m_firstWanted = false;
        makeCurrent(0);
    }
}

void ExampleSelectionKeeper::makeCurrent(int row)
{
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

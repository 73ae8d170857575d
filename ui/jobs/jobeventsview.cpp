#include "jobeventsview.h"

#include "jobeventsfilter.h"
#include "jobeventsmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

JobEventsView::JobEventsView(QWidget *parent)
    : QWidget(parent), m_model(new JobEventsModel(this)), m_filter(new JobEventsFilter(m_model, this)),
      m_view(new QTableView), m_search(new QLineEdit), m_copy(new QPushButton(tr("Copy")))
{
    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("jobEvents"));
    m_view->setAccessibleName(tr("Events"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(JobEventsModel::TimeColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000 00:00 AM")) +
                              24);
    m_search->setObjectName(QStringLiteral("eventSearch"));
    m_search->setPlaceholderText(tr("Search the events"));
    m_search->setClearButtonEnabled(true);
    m_copy->setToolTip(tr("Copy the chosen lines (or all lines shown) to paste elsewhere"));

    auto copyAction = new QAction(tr("Copy"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &JobEventsView::copy);
    m_view->addAction(copyAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(m_copy);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &JobEventsFilter::search);
    connect(m_copy, &QPushButton::clicked, this, &JobEventsView::copy);
    // Follows new lines only when the user was looking at the end, so reading older lines is
    // never interrupted.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_atBottom = value >= m_view->verticalScrollBar()->maximum(); });
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_atBottom = bar->value() >= bar->maximum();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &JobEventsView::followBottom);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        m_atBottom = true;
        followBottom();
    });
}

void JobEventsView::setJob(JobStore *store, qint64 jobId)
{
    m_model->setJob(store, jobId);
}

void JobEventsView::followBottom()
{
    if (m_atBottom)
        QTimer::singleShot(0, m_view, &QTableView::scrollToBottom);
}

QString JobEventsView::selectedText() const
{
    QList<int> rows;
    const QModelIndexList chosen = m_view->selectionModel()->selectedRows();
    if (chosen.isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            rows.append(m_filter->mapToSource(m_filter->index(row, 0)).row());
    } else {
        for (const QModelIndex &index : chosen)
            rows.append(m_filter->mapToSource(index).row());
        std::sort(rows.begin(), rows.end());
    }
    return m_model->linesText(rows);
}

void JobEventsView::copy()
{
    QApplication::clipboard()->setText(selectedText());
}

#include "tallyview.h"

#include "tallymodel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QTreeView>

TallyView::TallyView(QWidget *parent)
    : QWidget(parent), m_model(new TallyModel(this)), m_view(new QTreeView),
      m_thisSession(new QRadioButton(tr("This session"))),
      m_allSessions(new QRadioButton(tr("All sessions"))),
      m_empty(new QLabel(tr("No verdicts yet. After a turn, pick the better answer under the "
                            "answers; every verdict is counted here per pair of models.")))
{
    setObjectName(QStringLiteral("tallyView"));
    m_view->setObjectName(QStringLiteral("tallyList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setWordWrap(true); // the sentence wraps beside the two model names
    m_view->setUniformRowHeights(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TallyModel::VerdictColumn, QHeaderView::Stretch);
    m_thisSession->setObjectName(QStringLiteral("tallyThisSession"));
    m_allSessions->setObjectName(QStringLiteral("tallyAllSessions"));
    m_empty->setObjectName(QStringLiteral("tallyEmpty"));
    m_empty->setWordWrap(true);
    auto scope = new QButtonGroup(this);
    scope->addButton(m_thisSession);
    scope->addButton(m_allSessions);
    m_thisSession->setChecked(true);

    auto title = new QLabel(tr("<b>Which model answered better</b>"));
    auto top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_thisSession);
    top->addWidget(m_allSessions);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_thisSession, &QRadioButton::toggled, this, &TallyView::applyScope);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TallyView::updateEmpty);
    updateEmpty();
}

void TallyView::setStore(PlaygroundStore *store, qint64 sessionId)
{
    m_sessionId = sessionId;
    m_model->setStore(store, showsAllSessions() ? 0 : sessionId);
    applyScope();
}

void TallyView::setSessionId(qint64 sessionId)
{
    m_sessionId = sessionId;
    applyScope();
}

bool TallyView::showsAllSessions() const
{
    return m_allSessions->isChecked() || m_sessionId == 0;
}

void TallyView::showAllSessions(bool all)
{
    (all ? m_allSessions : m_thisSession)->setChecked(true);
}

void TallyView::applyScope()
{
    m_thisSession->setEnabled(m_sessionId != 0);
    m_model->setSessionId(showsAllSessions() ? 0 : m_sessionId);
    updateEmpty();
}

void TallyView::updateEmpty()
{
    m_empty->setVisible(m_model->rowCount() == 0);
}

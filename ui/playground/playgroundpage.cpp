#include "playgroundpage.h"

#include "ui/common/emptystate.h"

#include <QPushButton>
#include <QVBoxLayout>

PlaygroundPage::PlaygroundPage(QWidget *parent)
    : Page(parent),
      m_empty(new EmptyState(
          QIcon(QStringLiteral(":/icons/playground.svg")), tr("Compare answers"),
          tr("Ask the same question to the base model and to your tuned model and read their "
             "answers side by side. Good answers can go straight back into your dataset. "
             "You need a finished fine-tuning job to compare.")))
{
    connect(m_empty->addAction(tr("Go to jobs")), &QPushButton::clicked, this,
            &PlaygroundPage::showJobsRequested);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
}

QString PlaygroundPage::title() const
{
    return tr("Playground");
}

QIcon PlaygroundPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/playground.svg"));
}

void PlaygroundPage::setSession(WorkspaceSession *session)
{
    m_session = session;
}

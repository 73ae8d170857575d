#include "jobspage.h"

#include "ui/common/emptystate.h"

#include <QPushButton>
#include <QVBoxLayout>

JobsPage::JobsPage(QWidget *parent)
    : Page(parent),
      m_empty(new EmptyState(
          QIcon(QStringLiteral(":/icons/jobs.svg")), tr("No fine-tuning jobs yet"),
          tr("A job teaches a model from your dataset on the provider's computers. It takes "
             "from minutes to hours; here you follow its progress and see whether the model "
             "is learning. Check your dataset first, then start a fine-tune from it.")))
{
    connect(m_empty->addAction(tr("Go to datasets")), &QPushButton::clicked, this,
            &JobsPage::showDatasetsRequested);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
}

QString JobsPage::title() const
{
    return tr("Jobs");
}

QIcon JobsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/jobs.svg"));
}

void JobsPage::setSession(WorkspaceSession *session)
{
    m_session = session;
}

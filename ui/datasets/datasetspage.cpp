#include "datasetspage.h"

#include "ui/common/emptystate.h"

#include <QPushButton>
#include <QVBoxLayout>

DatasetsPage::DatasetsPage(QWidget *parent)
    : Page(parent)
    , m_empty(new EmptyState(
          QIcon(QStringLiteral(":/icons/datasets.svg")), tr("No datasets yet"),
          tr("A dataset is a set of example conversations that show the model how you want it "
             "to answer: a question a customer asked, and the answer your best colleague "
             "gave. A few dozen good examples are enough to start.")))
{
    connect(m_empty->addAction(tr("Import a file…")), &QPushButton::clicked, this,
            &DatasetsPage::importRequested);
    connect(m_empty->addAction(tr("Open the sample")), &QPushButton::clicked, this,
            &DatasetsPage::openSampleRequested);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
}

QString DatasetsPage::title() const
{
    return tr("Datasets");
}

QIcon DatasetsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/datasets.svg"));
}

void DatasetsPage::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
}

#include "checkpanel.h"

#include "checkissuemodel.h"

#include "core/checks/checkcatalog.h"
#include "core/checks/datasetreport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

CheckPanel::CheckPanel(QWidget *parent)
    : QWidget(parent),
      m_model(new CheckIssueModel(this)),
      m_summary(new QLabel(this)),
      m_check(new QPushButton(tr("Check dataset"), this)),
      m_progress(new QProgressBar(this)),
      m_view(new QTreeView(this)),
      m_details(new QLabel(this)),
      m_howToFix(new QLabel(this)),
      m_fix(new QPushButton(tr("Fix"), this)),
      m_fixAll(new QPushButton(tr("Fix all of this kind"), this))
{
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Check the dataset to see whether the provider will accept it."));
    m_progress->setVisible(false);
    m_progress->setTextVisible(true);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Problems found"));
    // Problems quote the data (a field name, a speaker): never read as HTML.
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_howToFix->setTextFormat(Qt::PlainText);
    m_howToFix->setWordWrap(true);
    m_fix->setToolTip(tr("Apply the safe fix to this example. You can undo it."));
    m_fixAll->setToolTip(tr("Apply the safe fix to every example with this kind of problem. You can undo it."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_check);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_fix);
    buttons->addWidget(m_fixAll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_howToFix);
    layout->addLayout(buttons);

    connect(m_check, &QPushButton::clicked, this, &CheckPanel::checkRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                showSelection();
                activate(current);
            });
    connect(m_view, &QTreeView::activated, this, &CheckPanel::activate);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (const CheckIssue *issue = m_model->issueAt(m_view->currentIndex()))
            Q_EMIT fixRequested({*issue});
    });
    connect(m_fixAll, &QPushButton::clicked, this, [this] {
        const CheckIssues issues = m_model->issuesOfKind(m_view->currentIndex());
        if (!issues.isEmpty())
            Q_EMIT fixRequested(issues);
    });
    showSelection();
}

void CheckPanel::setReport(const DatasetReport &report)
{
    m_progress->setVisible(false);
    m_check->setEnabled(true);
    m_model->setIssues(report.issues);
    if (report.errors > 0) {
        m_summary->setText(tr("%Ln errors: the provider will refuse this dataset until they are fixed.", nullptr, report.errors)
                           + QLatin1Char(' ')
                           + tr("%Ln warnings, %1 advice.", nullptr, report.warnings).arg(QLocale().toString(report.advice)));
    } else if (report.warnings > 0) {
        m_summary->setText(tr("No errors: the provider will accept this dataset. %Ln warnings are worth a look.", nullptr, report.warnings));
    } else {
        m_summary->setText(tr("No errors and no warnings: the provider will accept this dataset."));
    }
    // Open the most serious kind so the first problem to fix is in view.
    if (m_model->rowCount() > 0)
        m_view->expand(m_model->index(0, 0));
    showSelection();
}

void CheckPanel::setProgress(int done, int total)
{
    m_check->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, std::max(total, 0));
    m_progress->setValue(done);
    m_progress->setFormat(total > 0 ? tr("Checking example %L1 of %L2…").arg(done).arg(total)
                                    : tr("Checking…"));
}

void CheckPanel::clear()
{
    m_progress->setVisible(false);
    m_check->setEnabled(true);
    m_model->setIssues({});
    m_summary->setText(tr("Check the dataset to see whether the provider will accept it."));
    showSelection();
}

void CheckPanel::showSelection()
{
    const QModelIndex current = m_view->currentIndex();
    const CheckIssue *issue = m_model->issueAt(current);
    const QString code = current.data(CheckIssueModel::CodeRole).toString();
    const bool fixable = current.isValid() && current.data(CheckIssueModel::CanFixRole).toBool();
    m_details->setText(issue ? issue->text() : (current.isValid() ? CheckCatalog::title(code) : QString()));
    m_howToFix->setText(current.isValid() ? tr("How to fix: %1").arg(CheckCatalog::howToFix(code)) : QString());
    m_details->setVisible(current.isValid());
    m_howToFix->setVisible(current.isValid());
    m_fix->setVisible(issue && fixable);
    m_fixAll->setVisible(fixable);
    if (fixable) {
        const bool removes = CheckCatalog::entry(code).fix == CheckFixKind::RemoveExample;
        m_fix->setText(removes ? tr("Remove this copy") : tr("Fix"));
        m_fixAll->setText(tr("Fix all of this kind (%L1)").arg(m_model->issuesOfKind(current).size()));
        m_fixAll->setToolTip(removes ? tr("Remove every example with this problem. You can undo it.")
                                 : tr("Apply the safe fix to every example with this kind of problem. You can undo it."));
    }
}

void CheckPanel::activate(const QModelIndex &index)
{
    const CheckIssue *issue = m_model->issueAt(index);
    if (issue && !issue->isDatasetWide())
        Q_EMIT exampleActivated(issue->exampleId, issue->example);
}

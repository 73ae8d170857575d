#include "finetunecheckpage.h"

#include "core/checks/checkrunner.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QVBoxLayout>

namespace {
// Enough to act on; the dataset studio's check panel lists them all.
constexpr int ShownIssues = 200;
} // namespace

FineTuneCheckPage::FineTuneCheckPage(DatasetStore *datasets, QWidget *parent)
    : QWidget(parent), m_datasets(datasets), m_runner(new CheckRunner(this)), m_summary(new QLabel),
      m_counts(new QLabel), m_progress(new QProgressBar), m_issues(new QListWidget),
      m_showExamples(new QPushButton(tr("Show these examples in the dataset")))
{
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_issues->setObjectName(QStringLiteral("checkIssues"));
    m_issues->setAccessibleName(tr("Problems found"));
    m_issues->setWordWrap(true);
    m_issues->setTextElideMode(Qt::ElideNone);
    m_issues->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_showExamples->setObjectName(QStringLiteral("showExamplesButton"));
    m_showExamples->setToolTip(tr("Closes this form and opens the dataset with the problems "
                                  "listed, so you can fix them"));
    m_progress->setTextVisible(false);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_counts->setObjectName(QStringLiteral("checkCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_issues, 1);
    layout->addWidget(m_showExamples, 0, Qt::AlignLeft);
    m_stretch = new QWidget;
    layout->addWidget(m_stretch, 1);

    connect(m_runner, &CheckRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_runner, &CheckRunner::finished, this, &FineTuneCheckPage::onFinished);
    connect(m_runner, &CheckRunner::failed, this, [this](const QString &message) {
        m_done = false;
        m_progress->hide();
        m_summary->setText(tr("Ajuste could not check the examples: %1").arg(message));
        Q_EMIT finished();
    });
    connect(m_showExamples, &QPushButton::clicked, this,
            [this] { Q_EMIT showExamplesRequested(m_datasetId, examplesWithErrors()); });
}

void FineTuneCheckPage::start(const QString &workspacePath, qint64 datasetId,
                              const DatasetChecker::Options &options)
{
    m_datasetId = datasetId;
    m_done = false;
    m_report = {};
    m_issues->clear();
    m_issues->hide();
    m_counts->clear();
    m_stretch->show();
    m_showExamples->hide();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_summary->setText(tr("Checking your examples as the provider will: format, roles, length "
                          "and duplicates…"));
    m_runner->start(workspacePath, datasetId, options);
}

void FineTuneCheckPage::cancel()
{
    m_runner->cancel();
}

bool FineTuneCheckPage::isRunning() const
{
    return m_runner->isRunning();
}

void FineTuneCheckPage::onFinished()
{
    m_report = m_runner->report();
    m_done = !m_report.cancelled;
    m_progress->hide();
    // The dataset studio shows the same results in its status column.
    if (m_datasets)
        CheckRunner::applyToStore(m_report, m_datasets);
    const int errors = m_report.errors;
    const int warnings = m_report.warnings;
    if (errors > 0)
        m_summary->setText(tr("%n problem(s) must be fixed first: the provider would refuse the "
                              "file and the fine-tune would not start.",
                              nullptr, errors));
    else if (warnings > 0)
        m_summary->setText(tr("No problem stops the fine-tune. %n warning(s) below may cost "
                              "money or quality; you can start anyway or fix them first.",
                              nullptr, warnings));
    else
        m_summary->setText(tr("No problems found: the provider should accept these %n "
                              "example(s).",
                              nullptr, m_report.trainingExamples + m_report.validationExamples));

    const QIcon errorIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int shown = 0;
    for (const CheckSeverity severity : {CheckSeverity::Error, CheckSeverity::Warning}) {
        for (const CheckIssue &issue : m_report.issues) {
            if (issue.severity != severity || shown >= ShownIssues)
                continue;
            auto item = new QListWidgetItem(
                severity == CheckSeverity::Error ? errorIcon : warningIcon, issue.text());
            item->setToolTip(issue.text() + QLatin1Char('\n') + issue.howToFix);
            m_issues->addItem(item);
            ++shown;
        }
    }
    m_issues->setVisible(shown > 0);
    m_stretch->setVisible(shown == 0);
    m_counts->setText(countsText());
    m_showExamples->setVisible(errors > 0 && !examplesWithErrors().isEmpty());
    Q_EMIT finished();
}

QList<qint64> FineTuneCheckPage::examplesWithErrors() const
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const CheckIssue &issue : m_report.issues) {
        if (issue.severity == CheckSeverity::Error && issue.exampleId > 0 &&
            !seen.contains(issue.exampleId)) {
            seen.insert(issue.exampleId);
            ids.append(issue.exampleId);
        }
    }
    return ids;
}

QString FineTuneCheckPage::countsText() const
{
    QString text = tr("%n example(s) for training", nullptr, m_report.trainingExamples) +
                   QStringLiteral(" · ") +
                   tr("%n for validation", nullptr, m_report.validationExamples) + QLatin1Char('.');
    if (m_report.trainingContext)
        text += QLatin1Char(' ') + tr("Checked: the format, the roles, each example's length "
                                      "against the model's limit of %L1 tokens, and duplicates.")
                                       .arg(*m_report.trainingContext);
    if (m_report.validationExamples == 0)
        text += QLatin1Char('\n') +
                tr("Tip: set a few examples aside for validation (Datasets ▸ Training or "
                   "Validation) to see whether the model learns, not only memorises.");
    return text;
}

#include "batchcomparedialog.h"

#include "api/compare/batchcomparer.h"
#include "batchreviewpage.h"
#include "batchsetuppage.h"
#include "core/session/workspacesession.h"
#include "core/workspace/datasetstore.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QVBoxLayout>

BatchCompareDialog::BatchCompareDialog(const AppContext &context, WorkspaceSession *session,
                                       QWidget *parent)
    : QDialog(parent), m_context(context), m_session(session),
      m_comparer(new BatchComparer(context.providers, this))
{
    setWindowTitle(tr("Batch Compare"));
    setObjectName(QStringLiteral("batchCompareDialog"));
    m_setup = new BatchSetupPage(context.profiles, context.providers,
                                 session ? session->datasets() : nullptr,
                                 session ? session->jobs() : nullptr);
    m_review = new BatchReviewPage(m_comparer, &m_ratings);
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_setup);
    m_pages->addWidget(m_review);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_compare = new QPushButton(tr("Compare"));
    m_compare->setDefault(true);
    m_compare->setToolTip(tr("Ask every model every prompt"));
    m_back = new QPushButton(tr("Change Setup"));
    m_back->setToolTip(tr("Choose other prompts or models; these answers are left behind"));
    m_close = new QPushButton(tr("Close"));
    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_close);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_setup, &BatchSetupPage::changed, this, &BatchCompareDialog::updateButtons);
    connect(m_compare, &QPushButton::clicked, this, &BatchCompareDialog::startComparing);
    connect(m_back, &QPushButton::clicked, this, &BatchCompareDialog::showSetup);
    connect(m_close, &QPushButton::clicked, this, &BatchCompareDialog::reject);
    connect(m_comparer, &BatchComparer::finished, this, &BatchCompareDialog::updateButtons);
    connect(&m_loading, &QFutureWatcherBase::finished, this, &BatchCompareDialog::promptsLoaded);
    updateButtons();
}

BatchCompareDialog::~BatchCompareDialog()
{
    m_comparer->cancel();
    m_loading.waitForFinished();
}

bool BatchCompareDialog::showsResults() const
{
    return m_pages->currentWidget() == m_review;
}

void BatchCompareDialog::updateButtons()
{
    const bool results = showsResults();
    const QString problem = results ? QString() : m_setup->problem();
    const bool sameSource = !results && m_setup->source().description == m_loadErrorSource;
    const QString shown = problem.isEmpty() && sameSource ? m_loadError : problem;
    m_problem->setText(m_readingPrompts ? tr("Reading the prompts…") : shown);
    m_compare->setVisible(!results);
    m_compare->setEnabled(problem.isEmpty() && !m_readingPrompts);
    m_back->setVisible(results);
    m_back->setEnabled(!m_comparer->isRunning());
}

void BatchCompareDialog::startComparing()
{
    if (!m_setup->problem().isEmpty() || m_readingPrompts || m_comparer->isRunning())
        return;
    const BatchSource source = m_setup->source();
    m_sourceDescription = source.description;
    m_loadError.clear();
    const QString workspacePath =
        m_session && m_session->workspace() ? m_session->workspace()->path() : QString();
    switch (source.kind) {
    case BatchSource::Kind::File:
        m_loading.setFuture(BatchPromptLoader::fromFileAsync(source.path));
        break;
    case BatchSource::Kind::Selection:
        m_loading.setFuture(
            BatchPromptLoader::fromExamplesAsync(nullptr, workspacePath, source.exampleIds));
        break;
    case BatchSource::Kind::Dataset:
        m_loading.setFuture(BatchPromptLoader::fromDatasetAsync(nullptr, workspacePath,
                                                                source.datasetId, source.split));
        break;
    }
    m_readingPrompts = true;
    updateButtons();
}

void BatchCompareDialog::promptsLoaded()
{
    const BatchPromptLoader::Loaded loaded = m_loading.result();
    m_readingPrompts = false;
    updateButtons();
    if (!loaded.ok() || loaded.prompts.isEmpty()) {
        m_loadError = loaded.error.isEmpty()
                          ? tr("The examples could not be read from the workspace.")
                          : loaded.error;
        m_loadErrorSource = m_sourceDescription;
        updateButtons();
        return;
    }
    const QList<BatchModel> models = m_setup->models();
    m_ratings.reset(int(loaded.prompts.size()), int(models.size()), m_setup->isBlind(),
                    QRandomGenerator::global()->generate());
    m_ratings.setStore(m_session ? m_session->playground() : nullptr, sessionName());
    m_review->setSuggestedFileName(
        tr("Batch compare %1")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH.mm"))));
    m_pages->setCurrentWidget(m_review);
    m_comparer->start(loaded.prompts, models, m_setup->settings());
    updateButtons();
}

QString BatchCompareDialog::sessionName() const
{
    return tr("Batch compare: %1 (%2)")
        .arg(m_sourceDescription,
             QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
}

void BatchCompareDialog::showSetup()
{
    if (m_comparer->isRunning())
        return;
    m_pages->setCurrentWidget(m_setup);
    updateButtons();
}

void BatchCompareDialog::reject()
{
    // Closing stops asking: nobody would see the answers.
    m_comparer->cancel();
    QDialog::reject();
}

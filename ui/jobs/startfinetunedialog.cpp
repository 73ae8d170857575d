#include "startfinetunedialog.h"

#include "api/jobs/joblauncher.h"
#include "core/checks/pricecatalog.h"
#include "core/session/workspacesession.h"
#include "core/settings/profilestore.h"
#include "core/tokenizer/tokenencoding.h"
#include "finetunecheckpage.h"
#include "finetunecostpage.h"
#include "finetunefailurepage.h"
#include "finetunesetuppage.h"
#include "hyperparameterform.h"
#include "jobscontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// The price table's name for a provider kind; empty looks the model up anywhere (the Sandbox
// serves OpenAI's model names).
QString priceProvider(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAI:
        return QStringLiteral("openai");
    case ProviderKind::Together:
        return QStringLiteral("together");
    default:
        return {};
    }
}

QScrollArea *scrolled(QWidget *page)
{
    auto area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}
} // namespace

StartFineTuneDialog::StartFineTuneDialog(JobsController *controller, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_heading(new QLabel), m_pages(new QStackedWidget),
      m_setup(
          new FineTuneSetupPage(controller->session() ? controller->session()->datasets() : nullptr,
                                controller->context().profiles, controller->providers())),
      m_checks(new FineTuneCheckPage(controller->session() ? controller->session()->datasets()
                                                           : nullptr)),
      m_cost(new FineTuneCostPage), m_failure(new FineTuneFailurePage), m_stage(new QLabel),
      m_progress(new QProgressBar), m_blocker(new QLabel), m_back(new QPushButton(tr("Back"))),
      m_next(new QPushButton(tr("Next"))), m_cancel(new QPushButton(tr("Cancel")))
{
    setObjectName(QStringLiteral("StartFineTuneDialog"));
    setWindowTitle(tr("Start Fine-Tune"));
    setWindowModality(Qt::WindowModal);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("stepHeading"));
    m_blocker->setWordWrap(true);
    m_blocker->setObjectName(QStringLiteral("stepBlocker"));
    m_blocker->setForegroundRole(QPalette::PlaceholderText);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_next->setDefault(true);

    if (controller->session()) {
        m_launcher = new JobLauncher(controller->providers(), controller->jobs(),
                                     controller->session()->datasets(), this);
        connect(m_launcher, &JobLauncher::progress, this,
                [this](JobLauncher::Stage stage, qint64 done, qint64 total) {
                    onProgress(int(stage), done, total);
                });
        connect(m_launcher, &JobLauncher::launched, this, [this](qint64 storedJobId) {
            Q_EMIT jobLaunched(storedJobId);
            accept();
        });
        connect(m_launcher, &JobLauncher::failed, this,
                [this](const ApiError &error) { onFailed(error); });
        connect(m_launcher, &JobLauncher::cancelled, this, &StartFineTuneDialog::onCancelled);
        connect(m_launcher, &JobLauncher::providerEstimate, this,
                &StartFineTuneDialog::onProviderEstimate);
    }

    QScrollArea *setupArea = scrolled(m_setup);
    m_pages->addWidget(setupArea);
    // Unfolding Advanced brings the settings into view.
    connect(m_setup, &FineTuneSetupPage::advancedOpened, setupArea, [setupArea](QWidget *settings) {
        QTimer::singleShot(0, setupArea, [setupArea, settings] {
            setupArea->ensureWidgetVisible(settings, 0, 0);
        });
    });
    m_pages->addWidget(m_checks);
    m_pages->addWidget(m_cost);
    m_pages->addWidget(createSendingPage());
    m_pages->addWidget(scrolled(m_failure));

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_blocker, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_setup, &FineTuneSetupPage::completeChanged, this,
            &StartFineTuneDialog::updateButtons);
    connect(m_checks, &FineTuneCheckPage::finished, this, &StartFineTuneDialog::updateButtons);
    connect(m_checks, &FineTuneCheckPage::showExamplesRequested, this,
            [this](qint64 datasetId, const QList<qint64> &ids) {
                Q_EMIT showExamplesRequested(datasetId, ids);
                reject();
            });
    connect(m_cost, &FineTuneCostPage::confirmationChanged, this,
            &StartFineTuneDialog::updateButtons);
    connect(m_failure, &FineTuneFailurePage::alternativeChosen, this,
            &StartFineTuneDialog::useOtherProvider);
    connect(m_next, &QPushButton::clicked, this, &StartFineTuneDialog::next);
    connect(m_back, &QPushButton::clicked, this, &StartFineTuneDialog::back);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        // While sending, Cancel stops the sending and stays; otherwise it closes the form.
        if (m_step == Step::Sending && m_launcher && m_launcher->isRunning())
            m_launcher->cancel();
        else
            reject();
    });

    const QFontMetrics metrics = fontMetrics();
    resize(std::max(720, metrics.averageCharWidth() * 100), metrics.lineSpacing() * 42);
    goTo(Step::Setup);
}

StartFineTuneDialog::~StartFineTuneDialog()
{
    m_checks->cancel();
}

QWidget *StartFineTuneDialog::createSendingPage()
{
    auto page = new QWidget;
    m_stage->setWordWrap(true);
    m_stage->setObjectName(QStringLiteral("sendingStage"));
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    auto note = new QLabel(tr("Your examples go only to the provider you chose. This takes from "
                              "seconds to a few minutes, depending on their size."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(note);
    layout->addStretch(2);
    return page;
}

void StartFineTuneDialog::setChoice(const FineTuneChoice &choice)
{
    m_setup->setChoice(choice);
    goTo(Step::Setup);
}

void StartFineTuneDialog::goTo(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(int(step == Step::Confirm ? Step::Cost : step));
    switch (step) {
    case Step::Setup:
        m_heading->setText(tr("Step 1 of 3: what to train"));
        break;
    case Step::Checks:
        m_heading->setText(tr("Step 2 of 3: check the examples"));
        break;
    case Step::Cost:
        m_heading->setText(tr("Step 3 of 3: cost and confirmation"));
        break;
    case Step::Sending:
        m_heading->setText(tr("Sending your examples to %1").arg(m_setup->providerName()));
        break;
    case Step::Failed:
        m_heading->setText(tr("The fine-tune did not start"));
        break;
    case Step::Confirm:
        m_heading->setText(tr("Confirm %1's own estimate").arg(m_setup->providerName()));
        break;
    }
    updateButtons();
}

void StartFineTuneDialog::updateButtons()
{
    QString blocker;
    bool canGoOn = false;
    switch (m_step) {
    case Step::Setup:
        blocker = m_setup->blocker();
        canGoOn = blocker.isEmpty();
        m_next->setText(tr("Check Examples"));
        break;
    case Step::Checks:
        canGoOn = m_checks->allowsLaunch();
        if (m_checks->isDone() && !canGoOn)
            blocker = tr("Fix the problems, then start again.");
        m_next->setText(tr("See the Cost"));
        break;
    case Step::Cost:
        canGoOn = m_cost->isConfirmed();
        if (!canGoOn)
            blocker = tr("Tick the box above to confirm.");
        m_next->setText(tr("Start Fine-Tune"));
        break;
    case Step::Sending:
        m_next->setText(tr("Start Fine-Tune"));
        break;
    case Step::Confirm:
        canGoOn = m_cost->isConfirmed() && m_cost->providerAllows();
        if (!m_cost->providerAllows())
            blocker = tr("%1 will not start this fine-tune now.").arg(m_setup->providerName());
        else if (!canGoOn)
            blocker =
                tr("Tick the box above to confirm %1's estimate.").arg(m_setup->providerName());
        m_next->setText(tr("Start Fine-Tune"));
        break;
    case Step::Failed:
        m_next->setText(tr("Try Again"));
        canGoOn = m_failure->error().kind != ApiError::Kind::FineTuningClosed;
        break;
    }
    m_blocker->setText(blocker);
    m_next->setEnabled(canGoOn && m_launcher);
    m_next->setVisible(
        m_step != Step::Sending &&
        !(m_step == Step::Failed && m_failure->error().kind == ApiError::Kind::FineTuningClosed));
    m_back->setVisible(m_step != Step::Setup && m_step != Step::Sending);
    m_cancel->setText(m_step == Step::Sending ? tr("Cancel Sending") : tr("Cancel"));
}

void StartFineTuneDialog::next()
{
    switch (m_step) {
    case Step::Setup:
        startChecks();
        break;
    case Step::Checks:
        showCost();
        break;
    case Step::Cost:
        launch();
        break;
    case Step::Failed:
        showCost();
        break;
    case Step::Confirm:
        if (m_launcher && m_cost->isConfirmed()) {
            goTo(Step::Sending);
            m_launcher->confirmEstimate();
        }
        break;
    case Step::Sending:
        break;
    }
}

void StartFineTuneDialog::back()
{
    switch (m_step) {
    case Step::Checks:
        m_checks->cancel();
        goTo(Step::Setup);
        break;
    case Step::Cost:
        goTo(Step::Checks);
        break;
    case Step::Failed:
        goTo(Step::Setup);
        break;
    case Step::Confirm:
        // Back to change something: this launch stops, and its files are deleted.
        m_cancelledAtEstimate = true;
        m_launcher->cancel();
        break;
    case Step::Setup:
    case Step::Sending:
        break;
    }
}

void StartFineTuneDialog::startChecks()
{
    WorkspaceSession *session = m_controller->session();
    if (!session || !m_setup->isComplete())
        return;
    const FineTuneChoice choice = m_setup->choice();
    const ProviderProfile profile =
        m_controller->context().profiles->profile(choice.profileId).value_or(ProviderProfile{});
    DatasetChecker::Options options;
    options.model = choice.model;
    options.encoding = tokenEncodingForModel(choice.model);
    if (PriceCatalog *prices = m_controller->context().prices) {
        if (const auto price = prices->table().find(choice.model, priceProvider(profile.kind))) {
            options.encoding = tokenEncodingFromName(price->encoding).value_or(options.encoding);
            options.trainingContext = price->trainingContext;
        }
    }
    goTo(Step::Checks);
    m_checks->start(session->workspace()->path(), choice.datasetId, options);
    updateButtons();
}

int StartFineTuneDialog::epochsForEstimate() const
{
    const FineTuneChoice choice = m_setup->choice();
    if (const auto epochs = choice.hyperparameters.integer(Hyperparameters::Epochs))
        return *epochs;
    // A provider that starts from a fixed number (Together: one pass) bills that many.
    const HyperparameterSpec *spec =
        HyperparameterSpec::find(m_setup->settings()->specs(), Hyperparameters::Epochs);
    return spec && !spec->isAutomatic() ? spec->defaultValue.toInt() : 0;
}

void StartFineTuneDialog::showCost()
{
    const FineTuneChoice choice = m_setup->choice();
    const ProviderProfile profile =
        m_controller->context().profiles->profile(choice.profileId).value_or(ProviderProfile{});
    FineTuneCostPage::Plan plan;
    plan.providerName = m_setup->providerName();
    plan.sandbox = m_setup->isSandbox();
    plan.model = choice.model;
    plan.epochs = epochsForEstimate();
    if (PriceCatalog *prices = m_controller->context().prices) {
        plan.price = prices->table().find(choice.model, priceProvider(profile.kind));
        plan.pricesReadOn = prices->table().readOn();
    }
    m_cost->setPlan(plan, m_checks->report());
    goTo(Step::Cost);
}

void StartFineTuneDialog::launch()
{
    if (!m_launcher || !m_cost->isConfirmed())
        return;
    m_launched = m_setup->choice();
    JobLauncher::Request request;
    request.profileId = m_launched.profileId;
    request.datasetId = m_launched.datasetId;
    request.model = m_launched.model;
    request.method = m_launched.method;
    request.hyperparameters = m_launched.hyperparameters;
    request.suffix = m_launched.suffix;
    request.estimatedCostUsd = m_cost->estimatedCostUsd();
    request.confirmProviderEstimate = true;
    m_cancelledAtEstimate = false;
    m_stage->setText(JobLauncher::stageText(JobLauncher::Stage::Exporting));
    m_progress->setRange(0, 0);
    goTo(Step::Sending);
    m_launcher->start(request);
}

void StartFineTuneDialog::onProgress(int stage, qint64 done, qint64 total)
{
    m_stage->setText(JobLauncher::stageText(JobLauncher::Stage(stage)));
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    // Bytes can exceed an int: show per mille.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(done * 1000 / total));
}

void StartFineTuneDialog::onFailed(const ApiError &error)
{
    if (m_closeWhenCancelled)
        return QDialog::reject();
    m_failure->setError(error, m_setup->providerName(), otherFineTuneProfiles());
    goTo(Step::Failed);
}

void StartFineTuneDialog::onCancelled()
{
    if (m_closeWhenCancelled)
        return QDialog::reject();
    const bool atEstimate = std::exchange(m_cancelledAtEstimate, false);
    showCost(); // the price table's estimate again, to confirm anew
    m_blocker->setText(atEstimate ? tr("Nothing was started and nothing is billed; the files "
                                       "sent to %1 were deleted there.")
                                        .arg(m_setup->providerName())
                                  : tr("Sending stopped: nothing was started and nothing is "
                                       "billed."));
}

void StartFineTuneDialog::onProviderEstimate(const PriceEstimate &estimate, const ApiError &error)
{
    m_cost->setProviderEstimate(estimate, error);
    goTo(Step::Confirm);
}

QList<ProviderProfile> StartFineTuneDialog::otherFineTuneProfiles() const
{
    QList<ProviderProfile> others;
    for (const ProviderProfile &profile : m_controller->context().profiles->profiles()) {
        if (profile.canFineTune() && profile.id != m_launched.profileId)
            others.append(profile);
    }
    // Real providers first: the Sandbox is the last resort, since its model is not real.
    std::stable_partition(others.begin(), others.end(),
                          [](const ProviderProfile &p) { return !p.isSandbox(); });
    return others;
}

void StartFineTuneDialog::useOtherProvider(const QString &profileId)
{
    FineTuneChoice choice = m_launched;
    choice.profileId = profileId;
    // The model is kept where the other provider offers it (the Sandbox serves OpenAI's
    // names); otherwise the form offers that provider's first.
    setChoice(choice);
}

void StartFineTuneDialog::reject()
{
    if (m_launcher && m_launcher->isRunning()) {
        // Closing while the files travel: stop first, so no job is left behind.
        m_closeWhenCancelled = true;
        m_launcher->cancel();
        return;
    }
    m_checks->cancel();
    QDialog::reject();
}

#pragma once

#include "api/client/apierror.h"
#include "api/client/providerclient.h"
#include "core/settings/providerprofile.h"
#include "finetunechoice.h"

#include <QDialog>

class FineTuneCheckPage;
class FineTuneCostPage;
class FineTuneFailurePage;
class FineTuneSetupPage;
class JobLauncher;
class JobsController;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

// Start fine-tune, as a guided form: what to train (dataset, provider, base model, kind of
// training, name; settings under Advanced), the checks (errors block, with a way to the
// examples at fault), the cost with an explicit confirmation, then the files are sent with a
// progress bar and Cancel, the job is created and jobLaunched() hands its id to the Jobs page.
// A refusal explains itself and can re-open the form on another provider with everything kept.
// Window-modal: open it with open(), never exec().
class StartFineTuneDialog : public QDialog
{
    Q_OBJECT

public:
    // Confirm: the files are sent and the provider's own estimate waits for a confirmation
    // (Together); it shows the Cost page again.
    enum class Step { Setup, Checks, Cost, Sending, Failed, Confirm };

    explicit StartFineTuneDialog(JobsController *controller, QWidget *parent = nullptr);
    ~StartFineTuneDialog() override;

    // Starts from these choices (a dataset from the Datasets page, or a refused launch's).
    void setChoice(const FineTuneChoice &choice);

    Step step() const { return m_step; }
    // Shows a step as it stands (the navigation calls it; the layout check looks at each step).
    void goTo(Step step);
    FineTuneSetupPage *setupPage() const { return m_setup; }
    FineTuneCheckPage *checkPage() const { return m_checks; }
    FineTuneCostPage *costPage() const { return m_cost; }
    FineTuneFailurePage *failurePage() const { return m_failure; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *sendProgress() const { return m_progress; }
    JobLauncher *launcher() const { return m_launcher; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // The provider accepted the job; storedJobId is the workspace's id for it.
    void jobLaunched(qint64 storedJobId);
    void showExamplesRequested(qint64 datasetId, const QList<qint64> &exampleIds);

private:
    QWidget *createSendingPage();
    void next();
    void back();
    void startChecks();
    void showCost();
    void launch();
    void onProgress(int stage, qint64 done, qint64 total);
    void onFailed(const ApiError &error);
    void onCancelled();
    void onProviderEstimate(const PriceEstimate &estimate, const ApiError &error);
    void useOtherProvider(const QString &profileId);
    void updateButtons();
    QList<ProviderProfile> otherFineTuneProfiles() const;
    int epochsForEstimate() const;

    JobsController *m_controller;
    JobLauncher *m_launcher = nullptr;
    Step m_step = Step::Setup;
    FineTuneChoice m_launched; // what was sent, for a refusal's "use another provider"
    bool m_closeWhenCancelled = false;
    bool m_cancelledAtEstimate = false;

    QLabel *m_heading;
    QStackedWidget *m_pages;
    FineTuneSetupPage *m_setup;
    FineTuneCheckPage *m_checks;
    FineTuneCostPage *m_cost;
    FineTuneFailurePage *m_failure;
    QLabel *m_stage;
    QProgressBar *m_progress;
    QLabel *m_blocker;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_cancel;
};

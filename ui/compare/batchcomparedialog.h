#pragma once

#include "api/compare/batchpromptloader.h"
#include "api/compare/batchratings.h"
#include "ui/shell/appcontext.h"

#include <QDialog>
#include <QFutureWatcher>

class BatchComparer;
class BatchReviewPage;
class BatchSetupPage;
class QLabel;
class QPushButton;
class QStackedWidget;
class WorkspaceSession;

// Batch compare: the prompts of a dataset's validation examples (or chosen examples, or a
// file) through two to four models, a few questions at a time, with progress and Cancel;
// then the answers side by side next to the dataset's own, rated as in blind mode (kept as
// Playground comparisons in a session named after the batch) and exported as CSV.
//
// Open it with BatchCompareLauncher; the dialog works on the workspace session it was given
// and is closed before that session goes.
class BatchCompareDialog : public QDialog
{
    Q_OBJECT

public:
    BatchCompareDialog(const AppContext &context, WorkspaceSession *session,
                       QWidget *parent = nullptr);
    ~BatchCompareDialog() override;

    BatchSetupPage *setupPage() const { return m_setup; }
    BatchReviewPage *reviewPage() const { return m_review; }
    BatchComparer *comparer() const { return m_comparer; }
    const BatchRatings &ratings() const { return m_ratings; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *backButton() const { return m_back; }
    QLabel *problemLabel() const { return m_problem; }
    bool showsResults() const;

public Q_SLOTS:
    // Reads the prompts (off the GUI thread), then starts asking and shows the answers.
    void startComparing();
    void showSetup();

protected:
    void reject() override;

private:
    void updateButtons();
    void promptsLoaded();
    QString sessionName() const;

    AppContext m_context;
    WorkspaceSession *m_session;
    BatchComparer *m_comparer;
    BatchRatings m_ratings;
    BatchSetupPage *m_setup;
    BatchReviewPage *m_review;
    QStackedWidget *m_pages;
    QLabel *m_problem;
    QPushButton *m_compare;
    QPushButton *m_back;
    QPushButton *m_close;
    QFutureWatcher<BatchPromptLoader::Loaded> m_loading;
    bool m_readingPrompts = false; // until promptsLoaded() ran (the future may end sooner)
    QString m_sourceDescription;
    // Why the last prompts could not be read, shown until another source is chosen (the
    // setup's other changes, such as a model list arriving, must not wipe it).
    QString m_loadError;
    QString m_loadErrorSource;
};

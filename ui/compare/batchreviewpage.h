#pragma once

#include "api/compare/batchratings.h"

#include <QWidget>
#include <functional>

class BatchComparer;
class BatchResultsModel;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

// The second step of Batch compare: the run's progress with Cancel, the table of answers, the
// chosen row side by side in full (prompt, the dataset's answer, each model's), the verdict
// buttons as in blind mode (kept as comparisons in the workspace), and Export CSV.
class BatchReviewPage : public QWidget
{
    Q_OBJECT

public:
    BatchReviewPage(BatchComparer *comparer, BatchRatings *ratings, QWidget *parent = nullptr);

    // A save-file dialog replacement for tests: given the suggested path, the chosen one.
    void setPathChooser(std::function<QString(const QString &)> chooser)
    {
        m_choosePath = std::move(chooser);
    }
    void setSuggestedFileName(const QString &name) { m_suggestedName = name; }

    // Records a verdict on the chosen row, then moves to the next row without one.
    void rateCurrent(const BatchRatings::Verdict &verdict);
    void rateShown(int shown); // "Answer N is better"
    bool exportCsv();

    BatchResultsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *revealButton() const { return m_reveal; }
    QList<QPushButton *> verdictButtons() const { return m_verdictButtons; }
    QList<QPlainTextEdit *> sideBySide() const { return m_texts; }

private:
    QWidget *createRunBar();
    QWidget *createVerdictBar();
    void runStarted();
    void updateStatus();
    void buildSideBySide();
    void fitColumns();
    void showCurrentRow();
    void updateVerdictButtons();
    void reveal();
    int currentRow() const;

    BatchComparer *m_comparer;
    BatchRatings *m_ratings;
    BatchResultsModel *m_model;
    std::function<QString(const QString &)> m_choosePath;
    QString m_suggestedName;

    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_sideBySide = nullptr;
    QHBoxLayout *m_textsLayout = nullptr;
    QList<QLabel *> m_titles;
    QList<QPlainTextEdit *> m_texts;
    QLabel *m_verdictHint = nullptr;
    QHBoxLayout *m_verdictLayout = nullptr;
    QList<QPushButton *> m_verdictButtons;
    QPushButton *m_tie = nullptr;
    QPushButton *m_allBad = nullptr;
    QPushButton *m_reveal = nullptr;
};

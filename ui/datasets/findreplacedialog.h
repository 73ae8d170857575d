#pragma once

#include "core/workspace/examplequeries.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// Find and replace across every message of a dataset. The count of matches is shown
// before anything changes; "Replace All" applies it as one undoable step. The count is
// made off the GUI thread as the user types: the previous count stays until the new one
// arrives, and a count for an older text is stopped and dropped.
class FindReplaceDialog : public QDialog
{
    Q_OBJECT

public:
    using Count = ExampleQueries::Matches;
    // Starts counting; setting cancel stops a count that is no longer wanted.
    using Counter = std::function<QFuture<Count>(const QString &find, Qt::CaseSensitivity cs,
                                                 const ExampleQueries::Cancel &cancel)>;

    explicit FindReplaceDialog(Counter counter, QWidget *parent = nullptr);
    ~FindReplaceDialog() override; // stops a count still running

    QString findText() const;
    QString replacement() const;
    Qt::CaseSensitivity caseSensitivity() const;
    // Counts now (the dialog also counts a moment after typing stops, and the page after a
    // replacement was stored).
    void recount();
    bool isCounting() const { return m_cancel != nullptr; }

Q_SIGNALS:
    void replaceAllRequested();

private:
    void showCount();

    Counter m_counter;
    QFutureWatcher<Count> m_counting;
    ExampleQueries::Cancel m_cancel;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QLabel *m_count;
    QPushButton *m_replaceAll;
    QTimer *m_delay;
};

#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// Find and replace across every message of a dataset. The count of matches is shown
// before anything changes; "Replace All" applies it as one undoable step.
class FindReplaceDialog : public QDialog
{
    Q_OBJECT

public:
    struct Count
    {
        int examples = 0;
        int occurrences = 0;
    };
    using Counter = std::function<Count(const QString &find, Qt::CaseSensitivity cs)>;

    explicit FindReplaceDialog(Counter counter, QWidget *parent = nullptr);

    QString findText() const;
    QString replacement() const;
    Qt::CaseSensitivity caseSensitivity() const;
    // Counts now (the dialog also counts a moment after typing stops).
    void recount();

Q_SIGNALS:
    void replaceAllRequested();

private:
    Counter m_counter;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QLabel *m_count;
    QPushButton *m_replaceAll;
    QTimer *m_delay;
};

#pragma once

#include <QDialog>

class QSpinBox;

// "Make a validation split…": which share of the examples is kept aside to measure
// learning, and the seed that makes the choice repeatable.
class ValidationSplitDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ValidationSplitDialog(int exampleCount, QWidget *parent = nullptr);

    int percent() const;
    quint64 seed() const;
    // The dataset changed while the dialog is up (an import finished).
    void setExampleCount(int exampleCount);

private:
    void updateSummary();

    int m_exampleCount;
    QSpinBox *m_percent;
    QSpinBox *m_seed;
    class QLabel *m_summary;
};

#pragma once

#include <QList>

// Which epoch a step belongs to, so runs over datasets of different sizes line up when drawn
// against epochs. Known from the job's total steps and number of epochs, or from the steps
// where the provider measured the whole validation set (it does so at the end of each epoch).
// Epochs are counted from the start: epoch 1 covers steps 1..end of the first epoch, and the
// fractional position of step s is 1.0 at the end of the first epoch, 1.5 half-way through
// the second. Past the last known end, epochs go on with the last epoch's length.
class EpochMapping
{
public:
    EpochMapping() = default; // no epochs known: isValid() is false

    static EpochMapping fromTotals(int totalSteps, int epochs);
    // Steps where epochs end, in any order; non-positive steps and repeats are ignored.
    static EpochMapping fromEpochEnds(QList<int> endSteps);

    bool isValid() const { return !m_ends.isEmpty(); }
    qsizetype epochCount() const { return m_ends.size(); }
    const QList<int> &epochEnds() const { return m_ends; }

    double epochAt(double step) const; // fractional position, 0 at the start
    double stepAt(double epoch) const; // the inverse of epochAt
    int epochOf(int step) const;       // 1-based number of the epoch the step is part of
    int endOfEpoch(int epoch) const;   // the step where a 1-based epoch ends

    friend bool operator==(const EpochMapping &, const EpochMapping &) = default;

private:
    double lengthBefore(qsizetype index) const;

    QList<int> m_ends;
    double m_tailLength = 1; // steps per epoch after the last known end
};

#pragma once

#include <QWidget>

class PlaygroundJudge;
class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QPushButton;

// The bar under a Playground turn where the person says which answer was better: one button
// per answer ("Answer 1", "Answer 2"...), "Tie", "Both bad", then "Reveal" in blind mode.
// Thin: it shows the PlaygroundJudge's current round and calls it; the judge stores the
// verdict. Hidden while there is no round of two answers or more.
//
// Shortcuts (while the bar is shown in the active window): Alt+1…Alt+4 pick an answer, Alt+T
// tie, Alt+B both bad, Alt+R reveal, Alt+P save the pair as a preference example.
class VerdictBar : public QWidget
{
    Q_OBJECT

public:
    explicit VerdictBar(QWidget *parent = nullptr);

    void setJudge(PlaygroundJudge *judge);
    PlaygroundJudge *judge() const { return m_judge; }

Q_SIGNALS:
    // "Save as preference…": the positions (as shown) of the better answer (the picked one, or
    // the first) and of another one.
    void savePreferenceRequested(int preferredPosition, int rejectedPosition);
    void statusMessage(const QString &text);

private:
    void rebuildChoices();
    void refresh();
    void choose(int id);
    void addShortcut(const QKeySequence &keys, QPushButton *button);

    PlaygroundJudge *m_judge = nullptr;
    QLabel *m_question;
    QHBoxLayout *m_choices;
    QButtonGroup *m_group;
    QPushButton *m_tie;
    QPushButton *m_allBad;
    QPushButton *m_reveal;
    QPushButton *m_savePair;
    QLabel *m_outcome;
    QList<QPushButton *> m_answerButtons;
};

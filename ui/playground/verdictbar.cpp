#include "verdictbar.h"

#include "core/playground/playgroundjudge.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace {

// Button ids in the group: answers by position from 0; these for the other verdicts.
constexpr int TieId = 100;
constexpr int AllBadId = 101;
constexpr int MaxAnswers = 4;

QPushButton *choiceButton(const QString &text, const QString &name)
{
    auto button = new QPushButton(text);
    button->setObjectName(name);
    button->setCheckable(true);
    return button;
}

} // namespace

VerdictBar::VerdictBar(QWidget *parent)
    : QWidget(parent), m_question(new QLabel), m_choices(new QHBoxLayout),
      m_group(new QButtonGroup(this)), m_tie(choiceButton(tr("Tie"), QStringLiteral("verdictTie"))),
      m_allBad(choiceButton(tr("Both bad"), QStringLiteral("verdictAllBad"))),
      m_reveal(new QPushButton(tr("Reveal"))),
      m_savePair(new QPushButton(tr("Save as Preference…"))), m_outcome(new QLabel)
{
    setObjectName(QStringLiteral("verdictBar"));
    m_question->setObjectName(QStringLiteral("verdictQuestion"));
    m_outcome->setObjectName(QStringLiteral("verdictOutcome"));
    m_outcome->setWordWrap(true);
    m_reveal->setObjectName(QStringLiteral("verdictReveal"));
    m_reveal->setToolTip(tr("Show which model wrote each answer (Alt+R). After that your "
                            "verdict for this turn is final."));
    m_savePair->setObjectName(QStringLiteral("verdictSavePair"));
    m_savePair->setToolTip(tr("Save the better and a worse answer as a preference example, so "
                              "a model can learn which answer to prefer (Alt+P)."));
    m_tie->setToolTip(tr("The answers are equally good (Alt+T)."));
    m_group->setExclusive(true);
    m_group->addButton(m_tie, TieId);
    m_group->addButton(m_allBad, AllBadId);
    m_choices->setContentsMargins(0, 0, 0, 0);

    auto row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_question);
    row->addLayout(m_choices);
    row->addWidget(m_tie);
    row->addWidget(m_allBad);
    row->addStretch(1);
    row->addWidget(m_savePair);
    row->addWidget(m_reveal);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addLayout(row);
    layout->addWidget(m_outcome);

    for (int position = 0; position < MaxAnswers; ++position) {
        auto button = choiceButton(tr("Answer %1").arg(position + 1),
                                   QStringLiteral("verdictAnswer%1").arg(position + 1));
        button->setToolTip(tr("Answer %1 is the better one (Alt+%1).").arg(position + 1));
        m_group->addButton(button, position);
        m_choices->addWidget(button);
        m_answerButtons.append(button);
        addShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + position)), button);
    }
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_T), m_tie);
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_B), m_allBad);
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_R), m_reveal);
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_P), m_savePair);

    connect(m_group, &QButtonGroup::idClicked, this, &VerdictBar::choose);
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (m_judge)
            m_judge->reveal();
    });
    connect(m_savePair, &QPushButton::clicked, this, [this] {
        if (!m_judge || m_judge->round().size() < 2)
            return;
        const int best = std::max(0, m_judge->round().bestPosition());
        Q_EMIT savePreferenceRequested(best, best == 0 ? 1 : 0);
    });
    refresh();
}

void VerdictBar::addShortcut(const QKeySequence &keys, QPushButton *button)
{
    // Window-wide, but only while the bar (and so the button) is visible.
    auto shortcut = new QShortcut(keys, button);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isVisible() && button->isEnabled())
            button->click();
    });
}

void VerdictBar::setJudge(PlaygroundJudge *judge)
{
    if (m_judge)
        disconnect(m_judge, nullptr, this, nullptr);
    m_judge = judge;
    if (m_judge) {
        connect(m_judge, &PlaygroundJudge::roundStarted, this, &VerdictBar::rebuildChoices);
        connect(m_judge, &PlaygroundJudge::roundJudged, this, &VerdictBar::refresh);
        connect(m_judge, &PlaygroundJudge::roundRevealed, this, &VerdictBar::refresh);
        connect(m_judge, &QObject::destroyed, this, [this] {
            m_judge = nullptr;
            refresh();
        });
    }
    rebuildChoices();
}

void VerdictBar::rebuildChoices()
{
    // A new round starts with nothing picked.
    m_group->setExclusive(false);
    for (QAbstractButton *button : m_group->buttons())
        button->setChecked(false);
    m_group->setExclusive(true);
    refresh();
}

void VerdictBar::choose(int id)
{
    if (!m_judge)
        return;
    const bool ok = id == TieId      ? m_judge->pickTie()
                    : id == AllBadId ? m_judge->pickAllBad()
                                     : m_judge->pickBest(id);
    if (!ok)
        Q_EMIT statusMessage(m_judge->lastError());
    refresh();
}

void VerdictBar::refresh()
{
    const int size = m_judge ? m_judge->round().size() : 0;
    setVisible(size >= 2);
    if (size < 2)
        return;
    const BlindRound &round = m_judge->round();
    const bool open = round.canJudge();
    for (int position = 0; position < m_answerButtons.size(); ++position) {
        QPushButton *button = m_answerButtons.at(position);
        button->setVisible(position < size);
        button->setEnabled(open);
        button->setChecked(round.bestPosition() == position);
    }
    m_allBad->setText(size == 2 ? tr("Both bad") : tr("All bad"));
    m_allBad->setToolTip(size == 2 ? tr("Neither answer is good (Alt+B).")
                                   : tr("None of the answers is good (Alt+B)."));
    m_tie->setEnabled(open);
    m_allBad->setEnabled(open);
    m_tie->setChecked(round.pick() == BlindRound::Pick::Tie);
    m_allBad->setChecked(round.pick() == BlindRound::Pick::AllBad);
    m_reveal->setVisible(round.isBlind());
    m_reveal->setEnabled(!round.isRevealed());
    m_question->setText(size == 2 ? tr("Which answer is better?") : tr("Which answer is best?"));

    QString outcome = round.outcome();
    if (!m_judge->lastError().isEmpty())
        outcome = m_judge->lastError();
    else if (!round.isJudged() && round.namesHidden())
        outcome = tr("The models are hidden and shown in a shuffled order. Pick the better "
                     "answer, then reveal who wrote it.");
    m_outcome->setText(outcome);
    m_outcome->setVisible(!outcome.isEmpty());
}

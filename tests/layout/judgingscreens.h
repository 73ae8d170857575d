#pragma once

// The Playground's judging screens for the layout check, opened through the LayoutFixture
// with real content from the sample workspace: the verdict bar of a blind turn with four
// answers above the tallies, and the dialogs that save an answer or a preference pair.

class LayoutFixture;
class QWidget;

namespace JudgingScreens {
QWidget *showJudging(LayoutFixture &fixture);
// The Playground page in blind mode after a turn: shuffled nameless columns, the verdict bar
// and the tallies open.
QWidget *showBlindPage(LayoutFixture &fixture);
// Its Results window: the tallies of this session.
QWidget *showResults(LayoutFixture &fixture);
void closeResults(LayoutFixture &fixture);
QWidget *showSaveAnswer(LayoutFixture &fixture);
QWidget *showSavePreference(LayoutFixture &fixture);
} // namespace JudgingScreens

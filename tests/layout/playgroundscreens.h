#pragma once

// The Playground for the layout check: two columns (the base model and a tuned one) that have
// answered a question — one answer complete with its figures, one stopped part-way — with the
// Advanced settings open, so every label of the page is on screen.

class LayoutFixture;
class QWidget;

namespace PlaygroundScreens {
QWidget *showAnswers(LayoutFixture &fixture, bool advanced);
} // namespace PlaygroundScreens

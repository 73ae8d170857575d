#pragma once

// The answer view of the Playground for the layout check: a model's answer with lists, a
// table, code (the caret in it, so "Copy code" shows) and hostile content (remote images,
// raw HTML, javascript: and file: links, invisible characters), and a very long answer shown
// as plain text with its note.

class LayoutFixture;
class QWidget;

namespace MarkdownScreens {
QWidget *showAnswer(LayoutFixture &fixture);
QWidget *showVeryLongAnswer(LayoutFixture &fixture);
} // namespace MarkdownScreens

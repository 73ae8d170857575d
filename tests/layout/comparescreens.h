#pragma once

// The Batch compare window for the layout check, opened as a person opens it: from the
// Datasets page on a few chosen examples of the sample, empty (the setup) and with the
// Sandbox's answers side by side.

class LayoutFixture;
class QWidget;

namespace CompareScreens {
QWidget *showSetup(LayoutFixture &fixture);
QWidget *showResults(LayoutFixture &fixture);
} // namespace CompareScreens

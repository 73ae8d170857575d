#pragma once

// The Jobs screens for the layout check, opened through the LayoutFixture with real content:
// the list with a few jobs of the sample (running, finished, failed), a job's page, and each
// step of Start fine-tune on the sample dataset with the Sandbox.

class LayoutFixture;
class QWidget;

namespace JobsScreens {
enum class FormStep { Setup, Advanced, Checks, Cost, ProviderEstimate, Sending, Refused };

QWidget *showList(LayoutFixture &fixture);
QWidget *showJob(LayoutFixture &fixture, bool failed);
// Every job that trained, chosen in the list and compared on one chart.
QWidget *showComparison(LayoutFixture &fixture);
QWidget *showStartFineTune(LayoutFixture &fixture, FormStep step);
} // namespace JobsScreens

#include "comparescreens.h"

#include "api/compare/batchcomparer.h"
#include "layoutfixture.h"
#include "ui/compare/batchcomparedialog.h"
#include "ui/compare/batchcomparelauncher.h"
#include "ui/compare/batchmodelpicker.h"
#include "ui/compare/batchsetuppage.h"
#include "ui/datasets/datasetspage.h"
#include "ui/datasets/examplelistmodel.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace {

constexpr int SandboxTimeoutMs = 30000;

// Batch compare opened from the Datasets page with four examples of the sample chosen.
BatchCompareDialog *openFromDatasets(LayoutFixture &fixture)
{
    fixture.showPage(QStringLiteral("datasets"));
    DatasetsPage *page = fixture.datasets();
    QTableView *view = page->exampleView();
    if (!QTest::qWaitFor([page] { return page->exampleModel()->rowCount() >= 4; }, 10000))
        return nullptr;
    view->clearSelection();
    for (int row = 0; row < 4; ++row)
        view->selectionModel()->select(page->exampleModel()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    page->compareAction()->trigger();
    BatchCompareDialog *dialog = fixture.window()->batchCompare()->dialog();
    if (!dialog || !fixture.showDialog(dialog))
        return nullptr;
    BatchSetupPage *setup = dialog->setupPage();
    // The Sandbox lists its models for the pickers.
    if (!QTest::qWaitFor([setup] { return setup->pickers().at(0)->modelBox()->count() > 0; },
                         SandboxTimeoutMs))
        return nullptr;
    const QString sandbox = QString::fromLatin1(ProviderProfile::SandboxId);
    setup->pickers().at(0)->setModel(sandbox, QStringLiteral("gpt-4o-mini-2024-07-18"));
    setup->pickers().at(1)->setModel(sandbox, QStringLiteral("gpt-4.1-mini-2025-04-14"));
    return dialog;
}

} // namespace

namespace CompareScreens {

QWidget *showSetup(LayoutFixture &fixture)
{
    return openFromDatasets(fixture);
}

QWidget *showResults(LayoutFixture &fixture)
{
    BatchCompareDialog *dialog = openFromDatasets(fixture);
    if (!dialog)
        return nullptr;
    dialog->compareButton()->click();
    if (!QTest::qWaitFor(
            [dialog] { return dialog->showsResults() && !dialog->comparer()->isRunning(); },
            SandboxTimeoutMs))
        return nullptr;
    return dialog;
}

} // namespace CompareScreens

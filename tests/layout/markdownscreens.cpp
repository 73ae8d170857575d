#include "markdownscreens.h"

#include "../markdown/hostileanswers.h"
#include "layoutfixture.h"
#include "ui/common/markdownview.h"
#include "ui/shell/mainwindow.h"

#include <QDialog>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
// About the room one of two Playground columns has on the laptop's screen.
constexpr QSize kColumn(620, 660);

MarkdownView *answerDialog(LayoutFixture &fixture, QDialog **dialog)
{
    *dialog = new QDialog(fixture.window());
    auto *layout = new QVBoxLayout(*dialog);
    auto *view = new MarkdownView(*dialog);
    layout->addWidget(view);
    (*dialog)->resize(kColumn);
    return view;
}
} // namespace

namespace MarkdownScreens {

QWidget *showAnswer(LayoutFixture &fixture)
{
    QDialog *dialog = nullptr;
    MarkdownView *view = answerDialog(fixture, &dialog);
    view->setMarkdown(HostileAnswers::rich() + QStringLiteral("\n") + HostileAnswers::hostile());
    view->flush();
    QWidget *shown = fixture.showDialog(dialog);
    // The caret in the code block, as a keyboard user puts it there: "Copy code" appears.
    QTextBrowser *browser = view->browser();
    QTextCursor inCode = browser->document()->find(QStringLiteral("def greet"));
    inCode.clearSelection();
    browser->setTextCursor(inCode);
    browser->setFocus();
    return shown;
}

QWidget *showVeryLongAnswer(LayoutFixture &fixture)
{
    QDialog *dialog = nullptr;
    MarkdownView *view = answerDialog(fixture, &dialog);
    view->setMarkdown(HostileAnswers::longAnswer(MarkdownView::kLongestRenderedAnswer / 2));
    view->flush();
    return fixture.showDialog(dialog);
}

} // namespace MarkdownScreens

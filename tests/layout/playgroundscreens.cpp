#include "playgroundscreens.h"

#include "api/playground/playgroundconversation.h"
#include "api/playground/playgroundrunner.h"
#include "layoutfixture.h"
#include "ui/playground/playgroundpage.h"
#include "ui/shell/mainwindow.h"

#include <QTest>
#include <QToolButton>

namespace {

QJsonArray conversation(const QString &answer, const AnswerStats &stats, const ApiError &error)
{
    return {PlaygroundConversation::userMessage(
                QStringLiteral("How do I reset my password if I no longer have my phone?")),
            PlaygroundConversation::answerMessage(answer, stats, error)};
}

} // namespace

QWidget *PlaygroundScreens::showAnswers(LayoutFixture &fixture, bool advanced)
{
    fixture.showPage(QStringLiteral("playground"));
    auto page = fixture.window()->findChild<PlaygroundPage *>();
    if (!page)
        return fixture.window();
    AnswerStats full;
    full.firstTokenMs = 420;
    full.totalMs = 2310;
    full.inputTokens = 1234;
    full.outputTokens = 187;
    full.costUsd = 0.000297;
    AnswerStats stopped;
    stopped.firstTokenMs = 380;
    stopped.totalMs = 900;
    stopped.inputTokens = 1234;
    stopped.outputTokens = 42;
    stopped.tokensEstimated = true;
    stopped.costUsd = 0.0002;

    PlaygroundColumn base;
    base.profileId = QStringLiteral("sandbox");
    base.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    base.conversation = conversation(
        QStringLiteral("[Sandbox] Thank you for your question. In general, there "
                       "are several possible approaches; tell me more about what you need and "
                       "I can be more specific."),
        full, {});
    PlaygroundColumn tuned;
    tuned.profileId = QStringLiteral("sandbox");
    tuned.model = QStringLiteral("ft:gpt-4o-mini-2024-07-18:sandbox:support:abc123");
    tuned.settings.insert(QLatin1String(PlaygroundRunner::BaseModelKey), base.model);
    tuned.conversation =
        conversation(QStringLiteral("[Sandbox] Open Settings, choose Account, then"),
                     stopped, ApiError::make(ApiError::Kind::Cancelled));
    page->openNewSession({base, tuned}, QStringLiteral("Support answers"));
    if (advanced && !page->advancedButton()->isChecked())
        page->advancedButton()->click();
    QTest::qWait(50); // the answers are laid out
    return fixture.window();
}

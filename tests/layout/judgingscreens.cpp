#include "judgingscreens.h"

#include "core/dataset/examplejson.h"
#include "core/playground/playgroundexample.h"
#include "core/playground/playgroundjudge.h"
#include "core/playground/playgroundstore.h"
#include "core/session/workspacemanager.h"
#include "core/session/workspacesession.h"
#include "core/workspace/datasetstore.h"
#include "layoutfixture.h"
#include "ui/datasets/datasetspage.h"
#include "ui/datasets/examplelistmodel.h"
#include "ui/playground/judgingcontroller.h"
#include "ui/playground/playgroundpage.h"
#include "ui/playground/saveanswerdialog.h"
#include "ui/playground/tallyview.h"
#include "ui/playground/verdictbar.h"
#include "ui/shell/mainwindow.h"

#include <QCheckBox>
#include <QDialog>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString Base = QStringLiteral("gpt-4o-mini-2024-07-18");
const QString Tuned = QStringLiteral("ft:gpt-4o-mini-2024-07-18:sandbox:jabuti:9f3c1a");

WorkspaceSession *session(LayoutFixture &fixture)
{
    return fixture.context().workspaces->session();
}

// The sample's longest conversation up to its last answer, and that answer.
QJsonArray samplePrompt(LayoutFixture &fixture, QString *answer)
{
    DatasetStore *store = session(fixture)->datasets();
    const qint64 dataset = fixture.datasets()->currentDataset();
    QJsonArray best;
    for (const ExampleRow &row : store->rows(dataset, 0, store->exampleCount(dataset))) {
        const QJsonArray messages = ExampleJson::messages(store->example(row.id).json);
        if (messages.size() > best.size())
            best = messages;
    }
    const int last = PlaygroundExample::answerIndex(best, PlaygroundExample::answerCount(best) - 1);
    *answer = PlaygroundExample::answerText(best, last);
    return PlaygroundExample::promptFor(best, last, QString());
}

} // namespace

QWidget *JudgingScreens::showJudging(LayoutFixture &fixture)
{
    closeResults(fixture);
    PlaygroundStore *store = session(fixture)->playground();
    const qint64 id = store->createSession(QStringLiteral("Layout"));
    auto host = new QDialog(fixture.window());
    auto judge = new PlaygroundJudge(host);
    judge->setStore(store, id);
    judge->setBlind(true);
    judge->setSeed(3);
    const QString other = QStringLiteral("llama-3.1-8b-instruct");
    // Two earlier turns give the tallies content, then a four-answer turn waits for a verdict.
    for (int turn = 0; turn < 3; ++turn) {
        judge->startRound(QStringLiteral("Posso mudar meu plano?"),
                          {{0, Base, QStringLiteral("Sim.")},
                           {1, Tuned, QStringLiteral("Sim, pelo app.")},
                           {2, other, QStringLiteral("Talvez.")}});
        judge->pickBest(judge->round().positionOf(turn == 2 ? 0 : 1));
    }
    judge->startRound(QStringLiteral("Qual é o meu protocolo?"),
                      {{0, Base, QStringLiteral("a")},
                       {1, Tuned, QStringLiteral("b")},
                       {2, other, QStringLiteral("c")},
                       {3, QStringLiteral("qwen2.5-7b-instruct"), QStringLiteral("d")}});
    auto bar = new VerdictBar;
    bar->setJudge(judge);
    auto tallies = new TallyView;
    tallies->setStore(store, id);
    auto layout = new QVBoxLayout(host);
    layout->addWidget(bar);
    layout->addWidget(tallies, 1);
    host->resize(fixture.window()->width(), 360);
    return fixture.showDialog(host);
}

QWidget *JudgingScreens::showBlindPage(LayoutFixture &fixture)
{
    fixture.showPage(QStringLiteral("playground"));
    auto page = fixture.window()->findChild<PlaygroundPage *>();
    if (!page)
        return fixture.window();
    auto column = [](const QString &model, const QString &answer) {
        PlaygroundColumn c;
        c.profileId = QStringLiteral("sandbox");
        c.model = model;
        c.conversation = {
            QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                        {QStringLiteral("content"), QStringLiteral("Posso mudar meu plano?")}},
            QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("content"), answer}}};
        return c;
    };
    const QList<PlaygroundColumn> columns{
        column(Base, QStringLiteral("Sim. Entre em contato com a central.")),
        column(Tuned, QStringLiteral("Pode sim! No app Minha Jabuti, toque em Planos e escolha "
                                     "o novo plano; a mudança vale no próximo ciclo."))};
    page->openNewSession(columns, QStringLiteral("Às cegas"));
    JudgingController *judging = page->judging();
    if (!judging->blindSwitch()->isChecked())
        judging->blindSwitch()->click();
    judging->judge()->setSeed(4);
    // Earlier verdicts for the tallies, then the turn that waits for one.
    for (int turn = 0; turn < 3; ++turn) {
        judging->beginTurn(2);
        judging->finishTurn(columns, QString());
        judging->judge()->pickBest(judging->judge()->round().positionOf(turn == 1 ? 0 : 1));
    }
    judging->beginTurn(2);
    judging->finishTurn(columns, QString());
    QTest::qWait(50); // laid out
    return fixture.window();
}

QWidget *JudgingScreens::showResults(LayoutFixture &fixture)
{
    showBlindPage(fixture);
    auto page = fixture.window()->findChild<PlaygroundPage *>();
    auto button = page ? page->findChild<QToolButton *>(QStringLiteral("showTallies")) : nullptr;
    if (!button)
        return fixture.window();
    button->setChecked(true);
    // The page's own window: not handed to the fixture, which deletes its dialogs; the next
    // screen closes it again (closeResults).
    auto results = page->findChild<QDialog *>(QStringLiteral("resultsWindow"));
    if (!results || !QTest::qWaitForWindowExposed(results))
        return fixture.window();
    return results;
}

void JudgingScreens::closeResults(LayoutFixture &fixture)
{
    auto page = fixture.window()->findChild<PlaygroundPage *>();
    if (auto button =
            page ? page->findChild<QToolButton *>(QStringLiteral("showTallies")) : nullptr)
        button->setChecked(false);
}

QWidget *JudgingScreens::showSaveAnswer(LayoutFixture &fixture)
{
    fixture.showPage(QStringLiteral("datasets"));
    QString answer;
    const QJsonArray prompt = samplePrompt(fixture, &answer);
    auto dialog = new SaveAnswerDialog(session(fixture)->datasets(), session(fixture)->undoStack(),
                                       fixture.window());
    dialog->setAnswer({Tuned, prompt, answer, Tuned});
    return fixture.showDialog(dialog);
}

QWidget *JudgingScreens::showSavePreference(LayoutFixture &fixture)
{
    fixture.showPage(QStringLiteral("datasets"));
    QString answer;
    const QJsonArray prompt = samplePrompt(fixture, &answer);
    auto dialog = new SaveAnswerDialog(session(fixture)->datasets(), session(fixture)->undoStack(),
                                       fixture.window());
    dialog->setPair({{SaveAnswerDialog::tr("Answer 1"), prompt, answer, Tuned},
                     {SaveAnswerDialog::tr("Answer 2"), prompt,
                      QStringLiteral("Não sei. Ligue para a central."), Base}},
                    0, 1);
    return fixture.showDialog(dialog);
}

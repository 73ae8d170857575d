// The checks of one example: each check fails on an example that has the problem and stays
// quiet on one that does not; every one-click fix leaves an example that passes its check.
#include "core/checks/checkcatalog.h"
#include "core/checks/examplechecker.h"
#include "core/checks/examplefixer.h"
#include "core/checks/examplefixplan.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTest>

namespace {

// What the checker says about one JSON line, as DatasetChecker reads lines.
CheckIssues checkLine(const QByteArray &line)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        return {ExampleChecker::invalidJson(error.errorString())};
    if (!document.isObject())
        return ExampleChecker::check(QJsonValue(document.array()));
    return ExampleChecker::check(document.object());
}

QStringList codesOf(const CheckIssues &issues)
{
    QStringList codes;
    for (const CheckIssue &issue : issues)
        codes.append(issue.code);
    return codes;
}

QJsonObject objectOf(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object();
}

const QByteArray Good =
    R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})";

} // namespace

class TestExampleChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodExampleHasNoProblem();
    void eachCheck_data();
    void eachCheck();
    void fixes_data();
    void fixes();
    void messageNumbersAreOneBased();
    void hiddenCharactersAreNamedNotCopied();
    void catalogKnowsEveryCode();
    void fixPlanGroupsByExample();
};

void TestExampleChecks::goodExampleHasNoProblem()
{
    QCOMPARE(codesOf(checkLine(Good)), QStringList());
}

void TestExampleChecks::eachCheck_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("failing");
    QTest::addColumn<QByteArray>("passing");

    const auto row = [](const char *code, const char *failing, const char *passing) {
        QTest::newRow(code) << QString::fromLatin1(code) << QByteArray(failing) << QByteArray(passing);
    };
    row("invalid_json", R"({"messages": [)", Good.constData());
    row("not_an_object", R"([1, 2])", Good.constData());
    row("missing_messages", R"({"prompt":"Q","completion":"A"})", Good.constData());
    row("missing_messages", R"({"messages":[]})", Good.constData());
    row("message_not_object",
        R"({"messages":[{"role":"system","content":"S"},"hello",{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})",
        Good.constData());
    row("missing_role",
        R"({"messages":[{"role":"system","content":"S"},{"content":"Q"},{"role":"assistant","content":"A"}]})",
        Good.constData());
    row("unknown_role",
        R"({"messages":[{"role":"system","content":"S"},{"role":"customer","content":"Q"},{"role":"assistant","content":"A"}]})",
        R"({"messages":[{"role":"developer","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})");
    row("missing_content",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user"},{"role":"assistant","content":"A"}]})",
        Good.constData());
    row("content_not_text",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":42},{"role":"assistant","content":"A"}]})",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":[{"type":"text","text":"Q"}]},{"role":"assistant","content":"A"}]})");
    row("empty_content",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"  "},{"role":"assistant","content":"A"}]})",
        Good.constData());
    row("empty_last_message",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A"},{"role":"user","content":""}]})",
        Good.constData());
    row("unknown_message_key",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q","mood":"happy"},{"role":"assistant","content":"A"}]})",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q","name":"ana"},{"role":"assistant","content":"A"}]})");
    row("no_assistant_message",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"}]})", Good.constData());
    row("tools_invalid",
        R"({"tools":[{"type":"function","function":{"description":"no name"}}],"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})",
        R"({"tools":[{"type":"function","function":{"name":"weather","parameters":{"type":"object"}}}],"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})");
    row("tool_call_invalid",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":null,"tool_calls":[{"type":"function","function":{"name":"weather","arguments":"{}"}}]},{"role":"assistant","content":"A"}]})",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"weather","arguments":"{}"}}]},{"role":"tool","tool_call_id":"c1","content":"sunny"},{"role":"assistant","content":"A"}]})");
    row("tool_call_arguments_invalid",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"weather","arguments":"{city: Recife"}}]},{"role":"tool","tool_call_id":"c1","content":"sunny"},{"role":"assistant","content":"A"}]})",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"weather","arguments":"{\"city\": \"Recife\"}"}}]},{"role":"tool","tool_call_id":"c1","content":"sunny"},{"role":"assistant","content":"A"}]})");
    row("tool_calls_not_assistant",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q","tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"}}]},{"role":"assistant","content":"A"}]})",
        Good.constData());
    row("tool_result_without_call",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"tool","tool_call_id":"c9","content":"sunny"},{"role":"assistant","content":"A"}]})",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","tool_calls":[{"id":"c9","type":"function","function":{"name":"f","arguments":"{}"}}]},{"role":"tool","tool_call_id":"c9","content":"sunny"},{"role":"assistant","content":"A"}]})");
    row("invalid_weight",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A","weight":0.5}]})",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A","weight":1}]})");
    row("weight_not_assistant",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q","weight":1},{"role":"assistant","content":"A"}]})",
        Good.constData());
    row("preference_missing_answer",
        R"({"input":{"messages":[{"role":"user","content":"Q"}]},"preferred_output":[{"role":"assistant","content":"A"}]})",
        R"({"input":{"messages":[{"role":"user","content":"Q"}]},"preferred_output":[{"role":"assistant","content":"A"}],"non_preferred_output":[{"role":"assistant","content":"B"}]})");
    row("preference_missing_answer",
        R"({"input":{"messages":[{"role":"user","content":"Q"}]},"preferred_completion":[{"role":"assistant","content":"A"}],"non_preferred_completion":[]})",
        R"({"input":{"messages":[{"role":"user","content":"Q"}]},"preferred_completion":[{"role":"assistant","content":"A"}],"non_preferred_completion":[{"role":"assistant","content":"B"}]})");
    row("preference_same_answers",
        R"({"input":{"messages":[{"role":"user","content":"Q"}]},"preferred_output":[{"role":"assistant","content":"A"}],"non_preferred_output":[{"role":"assistant","content":"A"}]})",
        R"({"input":{"messages":[{"role":"user","content":"Q"}]},"preferred_output":[{"role":"assistant","content":"A"}],"non_preferred_output":[{"role":"assistant","content":"B"}]})");
    row("nothing_to_learn",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A","weight":0}]})",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A","weight":0},{"role":"user","content":"Q2"},{"role":"assistant","content":"B"}]})");
    row("unknown_example_key",
        R"({"metadata":{"source":"crm"},"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})",
        R"({"parallel_tool_calls":false,"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})");
    row("hidden_characters",
        "{\"messages\":[{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\",\"content\":\"Q\"},{\"role\":\"assistant\",\"content\":\"Open invoice\u202Egpj.exe\"}]}",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"\u0645\u0631\u062d\u0628\u0627 \u200F Q"},{"role":"assistant","content":"A \ud83d\udc69\u200d\ud83d\udcbb"}]})");
    row("hidden_characters",
        R"({"messages":[{"role":"system","content":[{"type":"text","text":"be\u200bhave"}]},{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})",
        Good.constData());
    row("hidden_characters",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"pay\u2066_all\u2069","arguments":"{}"}}]},{"role":"tool","tool_call_id":"c1","content":"ok"},{"role":"assistant","content":"A"}]})",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"pay_all","arguments":"{}"}}]},{"role":"tool","tool_call_id":"c1","content":"ok"},{"role":"assistant","content":"A"}]})");
    row("no_system_message",
        R"({"messages":[{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})", Good.constData());
    row("no_user_message",
        R"({"messages":[{"role":"system","content":"S"},{"role":"assistant","content":"A"}]})", Good.constData());
}

void TestExampleChecks::eachCheck()
{
    QFETCH(QString, code);
    QFETCH(QByteArray, failing);
    QFETCH(QByteArray, passing);
    const CheckIssues issues = checkLine(failing);
    QVERIFY2(codesOf(issues).contains(code), qPrintable(codesOf(issues).join(u',')));
    QVERIFY2(!codesOf(checkLine(passing)).contains(code), qPrintable(codesOf(checkLine(passing)).join(u',')));
    for (const CheckIssue &issue : issues) {
        QVERIFY(!issue.problem.isEmpty());
        QVERIFY(!issue.howToFix.isEmpty());
        QCOMPARE(issue.severity, CheckCatalog::entry(issue.code).severity);
    }
}

void TestExampleChecks::fixes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("failing");
    const auto row = [](const char *code, const char *failing) {
        QTest::newRow(code) << QString::fromLatin1(code) << QByteArray(failing);
    };
    row("unknown_message_key",
        R"({"messages":[{"role":"system","content":"S","x":1},{"role":"user","content":"Q","mood":"happy"},{"role":"assistant","content":"A"}]})");
    row("invalid_weight",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A","weight":"yes"}]})");
    row("weight_not_assistant",
        R"({"messages":[{"role":"system","content":"S","weight":0},{"role":"user","content":"Q","weight":1},{"role":"assistant","content":"A"}]})");
    row("empty_last_message",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A"},{"role":"user","content":""},{"role":"assistant","content":" "}]})");
    row("nothing_to_learn",
        R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A","weight":0}]})");
    row("unknown_example_key",
        R"({"metadata":{},"id":7,"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})");
    row("unknown_message_key in a comparison",
        R"({"input":{"messages":[{"role":"user","content":"Q","mood":"x"}]},"preferred_output":[{"role":"assistant","content":"A"}],"non_preferred_output":[{"role":"assistant","content":"B"}]})");
}

void TestExampleChecks::fixes()
{
    QFETCH(QString, code);
    QFETCH(QByteArray, failing);
    const QString checkCode = code.section(u' ', 0, 0);
    const QJsonObject example = objectOf(failing);
    QVERIFY(codesOf(ExampleChecker::check(example)).contains(checkCode));
    QVERIFY(ExampleFixer::canFix(checkCode));
    QCOMPARE(CheckCatalog::entry(checkCode).fix, CheckFixKind::ReplaceJson);
    const std::optional<QJsonObject> fixed = ExampleFixer::fixed(example, checkCode);
    QVERIFY(fixed);
    QCOMPARE(codesOf(ExampleChecker::check(*fixed)).contains(checkCode), false);
    // A fixed example has nothing left to fix for that code.
    QVERIFY(!ExampleFixer::fixed(*fixed, checkCode));
    // Fixes keep the conversation: the answer the user wrote is still there.
    QVERIFY(QJsonDocument(*fixed).toJson().contains("\"A\""));
}

void TestExampleChecks::messageNumbersAreOneBased()
{
    const CheckIssues issues = checkLine(
        R"({"messages":[{"role":"system","content":"S"},{"role":"robot","content":"Q"},{"role":"assistant","content":"A"}]})");
    QCOMPARE(issues.size(), 2); // unknown role, and so no user message either
    QCOMPARE(issues.first().code, QStringLiteral("unknown_role"));
    QCOMPARE(issues.first().message, 1);
    QVERIFY2(issues.first().problem.startsWith(QStringLiteral("Message 2 ")), qPrintable(issues.first().problem));
    QVERIFY(issues.first().problem.contains(QStringLiteral("robot")));
}

// The warning says which characters and where, in markers a reader can see, and a role with
// an override is quoted revealed: the check's own sentence cannot be turned around.
void TestExampleChecks::hiddenCharactersAreNamedNotCopied()
{
    const CheckIssues issues = checkLine(
        "{\"messages\":[{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\u202E\",\"content\":\"Q\"},"
        "{\"role\":\"user\",\"content\":\"pass\u200Bword \u202Efdp.exe\"},{\"role\":\"assistant\",\"content\":\"A\"}]}");
    QStringList hidden;
    for (const CheckIssue &issue : issues) {
        QVERIFY2(!issue.problem.contains(QChar(0x202E)), qPrintable(issue.code));
        QVERIFY2(!issue.problem.contains(QChar(0x200B)), qPrintable(issue.code));
        if (issue.code == u"hidden_characters")
            hidden.append(issue.problem);
        if (issue.code == u"unknown_role")
            QVERIFY2(issue.problem.contains(QStringLiteral("user⟨U+202E⟩")), qPrintable(issue.problem));
    }
    QCOMPARE(hidden.size(), 1);
    QVERIFY2(hidden.first().startsWith(QStringLiteral("Message 3 ")), qPrintable(hidden.first()));
    QVERIFY2(hidden.first().contains(QStringLiteral("⟨U+200B⟩, ⟨U+202E⟩")), qPrintable(hidden.first()));
    QCOMPARE(CheckCatalog::entry(QStringLiteral("hidden_characters")).severity, CheckSeverity::Warning);
}

void TestExampleChecks::catalogKnowsEveryCode()
{
    for (const QString &code : CheckCatalog::codes()) {
        QVERIFY2(!CheckCatalog::howToFix(code).isEmpty(), qPrintable(code));
        QVERIFY2(CheckCatalog::title(code) != code, qPrintable(code));
        const bool fixable = CheckCatalog::entry(code).fix == CheckFixKind::ReplaceJson;
        QCOMPARE(ExampleFixer::canFix(code), fixable);
    }
}

void TestExampleChecks::fixPlanGroupsByExample()
{
    const QJsonObject broken = objectOf(
        R"({"metadata":1,"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q","mood":1},{"role":"assistant","content":"A","weight":3}]})");
    CheckIssues issues = ExampleChecker::check(broken);
    for (CheckIssue &issue : issues) {
        issue.example = 4;
        issue.exampleId = 77;
    }
    CheckIssue duplicate = CheckCatalog::issue(QStringLiteral("duplicate_example"), QStringLiteral("copy"));
    duplicate.example = 9;
    duplicate.exampleId = 99;
    issues.append(duplicate);

    const QList<ExampleFix> plan = ExampleFixPlan::make(issues, [&](qint64 id, int position) {
        return id == 77 && position == 4 ? broken : QJsonObject{{QStringLiteral("messages"), QJsonArray()}};
    });
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.at(0).exampleId, 77);
    QVERIFY(!plan.at(0).remove);
    QCOMPARE(codesOf(ExampleChecker::check(plan.at(0).json)), QStringList());
    QCOMPARE(plan.at(0).codes.size(), 3);
    QCOMPARE(plan.at(1).exampleId, 99);
    QVERIFY(plan.at(1).remove);
}

QTEST_GUILESS_MAIN(TestExampleChecks)
#include "tst_examplechecks.moc"

#include "rawcounterdiff.h"

#include "core/checks/answerlength.h"
#include "core/checks/examplechecker.h"
#include "core/checks/examplefingerprint.h"
#include "core/checks/rawexamplecounter.h"
#include "core/tokenizer/chattokencounter.h"
#include "fuzzsupport.h"

#include <QJsonDocument>
#include <QStringList>

namespace Fuzz {

namespace {

QByteArray figures(qint64 total, qint64 trained, qint64 messages, qint64 lastAnswer,
                   quint64 fingerprint)
{
    return QByteArray::number(total) + " total, " + QByteArray::number(trained) + " trained, " +
           QByteArray::number(messages) + " messages, " + QByteArray::number(lastAnswer) +
           " in the last answer, fingerprint " + QByteArray::number(fingerprint, 16);
}

} // namespace

void compareRawCounterWithParsedPath(const QByteArray &line)
{
    ensureApplication();
    static const ChatTokenCounter counter;
    // One counter for many lines, as each of DatasetChecker's chunks uses it: what one line
    // leaves in its buffers must not change the next line's figures.
    static RawExampleCounter raw(counter.tokenizer());
    const std::optional<RawExampleCounter::Result> fast = raw.count(line);
    if (!fast)
        return;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    const bool parses = error.error == QJsonParseError::NoError && document.isObject();
    if (fast->plain)
        check(parses, "a plain line does not parse", line);
    if (!parses)
        return;
    const QJsonObject example = document.object();
    const ChatTokenCount slow = counter.count(example);
    const quint64 fingerprint = ExampleFingerprint::of(example);
    const qint64 lastAnswer = AnswerLength::lastAnswerTokens(example, slow, counter.tokenizer());
    const QByteArray fastFigures = figures(fast->total, fast->trained, fast->messages,
                                           fast->lastAnswer, fast->fingerprint);
    const QByteArray slowFigures =
        figures(slow.total, slow.trained, slow.messages, lastAnswer, fingerprint);
    check(fastFigures == slowFigures, "fast and parsed counts differ",
          line + "\nfast:   " + fastFigures + "\nparsed: " + slowFigures);
    if (!fast->plain)
        return;
    QStringList found;
    for (const CheckIssue &issue : ExampleChecker::check(example))
        found.append(issue.code);
    QStringList reported;
    if (!fast->hasSystem)
        reported.append(ExampleChecker::noSystemMessage().code);
    if (!fast->hasUser)
        reported.append(ExampleChecker::noUserMessage().code);
    found.sort();
    reported.sort();
    check(found == reported, "the checks find more in a plain line than the fast path reports",
          line + "\nchecks: " + found.join(u',').toUtf8() +
              "\nfast:   " + reported.join(u',').toUtf8());
}

} // namespace Fuzz

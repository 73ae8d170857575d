// Streamed chat answers parsed incrementally: whatever the network's piece boundaries (every
// byte position, byte by byte, CRLF split in two, a UTF-8 character split), the text, tool
// calls and usage come out the same; a stream without [DONE] is reported as cut.
#include "api/client/chatstreamassembler.h"
#include "api/client/ssestreamparser.h"

#include <QtTest>

namespace {
QByteArray sampleStream(const QByteArray &newline)
{
    const QList<QByteArray> events = {
        R"({"id":"c1","model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":""}}]})",
        R"({"id":"c1","choices":[{"index":0,"delta":{"content":"Olá, "}}]})",
        R"({"id":"c1","choices":[{"index":0,"delta":{"content":"mundo ✓ 🎉"}}]})",
        R"({"id":"c1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"lookup","arguments":""}}]}}]})",
        R"({"id":"c1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"q\":"}}]}}]})",
        R"({"id":"c1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"sol\"}"}}]}}]})",
        R"({"id":"c1","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]})",
        R"({"id":"c1","choices":[],"usage":{"prompt_tokens":11,"completion_tokens":7,"total_tokens":18}})",
    };
    QByteArray stream = ": keep-alive comment" + newline + newline;
    for (const QByteArray &event : events)
        stream += "data: " + event + newline + newline;
    stream += "data: [DONE]" + newline + newline;
    return stream;
}

struct Collected
{
    QString text;
    ChatResult result;
    ApiError end;
};

Collected assemble(const QList<QByteArray> &pieces)
{
    ChatStreamAssembler assembler;
    Collected collected;
    for (const QByteArray &piece : pieces)
        collected.text += assembler.feed(piece).text;
    collected.result = assembler.result();
    collected.end = assembler.finish();
    return collected;
}

void checkComplete(const Collected &collected)
{
    QCOMPARE(collected.text, QStringLiteral("Olá, mundo ✓ 🎉"));
    QCOMPARE(collected.result.content, collected.text);
    QCOMPARE(collected.result.id, QStringLiteral("c1"));
    QCOMPARE(collected.result.model, QStringLiteral("gpt-4o-mini"));
    QCOMPARE(collected.result.toolCalls.size(), 1);
    QCOMPARE(collected.result.toolCalls.first().id, QStringLiteral("call_1"));
    QCOMPARE(collected.result.toolCalls.first().name, QStringLiteral("lookup"));
    QCOMPARE(collected.result.toolCalls.first().arguments, QStringLiteral("{\"q\":\"sol\"}"));
    QCOMPARE(collected.result.finishReason, QStringLiteral("tool_calls"));
    QVERIFY(collected.result.usage);
    QCOMPARE(collected.result.usage->totalTokens, 18);
    QVERIFY(!collected.end);
}
} // namespace

class TestSseStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitAtEveryByteBoundary_data();
    void splitAtEveryByteBoundary();
    void byteByByte();
    void splitIntoThreeAtEveryPair();
    void parserJoinsMultiLineData();
    void parserHandlesCrOnlyAndSplitCrLf();
    void cutStreamKeepsPartialAnswer();
    void errorInsideStream();
};

void TestSseStream::splitAtEveryByteBoundary_data()
{
    QTest::addColumn<QByteArray>("newline");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void TestSseStream::splitAtEveryByteBoundary()
{
    QFETCH(QByteArray, newline);
    const QByteArray stream = sampleStream(newline);
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        const Collected collected = assemble({stream.left(cut), stream.mid(cut)});
        checkComplete(collected);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("failed when split at byte %1").arg(cut)));
    }
}

void TestSseStream::byteByByte()
{
    const QByteArray stream = sampleStream("\r\n");
    QList<QByteArray> pieces;
    for (char c : stream)
        pieces.append(QByteArray(1, c));
    checkComplete(assemble(pieces));
}

void TestSseStream::splitIntoThreeAtEveryPair()
{
    const QByteArray stream = sampleStream("\n");
    // Every pair of cut positions over a stride keeps the run short but covers every region.
    for (qsizetype a = 0; a <= stream.size(); a += 7) {
        for (qsizetype b = a; b <= stream.size(); b += 5) {
            checkComplete(assemble({stream.left(a), stream.mid(a, b - a), stream.mid(b)}));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("failed when split at %1 and %2").arg(a).arg(b)));
        }
    }
}

void TestSseStream::parserJoinsMultiLineData()
{
    SseStreamParser parser;
    const QList<SseStreamParser::Event> events = parser.feed("event: note\nid: 7\ndata: one\ndata:two\n\ndata: x");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().event, QStringLiteral("note"));
    QCOMPARE(events.first().id, QStringLiteral("7"));
    QCOMPARE(events.first().data, QStringLiteral("one\ntwo"));
    QVERIFY(parser.hasPartialEvent());
    QCOMPARE(parser.feed("\n\n").first().data, QStringLiteral("x"));
    QVERIFY(!parser.hasPartialEvent());
}

void TestSseStream::parserHandlesCrOnlyAndSplitCrLf()
{
    SseStreamParser parser;
    QCOMPARE(parser.feed("data: a\r").size(), 0);
    QCOMPARE(parser.feed("\n").size(), 0);  // the LF of a split CRLF is not a blank line
    QCOMPARE(parser.feed("\r").size(), 1);  // ...but this CR is
    QCOMPARE(parser.feed("data: b\r\r").first().data, QStringLiteral("b"));
}

void TestSseStream::cutStreamKeepsPartialAnswer()
{
    const QByteArray stream = sampleStream("\n");
    const qsizetype cut = stream.indexOf("mundo");
    const Collected collected = assemble({stream.left(cut)});
    QCOMPARE(collected.text, QStringLiteral("Olá, "));
    QCOMPARE(collected.end.kind, ApiError::Kind::StreamCut);
    QVERIFY(!collected.result.usage); // usage comes last, so a cut stream has none
}

void TestSseStream::errorInsideStream()
{
    ChatStreamAssembler assembler;
    const auto update = assembler.feed("data: {\"error\":{\"message\":\"overloaded\",\"code\":\"server_busy\"}}\n\n");
    QCOMPARE(update.error.kind, ApiError::Kind::ServerError);
    QCOMPARE(update.error.details, QStringLiteral("overloaded"));
}

QTEST_GUILESS_MAIN(TestSseStream)
#include "tst_ssestream.moc"

// A streamed chat completion (server-sent events of chat.completion.chunk objects: text and
// tool-call deltas, finish reason, usage, errors, [DONE]) assembled from pieces of any size:
// the text handed out piece by piece is the result's text, and cutting the stream elsewhere
// changes nothing.
#include "api/client/chatstreamassembler.h"
#include "fuzzsupport.h"

namespace {

struct Assembled
{
    QString shownText;
    ChatResult result;
    bool done = false;
    ApiError::Kind finish = ApiError::Kind::None;
};

Assembled assemble(const QList<QByteArray> &pieces)
{
    ChatStreamAssembler assembler;
    Assembled out;
    for (const QByteArray &piece : pieces)
        out.shownText += assembler.feed(piece).text;
    out.result = assembler.result();
    out.done = assembler.isDone();
    out.finish = assembler.finish().kind;
    return out;
}

} // namespace

AJUSTE_FUZZ_TARGET(chatstream)
{
    if (size < 1)
        return 0;
    Fuzz::ensureApplication();
    const size_t seedBytes = qMin<size_t>(data[0] % 32, size - 1);
    const QByteArrayView seed(reinterpret_cast<const char *>(data + 1), qsizetype(seedBytes));
    const QByteArray stream = Fuzz::bytes(data + 1 + seedBytes, size - 1 - seedBytes);
    const Assembled cut = assemble(Fuzz::pieces(stream, seed));
    const Assembled whole = assemble({stream});
    Fuzz::check(cut.shownText == cut.result.content, "the text shown is not the answer's text",
                [&] { return cut.shownText.toUtf8() + "\n--\n" + cut.result.content.toUtf8(); });
    Fuzz::check(cut.result.content == whole.result.content && cut.done == whole.done &&
                    cut.finish == whole.finish &&
                    cut.result.toolCalls.size() == whole.result.toolCalls.size() &&
                    cut.result.finishReason == whole.result.finishReason &&
                    cut.result.usage == whole.result.usage,
                "the answer depends on where the stream was cut", stream);
    return 0;
}

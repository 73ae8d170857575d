// The raw example counter's string decoder (escapes, \u pairs and lone halves, control
// characters, UTF-8): the input becomes a message's content, its role, a field name, or a
// value after an escaped key, and the counts must match the parsed path's.
#include "core/tokenizer/bperanks.h"
#include "fuzzsupport.h"
#include "rawcounterdiff.h"

AJUSTE_FUZZ_SETUP(rawstring)
{
    Fuzz::ensureApplication();
    BpeRanks::shipped(TokenEncoding::O200kBase);
    BpeRanks::shipped(TokenEncoding::Cl100kBase);
}

AJUSTE_FUZZ_TARGET(rawstring)
{
    if (size < 1)
        return 0;
    const QByteArray text = Fuzz::bytes(data + 1, size - 1);
    QByteArray line;
    switch (data[0] % 5) {
    case 0:
        line = R"({"messages":[{"role":"user","content":")" + text +
               R"("},{"role":"assistant","content":"A"}]})";
        break;
    case 1:
        line = R"({"messages":[{"role":")" + text +
               R"(","content":"Q"},{"role":"assistant","content":")" + text + R"("}]})";
        break;
    case 2:
        line = R"({"messages":[{")" + text + R"(":"x","role":"assistant","content":"A"}]})";
        break;
    case 3:
        line =
            R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q","name":")" +
            text + R"("},{"role":"assistant","content":")" + text + R"("}]})";
        break;
    default:
        line = R"({")" + text + R"(":"v","messages":[{"role":"assistant","content":")" + text +
               R"("}]})";
        break;
    }
    Fuzz::compareRawCounterWithParsedPath(line);
    return 0;
}

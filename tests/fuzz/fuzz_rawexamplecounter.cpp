// The hand-written chat-line counter on whole lines, against the parsed path.
#include "core/tokenizer/bperanks.h"
#include "fuzzsupport.h"
#include "rawcounterdiff.h"

AJUSTE_FUZZ_SETUP(rawexamplecounter)
{
    Fuzz::ensureApplication();
    BpeRanks::shipped(TokenEncoding::O200kBase);
    BpeRanks::shipped(TokenEncoding::Cl100kBase);
}

AJUSTE_FUZZ_TARGET(rawexamplecounter)
{
    Fuzz::compareRawCounterWithParsedPath(Fuzz::bytes(data, size));
    return 0;
}

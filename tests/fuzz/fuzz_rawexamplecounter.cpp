// The hand-written chat-line counter on whole lines, against the parsed path.
#include "fuzzsupport.h"
#include "rawcounterdiff.h"

AJUSTE_FUZZ_TARGET(rawexamplecounter)
{
    Fuzz::compareRawCounterWithParsedPath(Fuzz::bytes(data, size));
    return 0;
}

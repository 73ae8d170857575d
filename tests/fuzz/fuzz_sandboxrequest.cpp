// What the Sandbox reads from a request besides its form: the query of a list (`limit`,
// `after`) and an uploaded training file checked the way OpenAI checks one (chat or
// preference lines, at least ten examples), from any bytes. The first byte picks the part.
#include "fuzzsupport.h"
#include "sandbox/listpage.h"
#include "sandbox/trainingfile.h"

#include <QUrlQuery>

AJUSTE_FUZZ_TARGET(sandboxrequest)
{
    if (size < 1)
        return 0;
    Fuzz::ensureApplication();
    const QByteArray input = Fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0: {
        const QUrlQuery query(QString::fromUtf8(input));
        int limit = 0;
        if (ListPage::readLimit(query, 20, 100, limit))
            Fuzz::check(limit >= 1 && limit <= 100, "a limit out of range", input);
        break;
    }
    default: {
        const TrainingFile file = TrainingFile::read(input, data[0] % 3 == 2);
        if (file.isValid())
            Fuzz::check(file.exampleCount() >= TrainingFile::minimumExamples,
                        "a valid file with too few examples", input);
        Fuzz::check(file.tokensPerEpoch() >= 0, "negative tokens");
        break;
    }
    }
    return 0;
}

// What a failed HTTP answer says besides its status: the body read as JSON and the
// Retry-After headers (seconds, milliseconds or an HTTP date) the retries obey. The first line
// of the input gives the headers, the rest is the body.
#include "api/client/apiresponse.h"
#include "api/client/retrypolicy.h"
#include "fuzzsupport.h"

#include <QJsonObject>

AJUSTE_FUZZ_TARGET(retryafter)
{
    if (size < 2)
        return 0;
    Fuzz::ensureApplication();
    const QByteArray input = Fuzz::bytes(data + 2, size - 2);
    const qsizetype end = input.indexOf('\n');
    const QList<QByteArray> headers = input.left(qMax<qsizetype>(end, 0)).split('|');
    ApiResponse response;
    response.httpStatus = 400 + (data[0] | (data[1] << 8)) % 200;
    response.headers.insert("retry-after", headers.value(0));
    if (headers.size() > 1)
        response.headers.insert("retry-after-ms", headers.value(1));
    response.headers.insert("x-request-id", headers.value(2));
    response.body = end < 0 ? input : input.mid(end + 1);
    QJsonObject body;
    response.parseObject(&body);
    if (const auto wait = RetryPolicy::serverDelay(response))
        Fuzz::check(wait->count() >= 0, "a negative wait");
    return 0;
}

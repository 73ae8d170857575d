// The result file a finished job leaves (CSV of steps and measurements, sometimes served as
// base64), from any bytes.
#include "core/jobs/resultmetrics.h"
#include "fuzzsupport.h"

AJUSTE_FUZZ_TARGET(resultmetrics)
{
    Fuzz::ensureApplication();
    const QByteArray content = Fuzz::bytes(data, size);
    const ResultMetrics::Parsed parsed = ResultMetrics::parse(content);
    for (const MetricPoint &point : parsed.points)
        Fuzz::check(MetricPoint::fromStorageJson(point.toStorageJson()) == point,
                    "a metric point changes through the storage form", content);
    ResultMetrics::decodeIfBase64(content);
    return 0;
}

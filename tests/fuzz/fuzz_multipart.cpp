// The Sandbox's multipart/form-data parser (file uploads): the first line of the input is the
// Content-Type header, the rest the body.
#include "fuzzsupport.h"
#include "sandbox/multipartform.h"

AJUSTE_FUZZ_TARGET(multipart)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype end = input.indexOf('\n');
    if (end < 0)
        return 0;
    MultipartForm form;
    if (!form.parse(input.left(end), input.mid(end + 1)))
        return 0;
    for (const char *name : {"file", "purpose", "data"}) {
        const QString key = QLatin1String(name);
        if (form.has(key))
            Fuzz::check(form.field(key).value.size() < input.size(),
                        "a field longer than the body");
    }
    return 0;
}

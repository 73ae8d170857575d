#include "fuzzsupport.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace Fuzz {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "ajuste-fuzz";
    static char *argv[] = {name, nullptr};
    // Never destroyed: libFuzzer ends the process with exit(), and Qt's own teardown at that
    // point only costs time.
    static auto *application = new QCoreApplication(argc, argv);
    Q_UNUSED(application);
}

void fail(const char *what, const QByteArray &details)
{
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::fwrite(details.constData(), 1, size_t(details.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
    std::abort();
}

QList<QByteArray> pieces(const QByteArray &input, QByteArrayView seed)
{
    QList<QByteArray> out;
    qsizetype at = 0;
    qsizetype next = 0;
    while (at < input.size()) {
        // Mostly small pieces, sometimes the rest at once.
        const uchar choice = next < seed.size() ? uchar(seed[next++]) : 0xff;
        const qsizetype length = choice == 0xff ? input.size() - at : (choice % 17) + 1;
        out.append(input.mid(at, length));
        at += length;
    }
    return out;
}

} // namespace Fuzz

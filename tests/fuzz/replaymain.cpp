// fuzz_replay: runs inputs through the fuzz targets without libFuzzer, so the crashes found by
// fuzzing stay fixed (tests/fuzz/regressions/<target>/, one file per input) in the normal build.
//     fuzz_replay DIR...           every target over DIR/<target>/* (a missing DIR has none)
//     fuzz_replay TARGET FILE...   one target over the given files
#include "fuzzgui.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <cstdio>

namespace {

QMap<QByteArray, FuzzRegistry::Function> &registry()
{
    static QMap<QByteArray, FuzzRegistry::Function> targets;
    return targets;
}

bool runFile(FuzzRegistry::Function function, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray input = file.readAll();
    function(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    return true;
}

} // namespace

bool FuzzRegistry::add(const char *name, Function function)
{
    registry().insert(QByteArray(name), function);
    return true;
}

static int replayFolder(const QDir &root, int *inputs)
{
    for (const QString &target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto function = registry().value(target.toUtf8());
        if (!function) {
            std::fprintf(stderr, "%s: no fuzz target of that name\n", qPrintable(target));
            return 1;
        }
        const QDir folder(root.filePath(target));
        for (const QString &name : folder.entryList(QDir::Files)) {
            std::printf("%s %s\n", qPrintable(target), qPrintable(name));
            std::fflush(stdout);
            if (!runFile(function, folder.filePath(name)))
                return 1;
            ++*inputs;
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    // A GUI application serves every target; the Markdown one needs it before any other.
    Fuzz::ensureGuiApplication();
    if (argc < 2) {
        std::fprintf(stderr, "usage: fuzz_replay DIR... | fuzz_replay TARGET FILE...\n");
        return 2;
    }
    const QByteArray first(argv[1]);
    if (QFileInfo(QString::fromLocal8Bit(first)).isDir()) {
        int inputs = 0;
        for (int i = 1; i < argc; ++i) {
            if (const int failed = replayFolder(QDir(QString::fromLocal8Bit(argv[i])), &inputs))
                return failed;
        }
        if (inputs == 0) {
            std::fprintf(stderr, "no inputs found\n");
            return 1;
        }
        std::printf("%d inputs replayed, no failure\n", inputs);
        return 0;
    }
    const auto function = registry().value(first);
    if (!function) {
        std::fprintf(stderr, "%s: no fuzz target of that name\n", argv[1]);
        return 2;
    }
    for (int i = 2; i < argc; ++i) {
        if (!runFile(function, QString::fromLocal8Bit(argv[i])))
            return 1;
    }
    return 0;
}

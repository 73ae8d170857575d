#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <cstddef>
#include <cstdint>
#include <type_traits>

// What every fuzz target shares. A target is written once as
//     AJUSTE_FUZZ_TARGET(name) { ... data, size ... return 0; }
// and built two ways: with libFuzzer (the fuzzing build, scripts/fuzz.sh), where it is the
// program's LLVMFuzzerTestOneInput, and into fuzz_replay (the normal build), which runs the
// committed inputs of tests/fuzz/regressions/<name>/ through it as a CTest test.
#ifdef AJUSTE_FUZZ_REPLAY
namespace FuzzRegistry {
using Function = int (*)(const uint8_t *, size_t);
bool add(const char *name, Function function);
} // namespace FuzzRegistry
#define AJUSTE_FUZZ_TARGET(name)                                                                   \
    static int fuzzOne_##name(const uint8_t *data, size_t size);                                   \
    [[maybe_unused]] static const bool fuzzRegistered_##name =                                     \
        FuzzRegistry::add(#name, &fuzzOne_##name);                                                 \
    static int fuzzOne_##name(const uint8_t *data, size_t size)
#define AJUSTE_FUZZ_SETUP(name) [[maybe_unused]] static void fuzzSetup_##name()
#else
#define AJUSTE_FUZZ_TARGET(name)                                                                   \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
#define AJUSTE_FUZZ_SETUP(name)                                                                    \
    static void fuzzSetup_##name();                                                                \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                           \
    {                                                                                              \
        fuzzSetup_##name();                                                                        \
        return 0;                                                                                  \
    }                                                                                              \
    static void fuzzSetup_##name()
#endif
// AJUSTE_FUZZ_SETUP(name) { ... } runs once before the first input under libFuzzer, outside
// the one-second limit per input: for loading data that the product also loads once (the
// tokenizer's ranks). fuzz_replay needs no setup: the targets' lazy statics load it.

namespace Fuzz {

// The one QCoreApplication of the process (QCoreApplication::translate, resources), made on
// first use and kept until exit.
void ensureApplication();

// A broken promise between two paths or an impossible state: prints what differs and aborts,
// which libFuzzer records as a crash and fuzz_replay as a failed test.
[[noreturn]] void fail(const char *what, const QByteArray &details = {});
inline void check(bool condition, const char *what, const QByteArray &details = {})
{
    if (!condition)
        fail(what, details);
}
// The same, with details that cost something to make (text joined, hex, JSON written): made
// only when the check fails, because building them for every passing input cut a target's
// speed by more than half.
template <typename MakeDetails>
requires std::is_invocable_r_v<QByteArray, MakeDetails>
inline void check(bool condition, const char *what, MakeDetails &&makeDetails)
{
    if (!condition)
        fail(what, makeDetails());
}

// The input as bytes.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// How many bytes a reader's reads take, chosen by two bits of the input: 64 KiB (more than any
// input, as the product's 1 MiB is for a real file) or a few bytes, so that lines, elements and
// strings cross reads. The product's own 1 MiB buffer is not used: its allocation alone took
// most of the time of a run.
inline qint64 chunkBytes(unsigned choice)
{
    static constexpr qint64 sizes[] = {64 * 1024, 7, 61, 4096};
    return sizes[choice % 4];
}

// Cuts `input` into pieces at places chosen from `seed` bytes (how data arrives from a
// network: in pieces of any size, even one byte); joined, the pieces give `input` back.
QList<QByteArray> pieces(const QByteArray &input, QByteArrayView seed);

} // namespace Fuzz

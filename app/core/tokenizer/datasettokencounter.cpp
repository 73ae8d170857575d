#include "datasettokencounter.h"

#include "chattokencounter.h"

#include <QtConcurrent>
#include <numeric>

namespace {

// Examples are handed to threads in blocks: one task per example would cost more in
// scheduling than a short example costs to count.
constexpr qsizetype BlockSize = 64;

struct Block
{
    qsizetype begin;
    qsizetype end;
};

QList<Block> blocksOf(qsizetype count)
{
    QList<Block> blocks;
    blocks.reserve(count / BlockSize + 1);
    for (qsizetype begin = 0; begin < count; begin += BlockSize)
        blocks.append(Block{begin, std::min(count, begin + BlockSize)});
    return blocks;
}

// Blocks of a large text: about this size, so each thread gets several.
constexpr qsizetype TextBlockSize = 1 << 20;

// Both patterns end a piece between "\n" and an ASCII letter: no alternative lets a line
// break be followed by a letter in one piece (the leading character of a word excludes
// \r and \n), and no alternative lets a letter be preceded by a line break in one piece.
bool isPieceBoundary(QByteArrayView text, qsizetype pos)
{
    const char c = text[pos];
    return text[pos - 1] == '\n' && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

QList<QByteArrayView> textBlocks(QByteArrayView text)
{
    QList<QByteArrayView> blocks;
    qsizetype begin = 0;
    while (text.size() - begin > 2 * TextBlockSize) {
        qsizetype cut = begin + TextBlockSize;
        while (cut < text.size() && !isPieceBoundary(text, cut))
            ++cut;
        blocks.append(text.sliced(begin, cut - begin));
        begin = cut;
    }
    blocks.append(text.sliced(begin));
    return blocks;
}

} // namespace

std::optional<QList<ChatTokenCount>>
DatasetTokenCounter::countAll(const QList<QJsonObject> &examples, TokenEncoding encoding,
                              const std::atomic_bool *cancelled, QThreadPool *pool)
{
    const ChatTokenCounter counter(encoding);
    QList<ChatTokenCount> results(examples.size());
    ChatTokenCount *out = results.data(); // each block writes its own slots
    const auto countBlock = [&](const Block &block) {
        for (qsizetype i = block.begin; i < block.end; ++i) {
            if (cancelled && cancelled->load(std::memory_order_relaxed))
                return;
            out[i] = counter.count(examples.at(i));
        }
    };
    QtConcurrent::blockingMap(pool, blocksOf(examples.size()), countBlock);
    if (cancelled && cancelled->load())
        return std::nullopt;
    return results;
}

QFuture<ChatTokenCount> DatasetTokenCounter::start(const QList<QJsonObject> &examples,
                                                   TokenEncoding encoding, QThreadPool *pool)
{
    // The counter is shared by the mapped calls; the rank data it holds is immutable.
    const auto counter = std::make_shared<const ChatTokenCounter>(encoding);
    return QtConcurrent::mapped(
        pool, examples, [counter](const QJsonObject &example) { return counter->count(example); });
}

QList<qsizetype> DatasetTokenCounter::countTexts(const QList<QByteArray> &utf8Texts,
                                                 TokenEncoding encoding, QThreadPool *pool)
{
    const Tokenizer tokenizer(encoding);
    return QtConcurrent::blockingMapped(
        pool, utf8Texts, [&](const QByteArray &text) { return tokenizer.countUtf8(text); });
}

qsizetype DatasetTokenCounter::countLargeText(QByteArrayView utf8, TokenEncoding encoding,
                                              QThreadPool *pool)
{
    const Tokenizer tokenizer(encoding);
    if (utf8.size() <= 2 * TextBlockSize)
        return tokenizer.countUtf8(utf8);
    const QList<qsizetype> counts = QtConcurrent::blockingMapped(
        pool, textBlocks(utf8), [&](QByteArrayView block) { return tokenizer.countUtf8(block); });
    return std::accumulate(counts.begin(), counts.end(), qsizetype(0));
}

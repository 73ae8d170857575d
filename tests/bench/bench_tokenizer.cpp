// Tokenizer speed on a deterministic mixed corpus (Portuguese and English prose, code), tens
// of MB: single-thread MB/s of both encodings, all-core counting of one large text and of a
// chat dataset. Prints figures only; nothing here fails on speed.
//
//   bench_tokenizer [--megabytes N] [--runs N] [--write CORPUS.txt]
//
// --write saves the corpus so tests/tools/tokenizer-oracle/bench.mjs can time the npm
// tokenizers on the very same text and check their counts against these.
#include "core/tokenizer/bperanks.h"
#include "core/tokenizer/chattokencounter.h"
#include "core/tokenizer/datasettokencounter.h"
#include "core/tokenizer/tokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// A small deterministic generator (xorshift64*), the same on every platform and compiler.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545f4914f6cdd1dull;
    }
    int below(int n) { return int(next() % quint64(n)); }
    template <size_t N> const char *pick(const char *const (&words)[N])
    {
        return words[below(int(N))];
    }

private:
    quint64 m_state;
};

// clang-format off
const char *const portuguese[] = {
    "o", "a", "de", "que", "e", "do", "da", "em", "um", "para", "é", "com", "não", "uma", "os", "no", "se",
    "na", "por", "mais", "as", "dos", "como", "mas", "foi", "ao", "ele", "das", "tem", "à", "seu", "sua",
    "ou", "ser", "quando", "muito", "há", "nos", "já", "está", "eu", "também", "só", "pelo", "pela", "até",
    "isso", "ela", "entre", "era", "depois", "sem", "mesmo", "aos", "ter", "seus", "quem", "nas", "me",
    "esse", "eles", "estão", "você", "tinha", "foram", "essa", "num", "nem", "suas", "meu", "às", "minha",
    "têm", "numa", "pelos", "elas", "havia", "seja", "qual", "será", "nós", "tenho", "lhe", "deles",
    "coração", "atenção", "informação", "ação", "nação", "pão", "mãe", "irmão", "órgão", "público",
    "econômico", "política", "saúde", "educação", "família", "história", "própria", "conteúdo", "código",
    "exemplo", "modelo", "treinamento", "ajuste", "resposta", "pergunta", "usuário", "assistente",
    "dados", "conjunto", "validação", "custo", "preço", "tokens", "mensagem", "sistema", "português",
    "Brasil", "São", "Paulo", "Rio", "Janeiro", "Lisboa", "governo", "empresa", "trabalho", "começar",
    "difícil", "fácil", "rápido", "possível", "necessário", "através", "após", "além", "porém", "então",
    "anticonstitucionalmente", "desenvolvimento", "responsabilidade", "características", "experiência",
};

const char *const english[] = {
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be", "by", "on",
    "not", "he", "I", "this", "are", "or", "his", "from", "at", "which", "but", "have", "an", "had",
    "they", "you", "were", "their", "one", "all", "we", "can", "her", "has", "there", "been", "if", "more",
    "when", "will", "would", "who", "so", "no", "it's", "don't", "we're", "they've", "I'll", "she'd",
    "model", "training", "dataset", "example", "assistant", "answer", "question", "customer", "support",
    "invoice", "shipping", "refund", "account", "password", "settings", "please", "thanks", "sorry",
    "understand", "information", "available", "different", "important", "development", "government",
    "international", "responsibility", "characteristics", "experience", "approximately", "unfortunately",
    "London", "Washington", "OpenAI", "GPT-4o", "JSON", "API", "e-mail", "well-known", "state-of-the-art",
};

const char *const identifiers[] = {
    "count", "tokens", "index", "value", "result", "buffer", "message", "example", "model", "parser",
    "reader", "writer", "total", "offset", "length", "size", "items", "config", "options", "handler",
    "m_data", "userName", "isValid", "toString", "parseLine", "HTTP_STATUS", "maxRetries", "QString",
};
// clang-format on

void appendProse(QByteArray &out, Random &random, const char *const *words, int wordCount)
{
    const int sentences = 3 + random.below(5);
    for (int s = 0; s < sentences; ++s) {
        const int length = 4 + random.below(18);
        for (int w = 0; w < length; ++w) {
            QByteArray word = words[random.below(wordCount)];
            if (w == 0 && word[0] >= 'a' && word[0] <= 'z')
                word[0] = char(word[0] - 'a' + 'A');
            out += word;
            const int r = random.below(100);
            if (w + 1 < length) {
                if (r < 8)
                    out += ',';
                else if (r < 10)
                    out += " " + QByteArray::number(random.below(3000));
                else if (r < 11)
                    out += " (" + QByteArray::number(random.below(100)) + "%)";
                out += ' ';
            }
        }
        const int end = random.below(10);
        out += end < 7 ? ". " : end < 9 ? "? " : "! ";
    }
    out += random.below(3) ? "\n\n" : "\n";
}

void appendCode(QByteArray &out, Random &random)
{
    const char *name = random.pick(identifiers);
    const char *arg = random.pick(identifiers);
    if (random.below(2)) {
        out += "def " + QByteArray(name) + "(" + arg + ", limit=10):\n";
        out += "    \"\"\"Return the " + QByteArray(arg) + " for the given limit.\"\"\"\n";
        for (int i = 0, n = 2 + random.below(6); i < n; ++i) {
            out += "    " + QByteArray(random.pick(identifiers)) + " = " +
                   random.pick(identifiers) + "[" + QByteArray::number(random.below(64)) + "] * " +
                   QByteArray::number(random.below(1000)) + "\n";
        }
        out += "    return {\"" + QByteArray(name) + "\": " + arg + ", 'ok': True}\n\n\n";
    } else {
        out += "int " + QByteArray(name) + "(const std::vector<int> &" + arg + ")\n{\n";
        for (int i = 0, n = 2 + random.below(6); i < n; ++i) {
            out += "    if (" + QByteArray(arg) + ".size() > " +
                   QByteArray::number(random.below(100)) + ") {\n";
            out += "        " + QByteArray(random.pick(identifiers)) + " += " + arg +
                   "[i] << 2; // " + random.pick(english) + " " + random.pick(english) +
                   "\n    }\n";
        }
        out += "    return std::accumulate(" + QByteArray(arg) + ".begin(), " + arg +
               ".end(), 0);\n}\n\n";
    }
}

// About 40 % Portuguese prose, 35 % English prose, 25 % code, with a little emoji and CJK.
QByteArray makeCorpus(qsizetype bytes)
{
    Random random(20261126);
    QByteArray out;
    out.reserve(bytes + 4096);
    while (out.size() < bytes) {
        const int kind = random.below(100);
        if (kind < 40)
            appendProse(out, random, portuguese, int(std::size(portuguese)));
        else if (kind < 75)
            appendProse(out, random, english, int(std::size(english)));
        else
            appendCode(out, random);
        if (random.below(50) == 0)
            out += "Obrigado! 👍🏽 😀 日本語のテキスト 🇧🇷\n";
    }
    return out;
}

// Chat examples cut from the corpus: a system line, a question, an answer.
QList<QJsonObject> makeExamples(const QByteArray &corpus, qsizetype &contentBytes)
{
    QList<QJsonObject> examples;
    contentBytes = 0;
    Random random(7);
    qsizetype pos = 0;
    const auto take = [&](qsizetype length) {
        // Cut on a space so no UTF-8 sequence is split.
        qsizetype end = std::min(corpus.size(), pos + length);
        while (end < corpus.size() && corpus[end] != ' ')
            ++end;
        const QByteArray piece = corpus.mid(pos, end - pos);
        pos = end;
        contentBytes += piece.size();
        return QString::fromUtf8(piece);
    };
    while (pos < corpus.size()) {
        QJsonArray messages;
        messages.append(
            QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, take(60 + random.below(100))}});
        messages.append(
            QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, take(100 + random.below(300))}});
        messages.append(QJsonObject{{u"role"_s, u"assistant"_s},
                                    {u"content"_s, take(150 + random.below(600))}});
        examples.append(QJsonObject{{u"messages"_s, messages}});
    }
    return examples;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

struct Timing
{
    double wall; // seconds, median
    double cpu;  // CPU seconds of the whole process, median
};

// Runs work `runs` times. CPU time is reported too because on a shared machine the wall time
// of a single thread also measures waiting for a free core; for one thread, bytes per CPU
// second is its speed on one core.
Timing timeMedian(int runs, const std::function<void()> &work)
{
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        work();
        cpu.append(double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        wall.append(double(timer.nsecsElapsed()) / 1e9);
    }
    return {median(wall), median(cpu)};
}

void report(const char *what, double bytes, Timing timing)
{
    std::printf("  %-40s %7.1f MB/s wall (%.3f s), %7.1f MB per CPU-second\n", what,
                bytes / 1e6 / timing.wall, timing.wall, bytes / 1e6 / timing.cpu);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption megabytesOption(u"megabytes"_s, u"Corpus size in MB."_s, u"N"_s,
                                             u"24"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per figure (the median is shown)."_s,
                                        u"N"_s, u"5"_s);
    const QCommandLineOption writeOption(u"write"_s, u"Write the corpus to this file."_s,
                                         u"FILE"_s);
    const QCommandLineOption chatOnlyOption(u"chat-only"_s,
                                            u"Only the chat dataset figures (for profiling)."_s);
    parser.addOptions({megabytesOption, runsOption, writeOption, chatOnlyOption});
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    // Wall time and CPU time (std::clock: this process; nothing else runs yet): on a shared
    // machine the wall time mostly measures waiting for a core.
    for (const TokenEncoding encoding : {TokenEncoding::O200kBase, TokenEncoding::Cl100kBase}) {
        QElapsedTimer loadTimer;
        loadTimer.start();
        const std::clock_t cpuStart = std::clock();
        BpeRanks::shipped(encoding);
        std::printf("rank data load %s: %.1f ms wall, %.1f ms CPU\n",
                    qPrintable(tokenEncodingName(encoding)), double(loadTimer.nsecsElapsed()) / 1e6,
                    double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
    }

    const QByteArray corpus = makeCorpus(qsizetype(parser.value(megabytesOption).toDouble() * 1e6));
    std::printf("corpus: %.1f MB (%lld bytes), %d runs per figure, %d threads\n",
                double(corpus.size()) / 1e6, qint64(corpus.size()), runs,
                QThread::idealThreadCount());
    if (parser.isSet(writeOption)) {
        QFile file(parser.value(writeOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(corpus) != corpus.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            return 2;
        }
    }
    const QString corpusText = QString::fromUtf8(corpus);

    for (const TokenEncoding encoding : {TokenEncoding::O200kBase, TokenEncoding::Cl100kBase}) {
        if (parser.isSet(chatOnlyOption))
            break;
        const Tokenizer tokenizer(encoding);
        qsizetype tokens = 0;
        std::printf("%s\n", qPrintable(tokenEncodingName(encoding)));
        report("count, one thread (UTF-8)", double(corpus.size()),
               timeMedian(runs, [&] { tokens = tokenizer.countUtf8(corpus); }));
        report("encode to ids, one thread (UTF-8)", double(corpus.size()),
               timeMedian(runs, [&] { tokenizer.encodeUtf8(corpus); }));
        report("count, one thread (QString)", double(corpus.size()),
               timeMedian(runs, [&] { tokenizer.count(corpusText); }));
        qsizetype parallelTokens = 0;
        report("count, all cores (one large text)", double(corpus.size()), timeMedian(runs, [&] {
                   parallelTokens = DatasetTokenCounter::countLargeText(corpus, encoding);
               }));
        std::printf("  tokens: %lld%s\n", qint64(tokens),
                    parallelTokens == tokens ? "" : "  (PARALLEL COUNT DIFFERS)");
    }

    qsizetype contentBytes = 0;
    const QList<QJsonObject> examples = makeExamples(corpus, contentBytes);
    std::printf("chat dataset: %lld examples, %.1f MB of message text (o200k_base)\n",
                qint64(examples.size()), double(contentBytes) / 1e6);
    const ChatTokenCounter counter(TokenEncoding::O200kBase);
    qint64 serialTotal = 0;
    const Timing serial = timeMedian(runs, [&] {
        serialTotal = 0;
        for (const QJsonObject &example : examples)
            serialTotal += counter.count(example).total;
    });
    report("examples, one thread", double(contentBytes), serial);
    qint64 parallelTotal = 0;
    const Timing parallel = timeMedian(runs, [&] {
        const auto counts = DatasetTokenCounter::countAll(examples, TokenEncoding::O200kBase);
        parallelTotal = 0;
        for (const ChatTokenCount &count : *counts)
            parallelTotal += count.total;
    });
    report("examples, all cores (DatasetTokenCounter)", double(contentBytes), parallel);
    std::printf("  %.0f examples/s; total tokens %lld%s\n", double(examples.size()) / parallel.wall,
                parallelTotal, parallelTotal == serialTotal ? "" : "  (PARALLEL COUNT DIFFERS)");
    return 0;
}

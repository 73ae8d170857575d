// The tokenizer against tiktoken itself: tests/tokenizer/data/expected.json holds the ids
// @dqbd/tiktoken (tiktoken's Rust core) gives for every text of corpus.json; regenerate it
// with tests/tools/tokenizer-oracle/oracle.mjs.
#include "core/tokenizer/bperanks.h"
#include "core/tokenizer/pretokenizer.h"
#include "core/tokenizer/tokenencoding.h"
#include "core/tokenizer/tokenizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

QJsonDocument readJson(const QString &name)
{
    QFile file(QStringLiteral(AJUSTE_SOURCE_DIR "/tests/tokenizer/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll());
}

QList<int> toIds(const QJsonArray &array)
{
    QList<int> ids;
    ids.reserve(array.size());
    for (const QJsonValue &value : array)
        ids.append(value.toInt());
    return ids;
}

// Where two id lists first differ, with the decoded pieces around it, to make a failure readable.
QByteArray describeDifference(const Tokenizer &tokenizer, const QList<int> &actual,
                              const QList<int> &expected)
{
    qsizetype i = 0;
    while (i < actual.size() && i < expected.size() && actual[i] == expected[i])
        ++i;
    const auto around = [&](const QList<int> &ids) {
        QByteArray text;
        for (qsizetype k = std::max<qsizetype>(0, i - 2); k < std::min(ids.size(), i + 3); ++k)
            text += '[' + tokenizer.decode({ids[k]}).toPercentEncoding(" ") + ']';
        return text;
    };
    return "first difference at token " + QByteArray::number(i) + " of " +
           QByteArray::number(actual.size()) + " (expected " + QByteArray::number(expected.size()) +
           "): got " + around(actual) + " expected " + around(expected);
}

// The same text as unicodeBlockText in tests/tools/tokenizer-oracle/oracle.mjs.
QString unicodeBlockText(char32_t start)
{
    QString text;
    for (char32_t cp = start; cp < start + 256; ++cp) {
        if (cp >= 0xd800 && cp <= 0xdfff)
            continue;
        // Not QString::fromUcs4: it would take U+FEFF for a byte-order mark and drop it.
        const QString c = QChar::fromUcs4(cp).operator QStringView().toString();
        text += c + u"a" + c + u"A" + c + u" " + c + u"1" + c + u"'s" + c + u"\n";
    }
    return text;
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTiktoken_data();
    void matchesTiktoken();
    void everyCodePointIsClassifiedLikeTiktoken_data();
    void everyCodePointIsClassifiedLikeTiktoken();
    void utf8AndQStringAgree();
    void loneSurrogatesCountAsReplacementCharacter();
    void invalidUtf8CountsAsReplacementCharacter();
    void byteOrderMarkStartingBrokenTextIsCounted();
    void specialTokenTextIsOrdinaryText();
    void byteOrderMarkIsNotWhitespace();
    void manyThreadsGetTheSameTokens();
    void shippedRanksLoadOnce();
    void encodingForModel_data();
    void encodingForModel();
    void encodingNamesRoundTrip();
    void whitespaceClassesFollowUnicode();
};

void TestTokenizer::matchesTiktoken_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected");
    const QJsonArray corpus = readJson(u"corpus.json"_s).array();
    const QJsonObject encodings =
        readJson(u"expected.json"_s).object().value(u"encodings").toObject();
    QVERIFY(corpus.size() > 100);
    for (const QString &encoding : {u"o200k_base"_s, u"cl100k_base"_s}) {
        const QJsonObject ids = encodings.value(encoding).toObject();
        QCOMPARE(ids.size(), corpus.size());
        for (const QJsonValue &entry : corpus) {
            const QString name = entry[u"name"].toString();
            QVERIFY2(ids.contains(name), qPrintable(name));
            QTest::addRow("%s %s", qPrintable(encoding), qPrintable(name))
                << encoding << entry[u"text"].toString() << toIds(ids.value(name).toArray());
        }
    }
}

void TestTokenizer::matchesTiktoken()
{
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    const Tokenizer tokenizer(*tokenEncodingFromName(encoding));
    const QList<int> actual = tokenizer.encode(text);
    QVERIFY2(actual == expected, describeDifference(tokenizer, actual, expected).constData());
    QCOMPARE(tokenizer.count(text), expected.size());
    QCOMPARE(tokenizer.decode(actual), text.toUtf8());
}

void TestTokenizer::everyCodePointIsClassifiedLikeTiktoken_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("expected");
    const QJsonObject blocks = readJson(u"unicode-blocks.json"_s).object();
    const QJsonArray starts = blocks.value(u"starts").toArray();
    QVERIFY(starts.size() > 1000);
    for (const QString &encoding : {u"o200k_base"_s, u"cl100k_base"_s}) {
        const QJsonArray counts = blocks.value(u"encodings").toObject().value(encoding).toArray();
        QCOMPARE(counts.size(), starts.size());
        for (qsizetype i = 0; i < starts.size(); ++i) {
            const int start = starts.at(i).toInt();
            QTest::addRow("%s U+%04X", qPrintable(encoding), start)
                << encoding << start << counts.at(i).toInt();
        }
    }
}

// Blocks of 256 code points, each in several contexts (see oracle.mjs): a class that differs
// from tiktoken's Unicode tables changes the count of its block.
void TestTokenizer::everyCodePointIsClassifiedLikeTiktoken()
{
    QFETCH(QString, encoding);
    QFETCH(int, start);
    QFETCH(int, expected);
    QCOMPARE(Tokenizer(*tokenEncodingFromName(encoding)).count(unicodeBlockText(char32_t(start))),
             expected);
}

void TestTokenizer::utf8AndQStringAgree()
{
    const QString text = u"Olá, mundo! 👍🏽 \uFEFFUNICODE 日本語 it's"_s;
    for (const TokenEncoding encoding : {TokenEncoding::O200kBase, TokenEncoding::Cl100kBase}) {
        const Tokenizer tokenizer(encoding);
        QCOMPARE(tokenizer.encodeUtf8(text.toUtf8()), tokenizer.encode(text));
        QCOMPARE(tokenizer.countUtf8(text.toUtf8()), tokenizer.count(text));
    }
}

// A QString can hold half of a surrogate pair (a cut emoji); UTF-8 cannot. Defined behaviour:
// it counts as U+FFFD, which is also what tiktoken gets from a JavaScript string with one.
void TestTokenizer::loneSurrogatesCountAsReplacementCharacter()
{
    const QString emoji = u"ok 😀 end"_s;
    QString cut = emoji;
    cut.remove(4, 1); // keep only the high surrogate
    QString lowOnly = emoji;
    lowOnly.remove(3, 1);
    const QString replaced = u"ok \uFFFD end"_s;
    for (const TokenEncoding encoding : {TokenEncoding::O200kBase, TokenEncoding::Cl100kBase}) {
        const Tokenizer tokenizer(encoding);
        QCOMPARE(tokenizer.encode(cut), tokenizer.encode(replaced));
        QCOMPARE(tokenizer.encode(lowOnly), tokenizer.encode(replaced));
        QCOMPARE(tokenizer.count(QString(QChar(0xd800))), tokenizer.count(u"\uFFFD"));
    }
}

void TestTokenizer::invalidUtf8CountsAsReplacementCharacter()
{
    const QByteArray broken =
        "caf\xc3 \xff\xfe ok \xe2\x82 end \xed\xa0\x80"; // cut, stray, surrogate
    const QByteArray repaired = QString::fromUtf8(broken).toUtf8();
    QVERIFY(repaired.contains("\xef\xbf\xbd"));
    for (const TokenEncoding encoding : {TokenEncoding::O200kBase, TokenEncoding::Cl100kBase}) {
        const Tokenizer tokenizer(encoding);
        QCOMPARE(tokenizer.encodeUtf8(broken), tokenizer.encodeUtf8(repaired));
        QCOMPARE(tokenizer.countUtf8(broken), tokenizer.countUtf8(repaired));
    }
}

// Found by fuzz_tokenizer: repairing the invalid byte also dropped the byte-order mark at the
// start, one token fewer than the same text with the byte already replaced.
void TestTokenizer::byteOrderMarkStartingBrokenTextIsCounted()
{
    const QByteArray broken = "\xEF\xBB\xBFUNA[OUNDE \xff";
    const QByteArray repaired = "\xEF\xBB\xBFUNA[OUNDE \xEF\xBF\xBD";
    for (const TokenEncoding encoding : {TokenEncoding::O200kBase, TokenEncoding::Cl100kBase}) {
        const Tokenizer tokenizer(encoding);
        QCOMPARE(tokenizer.encodeUtf8(broken), tokenizer.encodeUtf8(repaired));
        QCOMPARE(tokenizer.countUtf8(broken), tokenizer.countUtf8(repaired));
        QCOMPARE(tokenizer.decode(tokenizer.encodeUtf8(broken)), repaired);
    }
}

void TestTokenizer::specialTokenTextIsOrdinaryText()
{
    const Tokenizer tokenizer(TokenEncoding::O200kBase);
    const QList<int> tokens = tokenizer.encode(u"<|endoftext|>");
    QVERIFY(tokens.size() > 1);
    QVERIFY(!tokens.contains(199999)); // the id of the special token <|endoftext|>
    QCOMPARE(tokenizer.decode(tokens), QByteArray("<|endoftext|>"));
}

// Rust's \s (what tiktoken uses) is Unicode White_Space, which U+FEFF is not; JavaScript's \s
// includes it, which is why the JavaScript ports count such text differently.
void TestTokenizer::byteOrderMarkIsNotWhitespace()
{
    QVERIFY(!(PreTokenizer::classOf(0xfeff) & PreTokenizer::Space));
    const Tokenizer tokenizer(TokenEncoding::O200kBase);
    QCOMPARE(tokenizer.count(u"a \uFEFFUNICODE"),
             4); // @dqbd/tiktoken: 4; js-tiktoken 5, gpt-tokenizer 6
}

void TestTokenizer::manyThreadsGetTheSameTokens()
{
    const QString text = readJson(u"corpus.json"_s).array().at(4)[u"text"].toString().repeated(50);
    const Tokenizer tokenizer(TokenEncoding::O200kBase);
    const qsizetype expected = tokenizer.count(text);
    const QList<int> runs(16, 0);
    const QList<qsizetype> counts =
        QtConcurrent::blockingMapped(runs, [&](int) { return tokenizer.count(text); });
    for (const qsizetype count : counts)
        QCOMPARE(count, expected);
}

void TestTokenizer::shippedRanksLoadOnce()
{
    QElapsedTimer timer;
    timer.start();
    const auto o200k = BpeRanks::shipped(TokenEncoding::O200kBase);
    const auto cl100k = BpeRanks::shipped(TokenEncoding::Cl100kBase);
    qInfo("rank data loaded in %lld ms (both encodings, or cached)", timer.elapsed());
    QVERIFY(o200k && cl100k);
    QCOMPARE(o200k->size(), 199998u);
    QCOMPARE(cl100k->size(), 100256u);
    QCOMPARE(BpeRanks::shipped(TokenEncoding::O200kBase).get(), o200k.get());
    QCOMPARE(o200k->bytes(0), QByteArrayView("!"));
    QCOMPARE(o200k->rank(reinterpret_cast<const uchar *>("hello"), 5), 24912u);
    QCOMPARE(o200k->rank(reinterpret_cast<const uchar *>("not-a-token-at-all"), 18),
             BpeRanks::NoRank);
}

void TestTokenizer::encodingForModel_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("gpt-4o") << u"gpt-4o-2024-08-06"_s << u"o200k_base"_s;
    QTest::newRow("gpt-4o-mini") << u"gpt-4o-mini-2024-07-18"_s << u"o200k_base"_s;
    QTest::newRow("gpt-4.1") << u"gpt-4.1-mini-2025-04-14"_s << u"o200k_base"_s;
    QTest::newRow("o-series") << u"o4-mini"_s << u"o200k_base"_s;
    QTest::newRow("fine-tuned 4o")
        << u"ft:gpt-4o-mini-2024-07-18:acme::abc123"_s << u"o200k_base"_s;
    QTest::newRow("gpt-3.5") << u"gpt-3.5-turbo-0125"_s << u"cl100k_base"_s;
    QTest::newRow("gpt-4") << u"gpt-4"_s << u"cl100k_base"_s;
    QTest::newRow("gpt-4-0613") << u"gpt-4-0613"_s << u"cl100k_base"_s;
    QTest::newRow("fine-tuned 3.5") << u"ft:gpt-3.5-turbo-0125:acme::x"_s << u"cl100k_base"_s;
    QTest::newRow("davinci-002") << u"davinci-002"_s << u"cl100k_base"_s;
    QTest::newRow("unknown") << u"llama-3-8b"_s << u"o200k_base"_s;
    QTest::newRow("empty") << QString() << u"o200k_base"_s;
}

void TestTokenizer::encodingForModel()
{
    QFETCH(QString, model);
    QFETCH(QString, encoding);
    QCOMPARE(tokenEncodingName(tokenEncodingForModel(model)), encoding);
}

void TestTokenizer::encodingNamesRoundTrip()
{
    for (const TokenEncoding encoding : {TokenEncoding::O200kBase, TokenEncoding::Cl100kBase})
        QCOMPARE(tokenEncodingFromName(tokenEncodingName(encoding)), encoding);
    QVERIFY(!tokenEncodingFromName(u"p50k_base").has_value());
}

void TestTokenizer::whitespaceClassesFollowUnicode()
{
    for (const char32_t c : {0x09u, 0x0au, 0x0du, 0x20u, 0x85u, 0xa0u, 0x1680u, 0x2000u, 0x2028u,
                             0x2029u, 0x202fu, 0x205fu, 0x3000u})
        QVERIFY2(PreTokenizer::classOf(c) & PreTokenizer::Space,
                 qPrintable(QString::number(c, 16)));
    for (const char32_t c : {0xfeffu, 0x180eu, 0x200bu, 0x1cu})
        QVERIFY2(!(PreTokenizer::classOf(c) & PreTokenizer::Space),
                 qPrintable(QString::number(c, 16)));
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"

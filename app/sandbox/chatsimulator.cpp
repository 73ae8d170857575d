#include "chatsimulator.h"

#include <QRegularExpression>

namespace {

const QRegularExpression &wordSeparator()
{
    static const QRegularExpression separator(QStringLiteral("[^\\w]+"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    return separator;
}

QSet<QString> wordList(QStringView spaced)
{
    QSet<QString> words;
    for (const QStringView word : spaced.split(u' '))
        words.insert(word.toString());
    return words;
}

} // namespace

QSet<QString> ChatSimulator::words(const QString &text)
{
    // Tiny words carry no meaning for matching; a crude suffix cut lets "opening" meet "open".
    static const QStringList suffixes{QStringLiteral("ing"), QStringLiteral("ed"),
                                      QStringLiteral("es"), QStringLiteral("s")};
    // Common words say little about the topic (English and Portuguese, Ajuste's languages).
    static const QSet<QString> stopWords{
        QStringLiteral("the"),  QStringLiteral("and"),   QStringLiteral("you"),
        QStringLiteral("your"), QStringLiteral("are"),   QStringLiteral("can"),
        QStringLiteral("for"),  QStringLiteral("what"),  QStringLiteral("when"),
        QStringLiteral("how"),  QStringLiteral("where"), QStringLiteral("does"),
        QStringLiteral("with"), QStringLiteral("this"),  QStringLiteral("that"),
        QStringLiteral("have"), QStringLiteral("que"),   QStringLiteral("para"),
        QStringLiteral("com"),  QStringLiteral("uma"),   QStringLiteral("por"),
        QStringLiteral("como"), QStringLiteral("você"),  QStringLiteral("vocês")};
    QSet<QString> result;
    const QStringList list = text.toLower().split(wordSeparator(), Qt::SkipEmptyParts);
    for (QString word : list) {
        if (word.size() < 3 || stopWords.contains(word))
            continue;
        for (const QString &suffix : suffixes) {
            if (word.size() - suffix.size() >= 3 && word.endsWith(suffix)) {
                word.chop(suffix.size());
                break;
            }
        }
        result.insert(word);
    }
    return result;
}

bool ChatSimulator::looksPortuguese(const QString &text)
{
    // Words frequent in one language and absent from the other ("a", "do", "no" are in both).
    static const QSet<QString> portuguese = wordList(
        u"não você vocês como qual quais onde quando quanto posso meu minha para uma um é está são "
        u"que eu de da em com os tem por");
    static const QSet<QString> english = wordList(
        u"the is are how what where when my can does i you your to of and it for with there any");
    int score = 0;
    for (const QString &word : text.toLower().split(wordSeparator(), Qt::SkipEmptyParts))
        score += portuguese.contains(word) ? 1 : english.contains(word) ? -1 : 0;
    // A tie leans on letters English does not use.
    static const QRegularExpression accents(QStringLiteral("[ãõçáéíóúâêô]"),
                                            QRegularExpression::CaseInsensitiveOption);
    return score > 0 || (score == 0 && text.contains(accents));
}

QString ChatSimulator::baseAnswer(const QString &prompt)
{
    // A base model answers in the language it is asked in; answering a Portuguese question in
    // English would tell a blind judge which answer came from the base model.
    static const QStringList english{
        QStringLiteral("Thank you for your question. Here is a general answer: it depends on "
                       "your situation, and I would be glad to help if you share more details."),
        QStringLiteral("That is a good question. In general, there are several possible "
                       "approaches; tell me more about what you need and I can be more specific."),
        QStringLiteral("Happy to help. Broadly speaking, the answer varies from case to case, so "
                       "a few more details would let me give you a precise reply."),
    };
    static const QStringList portuguese{
        QStringLiteral("Obrigado pela pergunta. Em termos gerais, depende da sua situação; se "
                       "puder contar mais detalhes, terei prazer em ajudar."),
        QStringLiteral("Boa pergunta. De modo geral, há várias abordagens possíveis; conte um "
                       "pouco mais sobre o que você precisa e posso ser mais específico."),
        QStringLiteral("Com prazer. A resposta varia de caso para caso, então alguns detalhes a "
                       "mais me permitiriam dar uma resposta precisa."),
    };
    const QStringList &answers = looksPortuguese(prompt) ? portuguese : english;
    const int choice = int(qHash(prompt.trimmed()) % quint32(answers.size()));
    return marker() + answers.at(choice);
}

QList<QSet<QString>> ChatSimulator::wordSets(const QList<TrainingFile::Example> &examples)
{
    QList<QSet<QString>> sets;
    sets.reserve(examples.size());
    for (const TrainingFile::Example &example : examples)
        sets.append(words(example.prompt));
    return sets;
}

int ChatSimulator::closestExample(const QList<QSet<QString>> &exampleWords, const QString &prompt)
{
    const QSet<QString> promptWords = words(prompt);
    int best = exampleWords.isEmpty() ? -1 : 0;
    double bestScore = -1;
    for (qsizetype i = 0; i < exampleWords.size(); ++i) {
        const QSet<QString> &candidate = exampleWords.at(i);
        qsizetype shared = 0;
        for (const QString &word : promptWords)
            shared += candidate.contains(word) ? 1 : 0;
        const qsizetype all = promptWords.size() + candidate.size() - shared;
        const double score = all == 0 ? 0 : double(shared) / double(all);
        if (score > bestScore) {
            bestScore = score;
            best = int(i);
        }
    }
    return best;
}

QString ChatSimulator::tunedAnswer(const QList<TrainingFile::Example> &examples,
                                   const QString &prompt)
{
    return tunedAnswer(examples, wordSets(examples), prompt);
}

QString ChatSimulator::tunedAnswer(const QList<TrainingFile::Example> &examples,
                                   const QList<QSet<QString>> &exampleWords, const QString &prompt)
{
    const int index = closestExample(exampleWords, prompt);
    if (index < 0)
        return baseAnswer(prompt);
    return marker() + examples.at(index).answer;
}

QStringList ChatSimulator::pieces(const QString &answer, int wordsPerPiece)
{
    QStringList result;
    QString current;
    int wordsInCurrent = 0;
    for (qsizetype i = 0; i < answer.size(); ++i) {
        current.append(answer.at(i));
        const bool wordEnds = answer.at(i).isSpace() && i > 0 && !answer.at(i - 1).isSpace();
        if (wordEnds && ++wordsInCurrent >= wordsPerPiece) {
            result.append(current);
            current.clear();
            wordsInCurrent = 0;
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

#pragma once

#include "trainingfile.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The simulated answers, labelled so nobody mistakes them for a real model: a base model
// answers generically, in the language of the question; a tuned model answers with the
// assistant answer of the training example whose user messages share the most words with the
// prompt. Side by side in the Playground the difference shows what the dataset taught. Both
// carry the same label: one that named the model would give it away in a blind comparison,
// where only the answer may speak.
class ChatSimulator
{
public:
    static QString marker() { return QStringLiteral("[Sandbox] "); }

    // Generic, in Portuguese when the prompt looks Portuguese and in English otherwise.
    static QString baseAnswer(const QString &prompt);
    // Whether text reads as Portuguese rather than English, by the common words of each.
    static bool looksPortuguese(const QString &text);
    static QString tunedAnswer(const QList<TrainingFile::Example> &examples, const QString &prompt);
    // The same with the examples' word sets computed once (see wordSets).
    static QString tunedAnswer(const QList<TrainingFile::Example> &examples,
                               const QList<QSet<QString>> &exampleWords, const QString &prompt);
    static QList<QSet<QString>> wordSets(const QList<TrainingFile::Example> &examples);
    // Index of the example closest to the prompt (Jaccard similarity of word sets), -1 if none.
    static int closestExample(const QList<QSet<QString>> &exampleWords, const QString &prompt);
    // Splits an answer into pieces of a few words each for streaming; joined they give it back.
    static QStringList pieces(const QString &answer, int wordsPerPiece = 3);

private:
    static QSet<QString> words(const QString &text);
};

#pragma once

#include "api/compare/batchratings.h"
#include "api/compare/batchresults.h"

#include <QAbstractTableModel>

class BatchComparer;

// The review table of a batch comparison: one row per prompt — its number, the prompt, the
// dataset's answer, each model's answer and its time and tokens, the verdict. Answers are in
// the row's shown order, so with blind on the columns say "Answer 1", "Answer 2" and a row's
// first answer may be any model's. Reads the comparer's results and the ratings; never copies
// them.
class BatchResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ExampleColumn, PromptColumn, ReferenceColumn, FirstAnswerColumn };
    enum Role {
        FullTextRole = Qt::UserRole + 1, // the whole text, for the side-by-side view
        ModelRole,                       // the answer's model index in the results
        StateRole,                       // BatchAnswer::State as int
    };

    BatchResultsModel(BatchComparer *comparer, BatchRatings *ratings, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int modelCount() const;
    // Columns: an answer and its time and tokens per shown position, then the verdict.
    int answerColumn(int shown) const { return FirstAnswerColumn + 2 * shown; }
    int timeColumn(int shown) const { return FirstAnswerColumn + 2 * shown + 1; }
    int verdictColumn() const { return FirstAnswerColumn + 2 * modelCount(); }

    // The ratings changed for a row, or the models were revealed.
    void ratingsChanged(int row);
    void modelsRevealed();

    static QString answerText(const BatchAnswer &answer);
    QString verdictText(int row) const;

private:
    void resultsReset();
    QVariant answerData(int row, int shown, int role) const;
    QVariant timeData(int row, int shown, int role) const;

    BatchComparer *m_comparer;
    BatchRatings *m_ratings;
    int m_rows = 0;
    int m_models = 0;
};

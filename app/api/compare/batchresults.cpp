#include "batchresults.h"

namespace {

template <typename Predicate> int countAnswers(const QList<BatchRow> &rows, Predicate predicate)
{
    int count = 0;
    for (const BatchRow &row : rows)
        count += int(std::count_if(row.answers.cbegin(), row.answers.cend(), predicate));
    return count;
}

} // namespace

int BatchResults::finishedCount() const
{
    return countAnswers(rows, [](const BatchAnswer &answer) { return answer.isFinished(); });
}

int BatchResults::failedCount() const
{
    return countAnswers(
        rows, [](const BatchAnswer &answer) { return answer.state == BatchAnswer::State::Failed; });
}

int BatchResults::failedRows() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const BatchRow &row) {
        return std::any_of(row.answers.cbegin(), row.answers.cend(), [](const BatchAnswer &a) {
            return a.state == BatchAnswer::State::Failed;
        });
    }));
}

#include "batchresultsmodel.h"

#include "api/compare/batchcomparer.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace {

constexpr int OneLine = 160; // characters a cell shows; the whole text is in the view below

// The start of a text on one line. The view elides what does not fit; the tooltip says where
// the whole text is (model output stays plain text everywhere).
QString oneLine(const QString &text)
{
    return text.left(OneLine * 2).simplified().left(OneLine);
}

QString cutCellTip(const QString &line, const QString &more = {})
{
    return line + QStringLiteral("\n\n") +
           (more.isEmpty()
                ? BatchResultsModel::tr("Choose the row to read it whole below the table.")
                : more);
}

QString lastQuestion(const BatchPrompt &prompt)
{
    for (qsizetype i = prompt.messages.size() - 1; i >= 0; --i) {
        if (prompt.messages.at(i).role == QLatin1String("user"))
            return prompt.messages.at(i).content;
    }
    return prompt.promptText();
}

} // namespace

BatchResultsModel::BatchResultsModel(BatchComparer *comparer, BatchRatings *ratings,
                                     QObject *parent)
    : QAbstractTableModel(parent), m_comparer(comparer), m_ratings(ratings)
{
    connect(m_comparer, &BatchComparer::started, this, &BatchResultsModel::resultsReset);
    const auto rowChanged = [this](int row, int) {
        if (row < m_rows)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    };
    connect(m_comparer, &BatchComparer::answerStarted, this, rowChanged);
    connect(m_comparer, &BatchComparer::answerFinished, this, rowChanged);
    connect(m_comparer, &BatchComparer::finished, this, [this] {
        // Cancel marks every unasked answer at once.
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
    });
    resultsReset();
}

void BatchResultsModel::resultsReset()
{
    beginResetModel();
    m_rows = int(m_comparer->results().rows.size());
    m_models = int(m_comparer->results().models.size());
    endResetModel();
}

int BatchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BatchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstAnswerColumn + 2 * m_models + 1;
}

int BatchResultsModel::modelCount() const
{
    return m_models;
}

QString BatchResultsModel::answerText(const BatchAnswer &answer)
{
    switch (answer.state) {
    case BatchAnswer::State::Waiting:
        return tr("Waiting");
    case BatchAnswer::State::Running:
        return tr("Asking…");
    case BatchAnswer::State::Cancelled:
        return tr("Not asked (cancelled)");
    case BatchAnswer::State::Failed:
        return tr("No answer: %1").arg(answer.error);
    case BatchAnswer::State::Done:
        break;
    }
    return answer.text;
}

QString BatchResultsModel::verdictText(int row) const
{
    const auto verdict = m_ratings->verdict(row);
    if (!verdict)
        return {};
    switch (verdict->kind) {
    case BatchRatings::Kind::Tie:
        return tr("Tie");
    case BatchRatings::Kind::AllBad:
        return m_models == 2 ? tr("Both bad") : tr("All bad");
    case BatchRatings::Kind::Better:
        break;
    }
    const int shown = m_ratings->shownPosition(row, verdict->model);
    if (m_ratings->hidesModels())
        return tr("Answer %1 is better").arg(shown + 1);
    return tr("%1 is better").arg(m_comparer->results().models.value(verdict->model).name());
}

QVariant BatchResultsModel::answerData(int row, int shown, int role) const
{
    const int model = m_ratings->modelAt(row, shown);
    const BatchAnswer &answer = m_comparer->results().rows.at(row).answers.at(model);
    switch (role) {
    case Qt::DisplayRole:
        return oneLine(answerText(answer));
    case Qt::ToolTipRole:
        return cutCellTip(oneLine(answerText(answer)), answer.state == BatchAnswer::State::Failed
                                                           ? answer.errorDetails
                                                           : QString());
    case FullTextRole:
        return answerText(answer);
    case ModelRole:
        return model;
    case StateRole:
        return int(answer.state);
    case Qt::ForegroundRole:
        if (answer.state != BatchAnswer::State::Done)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant BatchResultsModel::timeData(int row, int shown, int role) const
{
    const int model = m_ratings->modelAt(row, shown);
    const BatchAnswer &answer = m_comparer->results().rows.at(row).answers.at(model);
    if (role != Qt::DisplayRole && role != FullTextRole)
        return {};
    if (answer.state != BatchAnswer::State::Done)
        return QString();
    const QString seconds = tr("%1 s").arg(QLocale().toString(answer.seconds, 'f', 1));
    if (!answer.outputTokens)
        return seconds;
    if (answer.outputTokensCounted)
        return tr("%1 · about %n token(s)", nullptr, int(*answer.outputTokens)).arg(seconds);
    return tr("%1 · %n token(s)", nullptr, int(*answer.outputTokens)).arg(seconds);
}

QVariant BatchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchRow &row = m_comparer->results().rows.at(index.row());
    const int column = index.column();
    if (column == ExampleColumn) {
        if (role == Qt::DisplayRole || role == FullTextRole)
            return row.prompt.label;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (column == PromptColumn || column == ReferenceColumn) {
        const QString text =
            column == PromptColumn ? row.prompt.promptText() : row.prompt.reference;
        // The list shows what was asked last; the view below shows the whole conversation.
        const QString line =
            oneLine(column == PromptColumn ? lastQuestion(row.prompt) : row.prompt.reference);
        if (role == Qt::DisplayRole)
            return line;
        if (role == Qt::ToolTipRole)
            return cutCellTip(line);
        if (role == FullTextRole)
            return text;
        return {};
    }
    if (column == verdictColumn())
        return role == Qt::DisplayRole || role == FullTextRole ? verdictText(index.row())
                                                               : QVariant();
    const int shown = (column - FirstAnswerColumn) / 2;
    return (column - FirstAnswerColumn) % 2 == 0 ? answerData(index.row(), shown, role)
                                                 : timeData(index.row(), shown, role);
}

QVariant BatchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == ExampleColumn)
        return tr("Example");
    if (section == PromptColumn)
        return tr("Prompt");
    if (section == ReferenceColumn)
        return tr("Dataset's answer");
    if (section == verdictColumn())
        return tr("Your verdict");
    if (section < FirstAnswerColumn || section > verdictColumn())
        return {};
    const int shown = (section - FirstAnswerColumn) / 2;
    const bool time = (section - FirstAnswerColumn) % 2 == 1;
    if (m_ratings->hidesModels())
        return time ? tr("Time %1").arg(shown + 1) : tr("Answer %1").arg(shown + 1);
    const QString name = m_comparer->results().models.value(shown).name();
    return time ? tr("Time and tokens") : name;
}

void BatchResultsModel::ratingsChanged(int row)
{
    if (row >= 0 && row < m_rows)
        Q_EMIT dataChanged(index(row, verdictColumn()), index(row, verdictColumn()));
}

void BatchResultsModel::modelsRevealed()
{
    beginResetModel();
    endResetModel();
}

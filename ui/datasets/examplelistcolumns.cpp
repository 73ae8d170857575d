#include "examplelistcolumns.h"

#include "core/workspace/datasetstore.h"
#include "examplelistmodel.h"

#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTableView>

ExampleListColumns::ExampleListColumns(QTableView *view, ExampleListModel *model)
    : QObject(view), m_view(view), m_model(model)
{
    QHeaderView *header = view->horizontalHeader();
    // Titles stay in the regular weight when a row is selected (bold would need wider columns
    // and says nothing: every column of a selected row is selected).
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ExampleListModel::FirstMessageColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(view->fontMetrics().horizontalAdvance(QStringLiteral("0000")) +
                                  16);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ExampleListColumns::fit);
    // The number column grows with the examples' count (5 digits need more room than 2).
    connect(model, &QAbstractItemModel::modelReset, this, &ExampleListColumns::fit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ExampleListColumns::fit);
    fit();
}

QStringList ExampleListColumns::widestValues(int column) const
{
    const QLocale locale;
    switch (column) {
    case ExampleListModel::NumberColumn:
        return {locale.toString(std::max(m_model->rowCount(), 99))};
    case ExampleListModel::TurnsColumn:
        return {locale.toString(99)};
    case ExampleListModel::TokensColumn:
        return {locale.toString(99999)}; // longer examples are shortened, their tooltip has it
    case ExampleListModel::TagsColumn:
        return {QString(10, QLatin1Char('n'))}; // tags are shortened, their tooltip has them
    case ExampleListModel::SplitColumn:
        return {ExampleListModel::splitLabel(DatasetStore::trainSplit()),
                ExampleListModel::splitLabel(DatasetStore::validationSplit())};
    case ExampleListModel::StatusColumn: {
        QStringList labels;
        for (const char *status : {"unchecked", "ok", "warning", "error"})
            labels.append(ExampleListModel::statusLabel(QLatin1String(status)));
        labels.append(ExampleListModel::tr("Duplicate"));
        return labels;
    }
    default:
        return {};
    }
}

int ExampleListColumns::neededWidth(int column) const
{
    const QHeaderView *header = m_view->horizontalHeader();
    const QStyle *style = m_view->style();
    const int headerMargin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    int title = header->fontMetrics().horizontalAdvance(
                    m_model->headerData(column, Qt::Horizontal).toString()) +
                2 * headerMargin;
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == column)
        title += header->sizeHint().height() / 2 + 2 * headerMargin; // the sort arrow
    const int cellMargin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    int value = 0;
    for (const QString &text : widestValues(column))
        value = std::max(value, m_view->fontMetrics().horizontalAdvance(text) + 2 * cellMargin);
    // A pixel or two more than measured: text that touches the edge looks cut.
    return std::max(title, value) + 2;
}

void ExampleListColumns::fit()
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < ExampleListModel::ColumnCount; ++column) {
        if (column != ExampleListModel::FirstMessageColumn)
            header->resizeSection(column, neededWidth(column));
    }
}

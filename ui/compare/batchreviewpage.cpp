#include "batchreviewpage.h"

#include "api/compare/batchcomparer.h"
#include "api/compare/batchcsv.h"
#include "batchresultsmodel.h"
#include "ui/common/messages.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

BatchReviewPage::BatchReviewPage(BatchComparer *comparer, BatchRatings *ratings, QWidget *parent)
    : QWidget(parent), m_comparer(comparer), m_ratings(ratings),
      m_model(new BatchResultsModel(comparer, ratings, this))
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("batchResults"));
    m_table->setAccessibleName(tr("Answers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_sideBySide = new QWidget;
    m_textsLayout = new QHBoxLayout(m_sideBySide);
    m_textsLayout->setContentsMargins(0, 0, 0, 0);

    auto splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_sideBySide);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createRunBar());
    layout->addWidget(splitter, 1);
    layout->addWidget(createVerdictBar());

    connect(m_comparer, &BatchComparer::started, this, &BatchReviewPage::runStarted);
    connect(m_comparer, &BatchComparer::progress, this, &BatchReviewPage::updateStatus);
    connect(m_comparer, &BatchComparer::finished, this, &BatchReviewPage::updateStatus);
    connect(m_comparer, &BatchComparer::answerFinished, this, [this](int row, int) {
        if (row == currentRow())
            showCurrentRow();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BatchReviewPage::showCurrentRow);
    runStarted();
}

QWidget *BatchReviewPage::createRunBar()
{
    auto bar = new QWidget;
    auto row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar;
    m_progress->setAccessibleName(tr("Answers received"));
    m_status = new QLabel;
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop asking; the answers already here stay"));
    m_export = new QPushButton(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the table for a spreadsheet: one row per example"));
    row->addWidget(m_progress, 1);
    row->addWidget(m_status);
    row->addWidget(m_cancel);
    row->addWidget(m_export);
    connect(m_cancel, &QPushButton::clicked, m_comparer, &BatchComparer::cancel);
    connect(m_export, &QPushButton::clicked, this, &BatchReviewPage::exportCsv);
    return bar;
}

QWidget *BatchReviewPage::createVerdictBar()
{
    auto bar = new QWidget;
    auto layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_verdictHint = new QLabel;
    m_verdictHint->setWordWrap(true);
    m_verdictLayout = new QHBoxLayout;
    m_tie = new QPushButton(tr("Tie"));
    m_tie->setToolTip(tr("The answers are as good as each other (T)"));
    m_tie->setShortcut(QKeySequence(Qt::Key_T));
    m_allBad = new QPushButton;
    m_allBad->setShortcut(QKeySequence(Qt::Key_B));
    m_reveal = new QPushButton(tr("Show the Models"));
    m_reveal->setToolTip(tr("Say which model wrote each answer (the end of the blind comparison)"));
    layout->addWidget(m_verdictHint);
    layout->addLayout(m_verdictLayout);
    connect(m_tie, &QPushButton::clicked, this, [this] {
        rateCurrent({BatchRatings::Kind::Tie, -1});
    });
    connect(m_allBad, &QPushButton::clicked, this, [this] {
        rateCurrent({BatchRatings::Kind::AllBad, -1});
    });
    connect(m_reveal, &QPushButton::clicked, this, &BatchReviewPage::reveal);
    return bar;
}

void BatchReviewPage::runStarted()
{
    const int models = m_model->modelCount();
    // The verdict buttons: one per answer, then tie and "all bad".
    qDeleteAll(m_verdictButtons);
    m_verdictButtons.clear();
    while (m_verdictLayout->count() > 0)
        delete m_verdictLayout->takeAt(0);
    for (int shown = 0; shown < models; ++shown) {
        auto button = new QPushButton(tr("Answer %1 Is Better").arg(shown + 1));
        button->setToolTip(tr("The answer in column %1 is the better one (%1)").arg(shown + 1));
        button->setShortcut(QKeySequence(QString::number(shown + 1)));
        connect(button, &QPushButton::clicked, this, [this, shown] { rateShown(shown); });
        m_verdictButtons.append(button);
        m_verdictLayout->addWidget(button);
    }
    m_verdictLayout->addWidget(m_tie);
    m_verdictLayout->addWidget(m_allBad);
    m_verdictLayout->addStretch(1);
    m_verdictLayout->addWidget(m_reveal);
    m_allBad->setText(models == 2 ? tr("Both Bad") : tr("All Bad"));
    m_allBad->setToolTip(tr("No answer is good enough (B)"));
    buildSideBySide();
    fitColumns();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateStatus();
    showCurrentRow();
}

void BatchReviewPage::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int text = metrics.averageCharWidth() * 28;
    const int margin = 4 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin);
    m_table->resizeColumnToContents(BatchResultsModel::ExampleColumn);
    for (int column = BatchResultsModel::PromptColumn; column < m_model->verdictColumn(); ++column)
        m_table->setColumnWidth(column, std::max(text, header->sectionSizeHint(column)));
    // Times and tokens are short: as wide as the longest one, or its title.
    const int time =
        metrics.horizontalAdvance(tr("%1 · %n token(s)", nullptr, 88888)
                                      .arg(tr("%1 s").arg(QLocale().toString(888.8, 'f', 1))));
    for (int shown = 0; shown < m_model->modelCount(); ++shown) {
        const int column = m_model->timeColumn(shown);
        m_table->setColumnWidth(column, std::max(time + margin, header->sectionSizeHint(column)));
    }
}

void BatchReviewPage::buildSideBySide()
{
    qDeleteAll(m_sideBySide->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_titles.clear();
    m_texts.clear();
    const int columns = 2 + m_model->modelCount();
    for (int i = 0; i < columns; ++i) {
        auto column = new QWidget;
        auto layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        auto title = new QLabel;
        auto text = new QPlainTextEdit;
        text->setReadOnly(true);
        layout->addWidget(title);
        layout->addWidget(text, 1);
        m_titles.append(title);
        m_texts.append(text);
        m_textsLayout->addWidget(column, 1);
    }
}

int BatchReviewPage::currentRow() const
{
    return m_table->selectionModel()->currentIndex().row();
}

void BatchReviewPage::showCurrentRow()
{
    const int row = currentRow();
    const int models = m_model->modelCount();
    if (m_titles.size() != 2 + models)
        return;
    m_titles.at(0)->setText(tr("Prompt"));
    m_titles.at(1)->setText(tr("Dataset's answer"));
    for (int shown = 0; shown < models; ++shown) {
        m_titles.at(2 + shown)->setText(
            m_ratings->hidesModels()
                ? tr("Answer %1").arg(shown + 1)
                : tr("Answer %1: %2")
                      .arg(shown + 1)
                      .arg(m_model->headerData(m_model->answerColumn(shown), Qt::Horizontal)
                               .toString()));
    }
    const auto full = [this, row](int column) {
        return row < 0
                   ? QString()
                   : m_model->index(row, column).data(BatchResultsModel::FullTextRole).toString();
    };
    m_texts.at(0)->setPlainText(full(BatchResultsModel::PromptColumn));
    m_texts.at(1)->setPlainText(full(BatchResultsModel::ReferenceColumn));
    for (int shown = 0; shown < models; ++shown) {
        QString text = full(m_model->answerColumn(shown));
        const QString time = full(m_model->timeColumn(shown));
        if (!time.isEmpty() && !m_ratings->hidesModels())
            text += QStringLiteral("\n\n(") + time + QLatin1Char(')');
        m_texts.at(2 + shown)->setPlainText(text);
    }
    updateVerdictButtons();
}

void BatchReviewPage::updateVerdictButtons()
{
    const int row = currentRow();
    bool answered = row >= 0 && row < m_comparer->results().rows.size();
    if (answered) {
        for (const BatchAnswer &answer : m_comparer->results().rows.at(row).answers)
            answered = answered && answer.state == BatchAnswer::State::Done;
    }
    for (QPushButton *button : std::as_const(m_verdictButtons))
        button->setEnabled(answered);
    m_tie->setEnabled(answered);
    m_allBad->setEnabled(answered);
    m_reveal->setVisible(m_ratings->hidesModels());
    m_reveal->setEnabled(m_ratings->ratedCount() > 0);
    const auto verdict = row >= 0 ? m_ratings->verdict(row) : std::nullopt;
    if (!answered && row >= 0)
        m_verdictHint->setText(tr("This row can be rated once every model has answered it."));
    else if (verdict)
        m_verdictHint->setText(
            tr("Your verdict: %1. Choose again to change it.").arg(m_model->verdictText(row)));
    else
        m_verdictHint->setText(tr("Which answer is better? Read them side by side above."));
}

void BatchReviewPage::rateShown(int shown)
{
    const int row = currentRow();
    if (row < 0)
        return;
    rateCurrent({BatchRatings::Kind::Better, m_ratings->modelAt(row, shown)});
}

void BatchReviewPage::rateCurrent(const BatchRatings::Verdict &verdict)
{
    const int row = currentRow();
    if (row < 0)
        return;
    QString error;
    if (!m_ratings->rate(row, verdict, m_comparer->results(), &error)) {
        Messages::warning(this, tr("Your verdict could not be kept in the workspace."), error);
        return;
    }
    m_model->ratingsChanged(row);
    // On to the next row without a verdict.
    for (int next = row + 1; next < m_model->rowCount(); ++next) {
        if (!m_ratings->verdict(next)) {
            m_table->selectRow(next);
            return;
        }
    }
    showCurrentRow();
}

void BatchReviewPage::reveal()
{
    m_ratings->reveal();
    const int row = currentRow();
    m_model->modelsRevealed();
    fitColumns(); // the titles are the models' names now
    if (row >= 0)
        m_table->selectRow(row);
    showCurrentRow();
}

void BatchReviewPage::updateStatus()
{
    const BatchResults &results = m_comparer->results();
    const int total = results.cellCount();
    const int finished = results.finishedCount();
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(finished);
    m_progress->setFormat(tr("%1 of %2 answers").arg(finished).arg(total));
    const int failed = results.failedCount();
    QString status;
    if (m_comparer->isRunning())
        status = failed ? tr("Asking… %n answer(s) failed", nullptr, failed) : tr("Asking…");
    else if (results.cancelled)
        status = tr("Cancelled");
    else if (total > 0)
        status = failed ? tr("Done; %n answer(s) failed", nullptr, failed) : tr("Done");
    m_status->setText(status);
    m_cancel->setEnabled(m_comparer->isRunning());
    m_export->setEnabled(!m_comparer->isRunning() && total > 0);
}

bool BatchReviewPage::exportCsv()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(documents).filePath(m_suggestedName + QStringLiteral(".csv"));
    const QString path =
        m_choosePath ? m_choosePath(suggested)
                     : QFileDialog::getSaveFileName(this, tr("Export the Answers"), suggested,
                                                    tr("Spreadsheets (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!BatchCsv::write(m_comparer->results(), path, &error)) {
        Messages::warning(this, error);
        return false;
    }
    m_status->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

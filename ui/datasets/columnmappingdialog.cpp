#include "columnmappingdialog.h"

#include "core/dataset/csvreader.h"

#include "ui/common/untrustedtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int PreviewRows = 6;
}

QList<QStringList> ColumnMappingDialog::readHead(const QString &path, char *delimiter,
                                                 int maxRows, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Ajuste could not open “%1”: %2").arg(QFileInfo(path).fileName(),
                                                           file.errorString());
        return {};
    }
    *delimiter = CsvReader::guessDelimiter(path, file.peek(64 * 1024).split('\n').value(0));
    CsvReader reader(&file, *delimiter);
    QList<QStringList> rows;
    SourceRecord record;
    while (rows.size() < maxRows && reader.next(&record)) {
        if (!record.blank)
            rows.append(record.fields);
    }
    if (rows.isEmpty())
        *error = tr("“%1” has no rows to import.").arg(QFileInfo(path).fileName());
    return rows;
}

ColumnMappingDialog::ColumnMappingDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_prompt(new QComboBox)
    , m_answer(new QComboBox)
    , m_system(new QComboBox)
    , m_systemPrompt(new QLineEdit)
    , m_header(new QCheckBox(tr("The first row holds the column names")))
    , m_preview(new QTableWidget)
    , m_problem(new QLabel)
    , m_ok(nullptr)
{
    setWindowTitle(tr("Columns of “%1”").arg(QFileInfo(path).fileName()));
    m_rows = readHead(path, &m_delimiter, PreviewRows + 1, &m_error);

    auto intro = new QLabel(tr("Each row of the table becomes one example: a question from the "
                               "user and the answer the model should learn. Choose the columns "
                               "that hold them."));
    intro->setWordWrap(true);
    m_systemPrompt->setPlaceholderText(tr("Optional: instructions for every example"));
    m_systemPrompt->setToolTip(tr("Used as the system prompt of rows that have none"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_preview->setWordWrap(false);

    auto form = new QFormLayout;
    form->addRow(QString(), m_header);
    form->addRow(tr("The user's question:"), m_prompt);
    form->addRow(tr("The answer:"), m_answer);
    form->addRow(tr("Instructions column:"), m_system);
    form->addRow(tr("Instructions for all:"), m_systemPrompt);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>The first examples</b>")));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    const CsvMapping guessed = CsvMapping::guess(m_rows.value(0));
    m_header->setChecked(guessed.firstRowIsHeader);
    fillColumns();
    setMapping(guessed);
    for (QComboBox *box : {m_prompt, m_answer, m_system})
        connect(box, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updatePreview);
    connect(m_systemPrompt, &QLineEdit::textChanged, this, &ColumnMappingDialog::updatePreview);
    connect(m_header, &QCheckBox::toggled, this, [this] {
        const CsvMapping current = mapping();
        fillColumns();
        setMapping(current);
    });
    if (!hasRows()) {
        m_ok->setEnabled(false);
        m_problem->setText(m_error);
    }
    resize(680, 520);
}

QString ColumnMappingDialog::columnName(int column) const
{
    const QString name = m_header->isChecked() ? m_rows.value(0).value(column).trimmed() : QString();
    return name.isEmpty() ? tr("Column %1").arg(column + 1)
                          : tr("Column %1 (%2)").arg(column + 1).arg(name);
}

void ColumnMappingDialog::fillColumns()
{
    int columns = 0;
    for (const QStringList &row : std::as_const(m_rows))
        columns = std::max(columns, int(row.size()));
    for (QComboBox *box : {m_prompt, m_answer, m_system}) {
        const QSignalBlocker blocker(box);
        box->clear();
        if (box == m_system)
            box->addItem(tr("None"), -1);
        for (int column = 0; column < columns; ++column)
            box->addItem(columnName(column), column);
    }
}

CsvMapping ColumnMappingDialog::mapping() const
{
    CsvMapping mapping;
    mapping.promptColumn = m_prompt->currentData().toInt();
    mapping.answerColumn = m_answer->currentData().toInt();
    mapping.systemColumn = m_system->currentData().isValid() ? m_system->currentData().toInt() : -1;
    mapping.systemPrompt = m_systemPrompt->text().trimmed();
    mapping.firstRowIsHeader = m_header->isChecked();
    mapping.delimiter = m_delimiter;
    return mapping;
}

void ColumnMappingDialog::setMapping(const CsvMapping &mapping)
{
    m_prompt->setCurrentIndex(std::max(0, m_prompt->findData(mapping.promptColumn)));
    m_answer->setCurrentIndex(std::max(0, m_answer->findData(mapping.answerColumn)));
    m_system->setCurrentIndex(std::max(0, m_system->findData(mapping.systemColumn)));
    m_systemPrompt->setText(mapping.systemPrompt);
    m_header->setChecked(mapping.firstRowIsHeader);
    updatePreview();
}

void ColumnMappingDialog::updatePreview()
{
    const CsvMapping current = mapping();
    const QStringList titles = {tr("Instructions"), tr("User"), tr("Answer")};
    m_preview->clear();
    m_preview->setColumnCount(int(titles.size()));
    m_preview->setHorizontalHeaderLabels(titles);
    const int first = current.firstRowIsHeader ? 1 : 0;
    const int count = std::max(0, int(m_rows.size()) - first);
    m_preview->setRowCount(std::min(count, PreviewRows));
    for (int row = 0; row < m_preview->rowCount(); ++row) {
        const QStringList &fields = m_rows.at(first + row);
        QString system = current.systemColumn >= 0 ? fields.value(current.systemColumn) : QString();
        if (system.isEmpty())
            system = current.systemPrompt;
        const QStringList cells = {system, fields.value(current.promptColumn),
                                   fields.value(current.answerColumn)};
        for (int column = 0; column < cells.size(); ++column) {
            auto item = new QTableWidgetItem(cells.at(column).simplified());
            item->setToolTip(UntrustedText::toolTip(cells.at(column)));
            m_preview->setItem(row, column, item);
        }
    }
    const bool sameColumn = current.promptColumn == current.answerColumn;
    m_ok->setEnabled(hasRows() && !sameColumn);
    m_problem->setText(sameColumn && hasRows()
                           ? tr("The question and the answer come from the same column; "
                                "choose two different columns.")
                           : QString());
}

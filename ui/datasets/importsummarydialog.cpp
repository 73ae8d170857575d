#include "importsummarydialog.h"

#include "rejectionlistmodel.h"
#include "ui/common/messages.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

ImportSummaryDialog::ImportSummaryDialog(const DatasetImporter::Result &result, QWidget *parent)
    : QDialog(parent)
    , m_model(new RejectionListModel(this))
    , m_view(new QTableView(this)) // owned even when nothing was rejected and it stays hidden
    , m_summaryText(describe(result))
{
    setObjectName(QStringLiteral("importSummary"));
    setWindowTitle(result.summary.cancelled ? tr("Import Cancelled") : tr("Import Finished"));
    QList<ImportRejection> rejections;
    for (const ImportSummary &file : result.files)
        rejections += file.rejections;
    if (rejections.isEmpty())
        rejections = result.summary.rejections;
    m_model->setRejections(rejections);

    auto text = new QLabel(m_summaryText);
    text->setObjectName(QStringLiteral("summaryText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("rejections"));
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(RejectionListModel::ReasonColumn,
                                                     QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(RejectionListModel::ReasonColumn,
                           std::min(m_view->columnWidth(RejectionListModel::ReasonColumn), 360));

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto copy = buttons->addButton(tr("Copy the List"), QDialogButtonBox::ActionRole);
    auto save = buttons->addButton(tr("Save the List…"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, &ImportSummaryDialog::copyReport);
    connect(save, &QPushButton::clicked, this, &ImportSummaryDialog::saveReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(text);
    const bool anyRejected = m_model->rowCount() > 0;
    if (anyRejected) {
        auto hint = new QLabel(tr("These lines were left out; everything else was imported. "
                                  "Correct them in the file and import it again, or ignore "
                                  "them."));
        hint->setWordWrap(true);
        layout->addWidget(hint);
        layout->addWidget(m_view, 2);
        // The whole reason and text of the chosen line, selectable for copying.
        auto detail = new QPlainTextEdit;
        detail->setObjectName(QStringLiteral("rejectionDetail"));
        detail->setReadOnly(true);
        detail->setAccessibleName(tr("The chosen line"));
        layout->addWidget(detail, 1);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, detail,
                [this, detail](const QModelIndex &current) {
                    const ImportRejection &rejection = m_model->rejections().at(current.row());
                    detail->setPlainText(rejection.lineAndReason() + QStringLiteral("\n\n")
                                         + rejection.displayRaw(100000));
                });
        m_view->setCurrentIndex(m_model->index(0, 0));
    } else {
        m_view->hide();
        copy->hide();
        save->hide();
    }
    layout->addWidget(buttons);
    resize(anyRejected ? QSize(760, 520) : QSize(480, sizeHint().height()));
}

QString ImportSummaryDialog::describe(const DatasetImporter::Result &result)
{
    if (!result.error.isEmpty())
        return result.error;
    if (result.summary.cancelled)
        return tr("The import was cancelled. Nothing was added to the dataset.");
    QStringList parts;
    if (result.files.size() > 1) {
        for (const ImportSummary &file : result.files)
            parts.append(QStringLiteral("• ") + file.text());
    }
    parts.append(result.summary.text());
    if (!result.summary.error.isEmpty())
        parts.append(result.summary.error);
    return parts.join(QLatin1Char('\n'));
}

void ImportSummaryDialog::copyReport()
{
    QGuiApplication::clipboard()->setText(m_model->report());
}

void ImportSummaryDialog::saveReport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the Lines Left Out"), QDir::homePath() + QStringLiteral("/rejected.txt"),
        tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->report().toUtf8()) < 0
        || !file.commit()) {
        Messages::warning(this, tr("Ajuste could not save the list to “%1”. Choose another place.")
                                    .arg(QDir::toNativeSeparators(path)),
                          file.errorString());
    }
}

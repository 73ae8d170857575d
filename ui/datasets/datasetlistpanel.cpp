#include "datasetlistpanel.h"

#include "core/workspace/datasetstore.h"
#include "datasetlistmodel.h"
#include "ui/common/messages.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QToolButton>
#include <QPushButton>
#include <QVBoxLayout>

DatasetListPanel::DatasetListPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new DatasetListModel(this))
    , m_view(new QListView)
    , m_new(new QPushButton(tr("New…")))
    , m_rename(new QAction(tr("Rename…"), this))
    , m_remove(new QAction(tr("Delete…"), this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Datasets"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    // A long name is shortened on its line (the tooltip has it whole), never wrapped into
    // lines that push the next dataset away.
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSpacing(2);
    m_new->setToolTip(tr("Make an empty dataset"));
    m_rename->setToolTip(tr("Give the chosen dataset another name"));
    m_remove->setToolTip(tr("Delete the chosen dataset and all its examples"));

    auto heading = new QLabel(tr("<b>Datasets</b>"));
    auto more = new QToolButton;
    more->setText(tr("More"));
    more->setToolTip(tr("Rename or delete the chosen dataset"));
    auto menu = new QMenu(more);
    menu->addAction(m_rename);
    menu->addAction(m_remove);
    more->setMenu(menu);
    more->setPopupMode(QToolButton::InstantPopup);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_rename);
    m_view->addAction(m_remove);
    auto buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_new);
    buttons->addWidget(more);
    buttons->addStretch();
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &DatasetListPanel::createDataset);
    connect(m_rename, &QAction::triggered, this, &DatasetListPanel::renameCurrent);
    connect(m_remove, &QAction::triggered, this, &DatasetListPanel::removeCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updateButtons();
                Q_EMIT currentDatasetChanged(m_model->datasetIdAt(current.row()));
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DatasetListPanel::updateButtons);
    updateButtons();
}

void DatasetListPanel::setStore(DatasetStore *store)
{
    m_store = store;
    m_model->setStore(store);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    else
        Q_EMIT currentDatasetChanged(0);
    updateButtons();
}

qint64 DatasetListPanel::currentDataset() const
{
    return m_model->datasetIdAt(m_view->currentIndex().row());
}

void DatasetListPanel::setCurrentDataset(qint64 datasetId)
{
    const int row = m_model->rowOf(datasetId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void DatasetListPanel::updateButtons()
{
    const bool chosen = currentDataset() != 0;
    m_new->setEnabled(m_store != nullptr);
    m_rename->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

qint64 DatasetListPanel::createDataset()
{
    if (!m_store)
        return 0;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New Dataset"), tr("Name of the new dataset:"), QLineEdit::Normal,
        m_store->uniqueDatasetName(tr("My examples")), &ok).trimmed();
    if (!ok || name.isEmpty())
        return 0;
    const qint64 id = m_store->createDataset(m_store->uniqueDatasetName(name));
    if (!id) {
        Messages::warning(this, tr("Ajuste could not make the dataset."), m_store->lastError());
        return 0;
    }
    setCurrentDataset(id);
    return id;
}

void DatasetListPanel::renameCurrent()
{
    const qint64 id = currentDataset();
    if (!m_store || !id)
        return;
    const QString old = m_store->dataset(id).name;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Dataset"),
                                               tr("New name of “%1”:").arg(old),
                                               QLineEdit::Normal, old, &ok).trimmed();
    if (!ok || name.isEmpty() || name == old)
        return;
    if (m_store->datasetIdByName(name)) {
        Messages::warning(this, tr("There is already a dataset called “%1”. Choose another "
                                   "name.").arg(name));
        return;
    }
    if (!m_store->renameDataset(id, name))
        Messages::warning(this, tr("Ajuste could not rename the dataset."), m_store->lastError());
}

void DatasetListPanel::removeCurrent()
{
    const qint64 id = currentDataset();
    if (!m_store || !id)
        return;
    const DatasetInfo info = m_store->dataset(id);
    const auto answer = Messages::ask(
        this, tr("Delete the dataset “%1”?").arg(info.name),
        tr("Its %n example(s) will be deleted from this workspace. This cannot be undone; files "
           "you imported from stay where they are.", nullptr, info.exampleCount),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    Q_EMIT datasetRemoved(id);
    if (!m_store->removeDataset(id))
        Messages::warning(this, tr("Ajuste could not delete the dataset."), m_store->lastError());
    updateButtons();
}

#pragma once

#include <QWidget>

class DatasetListModel;
class QAction;
class DatasetStore;
class QListView;
class QPushButton;

// The datasets of the workspace, with New, Rename and Delete (after confirmation).
class DatasetListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DatasetListPanel(QWidget *parent = nullptr);

    void setStore(DatasetStore *store);
    qint64 currentDataset() const;
    void setCurrentDataset(qint64 datasetId);
    DatasetListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

    // Asks for a name and creates a dataset; returns its id, 0 when cancelled or failed.
    qint64 createDataset();
    void renameCurrent();
    void removeCurrent();

Q_SIGNALS:
    void currentDatasetChanged(qint64 datasetId);
    // A dataset is about to disappear: edits of its examples can no longer be undone.
    void datasetRemoved(qint64 datasetId);

private:
    void updateButtons();

    DatasetStore *m_store = nullptr;
    DatasetListModel *m_model;
    QListView *m_view;
    QPushButton *m_new;
    QAction *m_rename;
    QAction *m_remove;
};

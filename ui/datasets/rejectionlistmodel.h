#pragma once

#include "core/dataset/importsummary.h"

#include <QAbstractTableModel>

// The entries an import could not use: file, line, the reason in plain words, the raw text.
class RejectionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, LineColumn, ReasonColumn, TextColumn, ColumnCount };

    explicit RejectionListModel(QObject *parent = nullptr);

    void setRejections(const QList<ImportRejection> &rejections);
    const QList<ImportRejection> &rejections() const { return m_rejections; }
    // One "file:line: reason" line per rejection followed by its raw text, for copying or saving.
    QString report() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportRejection> m_rejections;
};

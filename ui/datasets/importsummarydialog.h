#pragma once

#include "core/workspace/datasetimporter.h"

#include <QDialog>

class QTableView;
class RejectionListModel;

// What an import did: lines read = imported + left out + blank, and every line left out with
// its number, the reason and its text, which can be copied or saved to a file.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportSummaryDialog(const DatasetImporter::Result &result, QWidget *parent = nullptr);

    RejectionListModel *rejections() const { return m_model; }
    QString summaryText() const { return m_summaryText; }

    // Sentences for the user about one result (all files, and each when several).
    static QString describe(const DatasetImporter::Result &result);

private:
    void copyReport();
    void saveReport();

    RejectionListModel *m_model;
    QTableView *m_view;
    QString m_summaryText;
};

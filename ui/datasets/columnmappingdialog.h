#pragma once

#include "core/dataset/csvmapping.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// For a spreadsheet (CSV/TSV): which column holds the question, which the answer, and
// optionally the instructions, with a preview of the first examples this makes.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ColumnMappingDialog(const QString &path, QWidget *parent = nullptr);

    // False when the file could not be read (errorText() says why).
    bool hasRows() const { return !m_rows.isEmpty(); }
    QString errorText() const { return m_error; }
    CsvMapping mapping() const;
    void setMapping(const CsvMapping &mapping);

    // The first rows of a table file, split into fields (at most maxRows).
    static QList<QStringList> readHead(const QString &path, char *delimiter, int maxRows,
                                       QString *error);

private:
    void fillColumns();
    void updatePreview();
    QString columnName(int column) const;

    QList<QStringList> m_rows;
    char m_delimiter = 0;
    QString m_error;
    QComboBox *m_prompt;
    QComboBox *m_answer;
    QComboBox *m_system;
    QLineEdit *m_systemPrompt;
    QCheckBox *m_header;
    QTableWidget *m_preview;
    QLabel *m_problem;
    QPushButton *m_ok;
};

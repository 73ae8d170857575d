#pragma once

#include <QObject>

class ExampleListModel;
class QTableView;

// Sizes the example list's columns to what they show, so the list fits beside the editor
// without a sideways scroll bar: every column but the first message is as wide as its title
// (with room for the sort arrow when it is sorted) or its widest value, and the first message
// takes what is left. Fits again when the sorting or the number of examples changes.
class ExampleListColumns : public QObject
{
    Q_OBJECT

public:
    // Parented to view.
    ExampleListColumns(QTableView *view, ExampleListModel *model);

    void fit();
    // The width column needs for its title and its values.
    int neededWidth(int column) const;

private:
    QStringList widestValues(int column) const;

    QTableView *m_view;
    ExampleListModel *m_model;
};

#pragma once

#include <QList>
#include <QObject>

class ExampleListModel;
class QTableView;

// Keeps the chosen examples of the example list across model resets (a new filter result,
// a bulk edit, a new split): the current example stays current, the selected ones stay
// selected (up to MaxKept of them, or all), and the row at the top stays at the top, as
// long as those examples are still shown. selectWhenShown() chooses an example that is not
// in the list yet (a filtered list that is still looking it up).
class ExampleSelectionKeeper : public QObject
{
    Q_OBJECT

public:
    ExampleSelectionKeeper(QTableView *view, ExampleListModel *model, QObject *parent = nullptr);

    void selectWhenShown(qint64 exampleId);
    // With no example chosen after the next reset, chooses the first row.
    void selectFirstWhenShown();

private:
    static constexpr int MaxKept = 200;

    void remember();
    void restore();
    void makeCurrent(int row);

    QTableView *m_view;
    ExampleListModel *m_model;
    qint64 m_current = 0;
    qint64 m_top = 0;
    bool m_allSelected = false;
    QList<qint64> m_selected;
    qint64 m_wanted = 0;
    bool m_firstWanted = false;
};

#pragma once

#include "core/workspace/datasetstore.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QProgressBar;
class QTimer;

// The bar above the example list: text found in any message, a tag, training or
// validation, and a status (including "repeats an earlier example").
class ExampleFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ExampleFilterBar(QWidget *parent = nullptr);

    ExampleFilter filter() const;
    void setTags(const QStringList &tags);
    void showDuplicatesOnly();
    void clear();
    QLineEdit *searchField() const { return m_text; }
    // Work for the list is under way (a filter looked up, a big change stored); the bar
    // shows it only once it has taken longer than 200 ms.
    void setBusy(bool busy);
    bool isBusyShown() const;

Q_SIGNALS:
    void filterChanged(const ExampleFilter &filter);

private:
    void emitChanged();

    QLineEdit *m_text;
    QComboBox *m_tag;
    QComboBox *m_split;
    QComboBox *m_status;
    QTimer *m_delay;
    QProgressBar *m_busy;
    QTimer *m_busyDelay;
};

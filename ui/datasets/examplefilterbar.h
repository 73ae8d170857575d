#pragma once

#include "core/workspace/datasetstore.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
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

Q_SIGNALS:
    void filterChanged(const ExampleFilter &filter);

private:
    void emitChanged();

    QLineEdit *m_text;
    QComboBox *m_tag;
    QComboBox *m_split;
    QComboBox *m_status;
    QTimer *m_delay;
};

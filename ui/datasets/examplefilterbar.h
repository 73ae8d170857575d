#pragma once

#include "core/workspace/datasetstore.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QTimer;

// The bar above the example list: text found in any message, a tag, training or
// validation, and a status (including "repeats an earlier example"). One row when the list is
// wide enough, the three choices under the text field when it is not.
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
    bool isOneRow() const { return m_oneRow; }
    // The width the text field and the three choices need side by side.
    int oneRowWidth() const;

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void filterChanged(const ExampleFilter &filter);
    // The dataset's tags as setTags() got them (none: the list need not show a tags column).
    void tagsChanged(const QStringList &tags);

private:
    void emitChanged();
    // The text field and the three choices side by side, or the choices on a second row.
    void arrange(bool oneRow);

    QLineEdit *m_text;
    QComboBox *m_tag;
    QComboBox *m_split;
    QComboBox *m_status;
    QTimer *m_delay;
    QHBoxLayout *m_firstRow;
    QHBoxLayout *m_secondRow;
    bool m_oneRow = true;
};

#pragma once

// What a person would call a cut label: a label, button or list box narrower than its text
// needs, a wrapped label shorter than its lines, or a chart text QtCharts shortened with
// "...". Returns a description of each, empty when nothing is cut.

#include <QAbstractButton>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QStringList>

inline QStringList cutTexts(QWidget *root)
{
    QStringList cut;
    const auto describe = [](const QWidget *widget, const QString &text) {
        return QStringLiteral("%1 “%2” is %3×%4")
            .arg(QString::fromLatin1(widget->metaObject()->className()), text)
            .arg(widget->width())
            .arg(widget->height());
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->text().isEmpty())
            continue;
        const bool fits = label->wordWrap()
                              ? label->height() >= label->heightForWidth(label->width())
                              : label->width() >= label->sizeHint().width();
        if (!fits)
            cut.append(describe(label, label->text()));
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(root) && button->width() < button->sizeHint().width())
            cut.append(describe(button, button->text()));
    }
    for (QComboBox *box : root->findChildren<QComboBox *>()) {
        if (box->isVisibleTo(root) && box->width() < box->sizeHint().width())
            cut.append(describe(box, box->currentText()));
    }
    for (QChartView *view : root->findChildren<QChartView *>()) {
        for (QGraphicsItem *item : view->scene()->items()) {
            const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (text && text->isVisible() && text->toPlainText().contains(QStringLiteral("...")))
                cut.append(QStringLiteral("chart text “%1”").arg(text->toPlainText()));
        }
    }
    return cut;
}

// Every text the chart shows (axis labels and titles, legend).
inline QStringList chartTexts(QChartView *view)
{
    QStringList texts;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (const auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            texts.append(text->toPlainText());
    }
    return texts;
}

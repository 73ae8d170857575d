#include "examplefilterbar.h"

#include "examplelistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QResizeEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QString DuplicatesStatus = QStringLiteral("duplicates");
}

ExampleFilterBar::ExampleFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit)
    , m_tag(new QComboBox)
    , m_split(new QComboBox)
    , m_status(new QComboBox)
    , m_delay(new QTimer(this))
    , m_firstRow(new QHBoxLayout)
    , m_secondRow(new QHBoxLayout)
{
    m_text->setPlaceholderText(tr("Find examples by their text…"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter by text"));
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_split->setAccessibleName(tr("Filter by use"));
    m_status->setAccessibleName(tr("Filter by status"));
    // Every choice reads whole in any language; when the list is too narrow for one row the
    // choices move under the text field (see resizeEvent).
    for (QComboBox *box : {m_tag, m_split, m_status})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(m_text->placeholderText())
                            + 48); // frame, margins and the clear button
    setTags({});
    m_split->addItem(tr("Any use"), QString());
    m_split->addItem(ExampleListModel::splitLabel(DatasetStore::trainSplit()),
                     DatasetStore::trainSplit());
    m_split->addItem(ExampleListModel::splitLabel(DatasetStore::validationSplit()),
                     DatasetStore::validationSplit());
    m_status->addItem(tr("Any status"), QString());
    for (const char *status : {"unchecked", "ok", "warning", "error"})
        m_status->addItem(ExampleListModel::statusLabel(QLatin1String(status)), QLatin1String(status));
    m_status->addItem(tr("Duplicates"), DuplicatesStatus);

    m_delay->setSingleShot(true);
    m_delay->setInterval(250);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_firstRow);
    layout->addLayout(m_secondRow);
    arrange(true);

    connect(m_text, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &ExampleFilterBar::emitChanged);
    for (QComboBox *box : {m_tag, m_split, m_status})
        connect(box, &QComboBox::activated, this, &ExampleFilterBar::emitChanged);
}

ExampleFilter ExampleFilterBar::filter() const
{
    ExampleFilter filter;
    filter.text = m_text->text().trimmed();
    filter.tag = m_tag->currentData().toString();
    filter.split = m_split->currentData().toString();
    const QString status = m_status->currentData().toString();
    filter.duplicatesOnly = status == DuplicatesStatus;
    if (!filter.duplicatesOnly)
        filter.status = status;
    return filter;
}

void ExampleFilterBar::arrange(bool oneRow)
{
    m_oneRow = oneRow;
    for (QWidget *widget : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_tag),
                            static_cast<QWidget *>(m_split), static_cast<QWidget *>(m_status)}) {
        m_firstRow->removeWidget(widget);
        m_secondRow->removeWidget(widget);
    }
    while (QLayoutItem *stretch = m_secondRow->takeAt(0))
        delete stretch;
    m_firstRow->addWidget(m_text, 1);
    QHBoxLayout *choices = oneRow ? m_firstRow : m_secondRow;
    for (QComboBox *box : {m_tag, m_split, m_status})
        choices->addWidget(box);
    if (!oneRow)
        m_secondRow->addStretch(1);
    if (layout()) {
        layout()->invalidate(); // the height it asks for changed
        updateGeometry();
    }
}

int ExampleFilterBar::oneRowWidth() const
{
    int width = m_text->minimumWidth();
    for (QComboBox *box : {m_tag, m_split, m_status})
        width += box->sizeHint().width() + m_firstRow->spacing();
    return width;
}

QSize ExampleFilterBar::minimumSizeHint() const
{
    // The two-row arrangement's width, so the bar never forces the list to be wider.
    int choices = 0;
    for (QComboBox *box : {m_tag, m_split, m_status})
        choices += box->sizeHint().width() + m_secondRow->spacing();
    return {std::max(m_text->minimumWidth(), choices), QWidget::minimumSizeHint().height()};
}

void ExampleFilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool oneRow = event->size().width() >= oneRowWidth();
    if (oneRow != m_oneRow)
        arrange(oneRow);
}

void ExampleFilterBar::setTags(const QStringList &tags)
{
    const QString current = m_tag->currentData().toString();
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    // A long tag is shortened in the box (its tooltip has it whole), so it cannot widen the bar.
    const int longest = m_tag->fontMetrics().averageCharWidth() * 24;
    for (const QString &tag : tags) {
        m_tag->addItem(m_tag->fontMetrics().elidedText(tag, Qt::ElideRight, longest), tag);
        m_tag->setItemData(m_tag->count() - 1, tag, Qt::ToolTipRole);
    }
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
    m_tag->setEnabled(!tags.isEmpty());
    Q_EMIT tagsChanged(tags);
}

void ExampleFilterBar::showDuplicatesOnly()
{
    m_status->setCurrentIndex(m_status->findData(DuplicatesStatus));
    emitChanged();
}

void ExampleFilterBar::clear()
{
    const QSignalBlocker blocker(m_text);
    m_text->clear();
    for (QComboBox *box : {m_tag, m_split, m_status})
        box->setCurrentIndex(0);
}

void ExampleFilterBar::emitChanged()
{
    m_delay->stop();
    Q_EMIT filterChanged(filter());
}

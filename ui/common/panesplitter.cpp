#include "panesplitter.h"

#include <QResizeEvent>
#include <numeric>

PaneSplitter::PaneSplitter(Qt::Orientation orientation, QWidget *parent)
    : QSplitter(orientation, parent)
{
    connect(this, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
}

void PaneSplitter::setWantedSizes(const QList<int> &wanted, const QList<int> &growth)
{
    m_wanted = wanted;
    m_growth = growth;
}

bool PaneSplitter::restoreUserSizes(const QByteArray &state)
{
    m_userSized = !state.isEmpty() && restoreState(state);
    return m_userSized;
}

int PaneSplitter::minimumOf(int index) const
{
    const QWidget *pane = widget(index);
    const int explicitMinimum =
        orientation() == Qt::Horizontal ? pane->minimumWidth() : pane->minimumHeight();
    const QSize hint = pane->minimumSizeHint();
    return std::max(explicitMinimum,
                    orientation() == Qt::Horizontal ? hint.width() : hint.height());
}

QList<int> PaneSplitter::shareOut(int room) const
{
    QList<int> sizes = m_wanted;
    const int wanted = std::accumulate(sizes.cbegin(), sizes.cend(), 0);
    if (room >= wanted) {
        const int weights = std::max(1, std::accumulate(m_growth.cbegin(), m_growth.cend(), 0));
        int left = room - wanted;
        for (qsizetype i = 0; i < sizes.size(); ++i) {
            const int share = (room - wanted) * m_growth.value(i) / weights;
            sizes[i] += share;
            left -= share;
        }
        sizes.last() += left; // what rounding left over
        return sizes;
    }
    // Short of room: the last pane gives up what it wants above its minimum first, then the
    // one before it, and so on.
    int shortfall = wanted - room;
    for (qsizetype i = sizes.size() - 1; i >= 0 && shortfall > 0; --i) {
        const int given = std::min(shortfall, std::max(0, sizes.at(i) - minimumOf(int(i))));
        sizes[i] -= given;
        shortfall -= given;
    }
    return sizes;
}

void PaneSplitter::resizeEvent(QResizeEvent *event)
{
    if (!m_userSized && m_wanted.size() == count()) {
        const int length =
            orientation() == Qt::Horizontal ? event->size().width() : event->size().height();
        setSizes(shareOut(length - handleWidth() * (count() - 1)));
    }
    QSplitter::resizeEvent(event);
}

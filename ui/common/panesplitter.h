#pragma once

#include <QList>
#include <QSplitter>

// A splitter that shares its room by what the panes want until the user moves a handle: each
// pane gets the width it wants (a list that fits its columns, an editor that reads well),
// room beyond that goes to the panes by their growth weights, and a shortfall is taken from
// the last pane first, down to its minimum, then from the one before. So the first look fits
// on a laptop and uses a large screen; once the user has chosen (or their choice was
// restored) the splitter keeps it.
class PaneSplitter : public QSplitter
{
    Q_OBJECT

public:
    explicit PaneSplitter(Qt::Orientation orientation, QWidget *parent = nullptr);

    // One wanted size and growth weight per pane, in order.
    void setWantedSizes(const QList<int> &wanted, const QList<int> &growth);
    // Restores the user's own sizes (QSplitter::saveState); false, and the wanted sizes stay,
    // when there are none.
    bool restoreUserSizes(const QByteArray &state);
    bool isUserSized() const { return m_userSized; }

    // The sizes the panes get in room pixels (handles excluded).
    QList<int> shareOut(int room) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int minimumOf(int index) const;

    QList<int> m_wanted;
    QList<int> m_growth;
    bool m_userSized = false;
};

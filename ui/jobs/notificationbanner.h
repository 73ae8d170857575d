#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// A strip across the top of the window that tells of something that happened elsewhere (a job
// finished) where the system has no notification area: what happened, an Open button and a
// close button. It stays until the user closes it, since they may have been away.
class NotificationBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Tone { Good, Bad, Neutral };

    explicit NotificationBanner(QWidget *parent = nullptr);

    void showMessage(const QString &title, const QString &text, Tone tone, qint64 jobId);
    QString title() const;
    QString text() const;
    qint64 jobId() const { return m_jobId; }
    QPushButton *openButton() const { return m_open; }

Q_SIGNALS:
    void openRequested(qint64 jobId);

private:
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_open;
    QToolButton *m_close;
    qint64 m_jobId = 0;
};

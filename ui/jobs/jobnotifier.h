#pragma once

#include "core/jobs/jobrecord.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class NotificationBanner;
class QSystemTrayIcon;
class QWidget;

// Tells the user that a job succeeded, failed or was cancelled, even with the window
// minimised: a desktop notification through the system tray where there is one, otherwise a
// banner at the top of the window (and the window asks for attention in the task bar).
class JobNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Channel { Tray, Banner };

    // `window` is where the banner is shown and what a click on a notification brings back.
    explicit JobNotifier(QWidget *window, QObject *parent = nullptr);
    ~JobNotifier() override;

    // The banner to place at the top of the window (owned by whoever lays it out).
    NotificationBanner *banner() const { return m_banner; }
    Channel channel() const;

    // Tells about a job that reached an end; nothing for a job still running.
    void notifyFinished(const JobRecord &record);

    static QString title(const JobRecord &record);
    static QString message(const JobRecord &record);

Q_SIGNALS:
    // The user clicked the notification or the banner's Open.
    void openJobRequested(qint64 jobId);
    // Sent with every notification, whichever way it was shown.
    void notified(qint64 jobId, const QString &title, const QString &message);

private:
    void showInTray(const QString &title, const QString &text, const JobRecord &record);
    void bringWindowBack();

    QPointer<QWidget> m_window;
    NotificationBanner *m_banner;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_trayJob = 0;
};

#include "jobnotifier.h"

#include "notificationbanner.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace {
constexpr int TrayMessageMs = 15000;

QString jobName(const JobRecord &record)
{
    return record.job.suffix.isEmpty() ? record.job.model : record.job.suffix;
}
} // namespace

JobNotifier::JobNotifier(QWidget *window, QObject *parent)
    : QObject(parent), m_window(window), m_banner(new NotificationBanner)
{
    connect(m_banner, &NotificationBanner::openRequested, this, &JobNotifier::openJobRequested);
}

JobNotifier::~JobNotifier()
{
    // The banner belongs to the window's layout once placed; delete it only when it was not.
    if (!m_banner->parent())
        delete m_banner;
}

JobNotifier::Channel JobNotifier::channel() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()
               ? Channel::Tray
               : Channel::Banner;
}

QString JobNotifier::title(const JobRecord &record)
{
    switch (record.job.status) {
    case JobStatus::Succeeded:
        return tr("Fine-tune finished");
    case JobStatus::Failed:
        return tr("Fine-tune failed");
    case JobStatus::Cancelled:
        return tr("Fine-tune cancelled");
    default:
        return {};
    }
}

QString JobNotifier::message(const JobRecord &record)
{
    const QString name = jobName(record);
    switch (record.job.status) {
    case JobStatus::Succeeded:
        return tr("“%1” is ready. Its tuned model is called %2.")
            .arg(name, record.job.fineTunedModel);
    case JobStatus::Failed:
        return tr("“%1” stopped before the end. Open it to see why and what to do.").arg(name);
    case JobStatus::Cancelled:
        return tr("“%1” was cancelled; no tuned model was made.").arg(name);
    default:
        return {};
    }
}

void JobNotifier::notifyFinished(const JobRecord &record)
{
    if (!record.job.isFinished())
        return;
    const QString heading = title(record);
    const QString text = message(record);
    if (channel() == Channel::Tray) {
        showInTray(heading, text, record);
    } else {
        const auto tone = record.job.status == JobStatus::Succeeded ? NotificationBanner::Tone::Good
                          : record.job.status == JobStatus::Failed
                              ? NotificationBanner::Tone::Bad
                              : NotificationBanner::Tone::Neutral;
        m_banner->showMessage(heading, text, tone, record.id);
        // Without a tray, the task bar entry is what reaches a user whose window is minimised.
        if (m_window)
            QApplication::alert(m_window->window());
    }
    Q_EMIT notified(record.id, heading, text);
}

void JobNotifier::showInTray(const QString &title, const QString &text, const JobRecord &record)
{
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/ajuste.svg")), this);
        m_tray->setToolTip(QCoreApplication::applicationName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            bringWindowBack();
            Q_EMIT openJobRequested(m_trayJob);
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, &JobNotifier::bringWindowBack);
        m_tray->show();
    }
    m_trayJob = record.id;
    const auto icon = record.job.status == JobStatus::Failed ? QSystemTrayIcon::Warning
                                                             : QSystemTrayIcon::Information;
    m_tray->showMessage(title, text, icon, TrayMessageMs);
}

void JobNotifier::bringWindowBack()
{
    if (!m_window)
        return;
    QWidget *window = m_window->window();
    if (window->isMinimized())
        window->showNormal();
    window->raise();
    window->activateWindow();
}
